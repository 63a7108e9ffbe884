import { Injectable, inject, signal } from '@angular/core';
import type { EmployeeRecord, People } from '@portico/shared/profile/profile.schemas';
import { Subscription } from 'rxjs';

import { ProfileApi } from '../profile-api';

/** HR's directory search and one person's record (ADR 0013). */
@Injectable()
export class PeopleStore {
  private readonly api = inject(ProfileApi);
  private searching = new Subscription();

  readonly query = signal('');
  readonly found = signal<People | null>(null);
  readonly record = signal<EmployeeRecord | null>(null);
  readonly status = signal<'idle' | 'loading' | 'loaded' | 'failed'>('idle');

  /** Searches once the query has two characters; an answer to an older query is dropped. */
  search(query: string): void {
    this.query.set(query);
    this.searching.unsubscribe();
    if (query.trim().length < 2) {
      this.found.set(null);
      this.status.set('idle');
      return;
    }
    this.status.set('loading');
    this.searching = this.api.searchPeople(query.trim()).subscribe({
      next: (found) => {
        this.found.set(found);
        this.status.set('loaded');
      },
      error: () => this.status.set('failed'),
    });
  }

  open(employeeId: string): void {
    this.status.set('loading');
    this.api.employeeRecord(employeeId).subscribe({
      next: (record) => {
        this.record.set(record);
        this.status.set('loaded');
      },
      error: () => this.status.set('failed'),
    });
  }
}

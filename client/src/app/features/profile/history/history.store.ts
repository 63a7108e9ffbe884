import { Injectable, inject, signal } from '@angular/core';
import type { HistoryEntry } from '@portico/shared/profile/profile.schemas';

import { ProfileApi } from '../profile-api';

/** A record's history (ADR 0013): the versions read so far, newest first, and where to go on. */
@Injectable()
export class HistoryStore {
  private readonly api = inject(ProfileApi);
  private employeeId: string | null = null;

  readonly entries = signal<HistoryEntry[]>([]);
  readonly next = signal<number | null>(null);
  readonly status = signal<'loading' | 'loaded' | 'failed'>('loading');

  /** My own record's (null), or someone's for HR. */
  load(employeeId: string | null): void {
    this.employeeId = employeeId;
    this.entries.set([]);
    this.read();
  }

  more(): void {
    const next = this.next();
    if (next) this.read(next);
  }

  private read(before?: number): void {
    this.status.set('loading');
    this.api.history(this.employeeId, before).subscribe({
      next: (page) => {
        this.entries.update((entries) => [...entries, ...page.entries]);
        this.next.set(page.next);
        this.status.set('loaded');
      },
      error: () => this.status.set('failed'),
    });
  }
}

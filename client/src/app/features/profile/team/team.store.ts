import { Injectable, inject, signal } from '@angular/core';
import type { Team } from '@portico/shared/profile/profile.schemas';

import { ProfileApi } from '../profile-api';

/** The team page's state (ADR 0013). */
@Injectable()
export class TeamStore {
  private readonly api = inject(ProfileApi);
  readonly team = signal<Team | null>(null);
  readonly status = signal<'loading' | 'loaded' | 'failed'>('loading');

  load(): void {
    this.status.set('loading');
    this.api.team().subscribe({
      next: (team) => {
        this.team.set(team);
        this.status.set('loaded');
      },
      error: () => this.status.set('failed'),
    });
  }
}

import { Injectable } from '@angular/core';
import type { ManagedCatalogue, TeamInput } from '@portico/shared/tickets/catalogue.schemas';

import { SettingsStore } from '../settings-store';

/** The catalogue: request types and teams: the page's state and its calls to the API (provided by the page). */
@Injectable()
export class CatalogueStore extends SettingsStore<ManagedCatalogue> {
  protected fetch() {
    return this.api.catalogue();
  }

  saveTeam(id: string, team: TeamInput) {
    return this.api.saveTeam(id, team);
  }
}

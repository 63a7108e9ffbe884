import { Injectable } from '@angular/core';
import type { ManagedArticleList } from '@portico/shared/handbook/handbook.schemas';
import type { ManagedCatalogue, NewRequestType, RequestTypeInput } from '@portico/shared/tickets/catalogue.schemas';
import { forkJoin } from 'rxjs';

import { SettingsStore } from '../settings-store';

/** One request type, with the catalogue and the articles it may link: the page's state and its calls to the API (provided by the page). */
@Injectable()
export class RequestTypeEditorStore extends SettingsStore<[ManagedCatalogue, ManagedArticleList]> {
  protected fetch() {
    return forkJoin([this.api.catalogue(), this.api.articles()]);
  }

  createRequestType(type: NewRequestType) {
    return this.api.createRequestType(type);
  }

  updateRequestType(id: string, type: RequestTypeInput) {
    return this.api.updateRequestType(id, type);
  }
}

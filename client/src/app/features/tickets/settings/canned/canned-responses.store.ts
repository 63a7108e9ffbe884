import { Injectable } from '@angular/core';
import type { CannedResponseInput, CannedResponses } from '@portico/shared/tickets/canned.schemas';

import { SettingsStore } from '../settings-store';

/** Canned responses: the page's state and its calls to the API (provided by the page). */
@Injectable()
export class CannedResponsesStore extends SettingsStore<CannedResponses> {
  protected fetch() {
    return this.api.cannedResponses();
  }

  saveCannedResponse(id: string | null, response: CannedResponseInput) {
    return this.api.saveCannedResponse(id, response);
  }

  deleteCannedResponse(id: string) {
    return this.api.deleteCannedResponse(id);
  }

  /** Handbook articles to link (HR admins may read the list). */
  articles() {
    return this.api.articles();
  }
}

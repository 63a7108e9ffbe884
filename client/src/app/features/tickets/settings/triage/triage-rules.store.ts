import { Injectable } from '@angular/core';
import type { TriagePreviewRequest, TriageRulesSettings } from '@portico/shared/tickets/triage-editor.schemas';
import type { TriageRules } from '@portico/shared/tickets/tickets.schemas';
import type { ManagedCatalogue } from '@portico/shared/tickets/catalogue.schemas';
import { forkJoin } from 'rxjs';

import { SettingsStore } from '../settings-store';

/** The triage rules, with the catalogue they name: the page's state and its calls to the API (provided by the page). */
@Injectable()
export class TriageRulesStore extends SettingsStore<[TriageRulesSettings, ManagedCatalogue]> {
  protected fetch() {
    return forkJoin([this.api.triageRules(), this.api.catalogue()]);
  }

  saveTriageRules(rules: TriageRules) {
    return this.api.saveTriageRules(rules);
  }

  /** What the rules being edited would do to a request (the page's "try it" panel). */
  previewTriage(request: TriagePreviewRequest) {
    return this.api.previewTriage(request);
  }
}

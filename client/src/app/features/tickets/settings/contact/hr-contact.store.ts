import { Injectable } from '@angular/core';
import type { HrContactInput, HrContactSettings } from '@portico/shared/settings/hr-contact.schemas';

import { SettingsStore } from '../settings-store';

/** How to reach HR: the page's state and its calls to the API (provided by the page). */
@Injectable()
export class HrContactStore extends SettingsStore<HrContactSettings> {
  protected fetch() {
    return this.api.hrContact();
  }

  saveHrContact(contact: HrContactInput) {
    return this.api.saveHrContact(contact);
  }
}

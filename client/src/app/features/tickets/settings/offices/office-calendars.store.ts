import { Injectable } from '@angular/core';
import type { OfficeCalendars, WorkingCalendar } from '@portico/shared/settings/office-calendars.schemas';

import { SettingsStore } from '../settings-store';

/** The offices' working calendars: the page's state and its calls to the API (provided by the page). */
@Injectable()
export class OfficeCalendarsStore extends SettingsStore<OfficeCalendars> {
  protected fetch() {
    return this.api.officeCalendars();
  }

  /** Null: the office uses the HR contact schedule. */
  saveOfficeCalendar(locationId: string, calendar: WorkingCalendar | null) {
    return this.api.saveOfficeCalendar(locationId, calendar);
  }
}

import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { HrContactInput, HrContactSettings } from '@portico/shared/settings/hr-contact.schemas';
import type { Observable } from 'rxjs';

/** The help desk settings' calls, for HR admins (tickets.configure). */
@Injectable({ providedIn: 'root' })
export class HelpDeskSettingsApi {
  private readonly http = inject(HttpClient);

  hrContact(): Observable<HrContactSettings> {
    return this.http.get<HrContactSettings>('/api/settings/hr-contact');
  }

  saveHrContact(contact: HrContactInput): Observable<HrContactSettings> {
    return this.http.put<HrContactSettings>('/api/settings/hr-contact', contact);
  }
}

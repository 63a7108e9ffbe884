import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { ManagedArticleList } from '@portico/shared/handbook/handbook.schemas';
import type { HrContactInput, HrContactSettings } from '@portico/shared/settings/hr-contact.schemas';
import type { OfficeCalendars, WorkingCalendar } from '@portico/shared/settings/office-calendars.schemas';
import type { TriagePreview, TriagePreviewRequest, TriageRulesSettings } from '@portico/shared/tickets/triage-editor.schemas';
import type { CannedResponse, CannedResponseInput, CannedResponses } from '@portico/shared/tickets/canned.schemas';
import type { ManagedCatalogue, ManagedRequestType, ManagedTeam, NewRequestType, RequestTypeInput, TeamInput } from '@portico/shared/tickets/catalogue.schemas';
import type { TriageRules } from '@portico/shared/tickets/tickets.schemas';
import type { Observable } from 'rxjs';

/** The help desk settings' calls, for HR admins (tickets.configure). */
@Injectable({ providedIn: 'root' })
export class HelpDeskSettingsApi {
  private readonly http = inject(HttpClient);

  officeCalendars(): Observable<OfficeCalendars> {
    return this.http.get<OfficeCalendars>('/api/settings/office-calendars');
  }

  saveOfficeCalendar(locationId: string, calendar: WorkingCalendar | null): Observable<OfficeCalendars> {
    return this.http.put<OfficeCalendars>(`/api/settings/office-calendars/${encodeURIComponent(locationId)}`, { calendar });
  }

  hrContact(): Observable<HrContactSettings> {
    return this.http.get<HrContactSettings>('/api/settings/hr-contact');
  }

  saveHrContact(contact: HrContactInput): Observable<HrContactSettings> {
    return this.http.put<HrContactSettings>('/api/settings/hr-contact', contact);
  }

  cannedResponses(): Observable<CannedResponses> {
    return this.http.get<CannedResponses>('/api/tickets/agent/canned-responses');
  }

  /** A new one without an id; an existing one replaced. */
  saveCannedResponse(id: string | null, response: CannedResponseInput): Observable<CannedResponse> {
    return id
      ? this.http.put<CannedResponse>(`/api/tickets/canned-responses/${encodeURIComponent(id)}`, response)
      : this.http.post<CannedResponse>('/api/tickets/canned-responses', response);
  }

  deleteCannedResponse(id: string): Observable<void> {
    return this.http.delete<void>(`/api/tickets/canned-responses/${encodeURIComponent(id)}`);
  }

  /** Every handbook article (drafts and archived too), to link one. */
  articles(): Observable<ManagedArticleList> {
    return this.http.get<ManagedArticleList>('/api/handbook/manage/articles');
  }

  triageRules(): Observable<TriageRulesSettings> {
    return this.http.get<TriageRulesSettings>('/api/tickets/triage-rules');
  }

  saveTriageRules(rules: TriageRules): Observable<TriageRulesSettings> {
    return this.http.put<TriageRulesSettings>('/api/tickets/triage-rules', rules);
  }

  /** The triage a request filed now would get, with `rules` when given (being edited) or the stored ones. */
  previewTriage(request: TriagePreviewRequest): Observable<TriagePreview> {
    return this.http.post<TriagePreview>('/api/tickets/triage-rules/preview', request);
  }

  /** Every request type and team, in every language. */
  catalogue(): Observable<ManagedCatalogue> {
    return this.http.get<ManagedCatalogue>('/api/tickets/catalogue/manage');
  }

  createRequestType(type: NewRequestType): Observable<ManagedRequestType> {
    return this.http.post<ManagedRequestType>('/api/tickets/catalogue/manage/types', type);
  }

  updateRequestType(id: string, type: RequestTypeInput): Observable<ManagedRequestType> {
    return this.http.put<ManagedRequestType>(`/api/tickets/catalogue/manage/types/${encodeURIComponent(id)}`, type);
  }

  /** Creates the team or replaces it. */
  saveTeam(id: string, team: TeamInput): Observable<ManagedTeam> {
    return this.http.put<ManagedTeam>(`/api/tickets/catalogue/manage/teams/${encodeURIComponent(id)}`, team);
  }
}

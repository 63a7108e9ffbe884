import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  EmployeeRecord,
  People,
  RecordHistory,
  Team,
  ApprovalTiming,
  ApprovalTimingSettings,
  BulkDecided,
  Decided,
  Decision,
  Delegation,
  DelegationInput,
  FieldPolicy,
  FieldPolicySettings,
  Inbox,
  MyData,
  Revealed,
  SensitiveField,
  SubmitChanges,
  Submitted,
} from '@portico/shared/profile/profile.schemas';
import type { Observable } from 'rxjs';

/** A supporting document as stored. */
export interface UploadedDocument {
  id: string;
  name: string;
  type: string;
  size: number;
}

export interface DelegateCandidate {
  id: string;
  name: string;
  jobTitle: string;
}

/** The profile's calls: a person's own record (`profile.editOwn`) and approvals (`approvals.decide`). */
@Injectable({ providedIn: 'root' })
export class ProfileApi {
  private readonly http = inject(HttpClient);

  myData(): Observable<MyData> {
    return this.http.get<MyData>('/api/profile/me');
  }

  submit(changes: SubmitChanges): Observable<Submitted> {
    return this.http.post<Submitted>('/api/profile/me/changes', changes);
  }

  reveal(field: SensitiveField): Observable<Revealed> {
    return this.http.post<Revealed>('/api/profile/me/reveal', { field });
  }

  withdraw(id: string): Observable<Decided> {
    return this.http.post<Decided>(`/api/profile/me/requests/${encodeURIComponent(id)}/withdraw`, {});
  }

  inbox(): Observable<Inbox> {
    return this.http.get<Inbox>('/api/profile/approvals');
  }

  decide(id: string, decision: Decision): Observable<Decided> {
    return this.http.post<Decided>(`/api/profile/approvals/${encodeURIComponent(id)}/decision`, decision);
  }

  decideMany(ids: string[], decision: Decision): Observable<BulkDecided> {
    return this.http.post<BulkDecided>('/api/profile/approvals/decisions', { ids, ...decision });
  }

  delegation(): Observable<Delegation> {
    return this.http.get<Delegation>('/api/profile/me/delegation');
  }

  delegateCandidates(): Observable<{ people: DelegateCandidate[] }> {
    return this.http.get<{ people: DelegateCandidate[] }>('/api/profile/me/delegation/candidates');
  }

  saveDelegation(delegation: DelegationInput | null): Observable<Delegation> {
    return this.http.put<Delegation>('/api/profile/me/delegation', { delegation });
  }

  fieldPolicy(): Observable<FieldPolicySettings> {
    return this.http.get<FieldPolicySettings>('/api/profile/field-policy');
  }

  saveFieldPolicy(policy: FieldPolicy): Observable<FieldPolicySettings> {
    return this.http.put<FieldPolicySettings>('/api/profile/field-policy', policy);
  }

  approvalTiming(): Observable<ApprovalTimingSettings> {
    return this.http.get<ApprovalTimingSettings>('/api/profile/approval-timing');
  }

  saveApprovalTiming(timing: ApprovalTiming): Observable<ApprovalTimingSettings> {
    return this.http.put<ApprovalTimingSettings>('/api/profile/approval-timing', timing);
  }

  /** My record's history, or someone's (HR), newest first; `before` pages back. */
  history(employeeId: string | null, before?: number): Observable<RecordHistory> {
    const path = employeeId ? `/api/profile/people/${encodeURIComponent(employeeId)}/history` : '/api/profile/me/history';
    return this.http.get<RecordHistory>(path, { params: before ? { before } : {} });
  }

  team(): Observable<Team> {
    return this.http.get<Team>('/api/profile/team');
  }

  searchPeople(q: string): Observable<People> {
    return this.http.get<People>('/api/profile/people', { params: { q } });
  }

  employeeRecord(employeeId: string): Observable<EmployeeRecord> {
    return this.http.get<EmployeeRecord>(`/api/profile/people/${encodeURIComponent(employeeId)}`);
  }

  uploadDocument(file: File): Observable<UploadedDocument> {
    return this.http.post<UploadedDocument>(`/api/profile/me/documents?name=${encodeURIComponent(file.name)}`, file, {
      headers: { 'Content-Type': file.type || 'application/octet-stream' },
    });
  }
}

/** Where the export of someone's data downloads from (a plain navigation: the browser saves the file). */
export const exportPath = (employeeId: string | null) =>
  employeeId ? `/api/profile/people/${encodeURIComponent(employeeId)}/export` : '/api/profile/me/export';

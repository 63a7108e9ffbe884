import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { MyData, Revealed, SensitiveField, SubmitChanges, Submitted } from '@portico/shared/profile/profile.schemas';
import type { Observable } from 'rxjs';

/** A supporting document as stored. */
export interface UploadedDocument {
  id: string;
  name: string;
  type: string;
  size: number;
}

/** The profile's calls: a person's own record (`profile.editOwn`). */
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

  uploadDocument(file: File): Observable<UploadedDocument> {
    return this.http.post<UploadedDocument>(`/api/profile/me/documents?name=${encodeURIComponent(file.name)}`, file, {
      headers: { 'Content-Type': file.type || 'application/octet-stream' },
    });
  }
}

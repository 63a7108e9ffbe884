import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { LogoutResult, Preferences, Session } from '@portico/shared/auth/auth.schemas';
import type { Observable } from 'rxjs';

@Injectable({ providedIn: 'root' })
export class AuthApi {
  private readonly http = inject(HttpClient);

  session(): Observable<Session> {
    return this.http.get<Session>('/api/session');
  }

  logout(): Observable<LogoutResult> {
    return this.http.post<LogoutResult>('/auth/logout', null);
  }

  updatePreferences(preferences: Preferences): Observable<Preferences> {
    return this.http.patch<Preferences>('/api/me/preferences', preferences);
  }
}

import { HttpTestingController } from '@angular/common/http/testing';
import { Component, inject } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { FormControl, FormGroup } from '@angular/forms';
import { HttpClient } from '@angular/common/http';
import { Store } from '@ngrx/store';

import { appInitialized, appTestProviders, signIn, type RecordedNavigation } from '../../../testing/app-test-providers';
import { meWithRoles } from '../../../testing/me.fixture';
import { DraftStore } from '../../drafts/draft-store';
import { BrowserNavigation } from '../../navigation/browser-navigation';
import { AuthActions } from './auth.actions';
import { authFeature } from './auth.feature';

@Component({ selector: 'app-note-form', template: '' })
class NoteForm {
  readonly form = new FormGroup({ note: new FormControl('') });
  constructor() {
    inject(DraftStore).keep('note', this.form);
  }
}

describe('auth effects', () => {
  let http: HttpTestingController;
  let visited: string[];

  beforeEach(async () => {
    TestBed.configureTestingModule({ providers: appTestProviders() });
    await appInitialized();
    http = TestBed.inject(HttpTestingController);
    visited = (TestBed.inject(BrowserNavigation) as RecordedNavigation).visited;
  });

  afterEach(() => sessionStorage.clear());

  it('on a 401 from the API, keeps the form drafts and signs in again, back to the same page', () => {
    signIn(meWithRoles());
    const form = TestBed.createComponent(NoteForm).componentInstance.form;
    form.setValue({ note: 'New address from 1 December' });
    form.markAsDirty();

    TestBed.inject(HttpClient)
      .get('/api/payslips')
      .subscribe({ error: () => undefined });
    http.expectOne('/api/payslips').flush({ code: 'session_expired' }, { status: 401, statusText: 'Unauthorized' });

    expect(sessionStorage.getItem('portico.draft.note')).toBe(JSON.stringify({ note: 'New address from 1 December' }));
    expect(visited).toEqual(['/auth/login?returnTo=%2Fmy-data%3Ftab%3Daddress']);
    expect(TestBed.inject(Store).selectSignal(authFeature.selectStatus)()).toBe('signedOut');
  });

  it('signs out through the server and goes where it says (the IdP for single logout)', () => {
    signIn(meWithRoles());
    TestBed.inject(Store).dispatch(AuthActions.signOutRequested());
    const request = http.expectOne('/auth/logout');
    expect(request.request.method).toBe('POST');
    request.flush({ redirectTo: 'https://idp.example/slo?SAMLRequest=x' });
    expect(visited).toEqual(['https://idp.example/slo?SAMLRequest=x']);
  });

  it("saves a language choice to the person's profile when signed in", () => {
    signIn(meWithRoles());
    TestBed.inject(Store).dispatch(AuthActions.languageChosen({ language: 'es' }));
    const request = http.expectOne('/api/me/preferences');
    expect(request.request.method).toBe('PATCH');
    expect(request.request.body).toEqual({ language: 'es' });
  });

  it('does not call the API for a language choice when signed out', () => {
    TestBed.inject(Store).dispatch(AuthActions.signedOut());
    TestBed.inject(Store).dispatch(AuthActions.languageChosen({ language: 'es' }));
    http.expectNone('/api/me/preferences');
  });
});

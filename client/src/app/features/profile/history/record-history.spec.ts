import { HttpTestingController } from '@angular/common/http/testing';
import { Component, inject } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import type { RecordHistory } from '@portico/shared/profile/profile.schemas';

import { appInitialized, appTestProviders, signIn } from '../../../testing/app-test-providers';
import { meWithRoles } from '../../../testing/me.fixture';
import { HistoryStore } from './history.store';
import { RecordHistoryList } from './record-history';

@Component({ imports: [RecordHistoryList], template: '<app-record-history />', providers: [HistoryStore] })
class Host {
  readonly store = inject(HistoryStore);
}

const page: RecordHistory = {
  entries: [
    {
      version: 3,
      at: '2026-12-07T10:00:00.000Z',
      by: { id: 'E10105', name: 'Priya Nair' },
      onBehalfOf: null,
      requestId: 'E10101:2',
      changes: [{ field: 'bankAccount', before: { scheme: 'iban', country: 'ES', last4: '9077' }, after: { scheme: 'iban', country: 'ES', last4: '6789' } }],
    },
    {
      version: 2,
      at: '2026-12-06T10:00:00.000Z',
      by: { id: 'E10109', name: 'Dana Whitfield' },
      onBehalfOf: { id: 'E10102', name: 'Marcus Chen' },
      requestId: 'E10101:1',
      changes: [{ field: 'pronouns', before: '', after: 'she/her' }],
    },
  ],
  next: 2,
};

describe('RecordHistoryList', () => {
  it('shows who changed what, for whom, sensitive values as their last four, and pages back', async () => {
    TestBed.configureTestingModule({ providers: appTestProviders() });
    await appInitialized();
    signIn(meWithRoles('employee'));
    const http = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(Host);
    fixture.componentInstance.store.load(null);
    http.expectOne('/api/profile/me/history').flush(page);
    fixture.detectChanges();
    await fixture.whenStable();
    const entries = Array.from((fixture.nativeElement as HTMLElement).querySelectorAll('[data-testid="history-entry"]'), (entry) =>
      entry.textContent!.replace(/\s+/g, ' ').trim(),
    );
    expect(entries[0]).toContain('approved by Priya Nair');
    expect(entries[0]).toMatch(/Bank account\s*•••• 9077 → became\s*•••• 6789/);
    expect(entries[1]).toContain('approved by Dana Whitfield on behalf of Marcus Chen');
    expect(entries[1]).toMatch(/Pronouns\s*she\/her$/);

    (fixture.nativeElement as HTMLElement).querySelector<HTMLButtonElement>('[data-testid="history-more"]')!.click();
    http.expectOne((request) => request.url === '/api/profile/me/history' && request.params.get('before') === '2').flush({ entries: [], next: null });
    fixture.detectChanges();
    expect((fixture.nativeElement as HTMLElement).querySelector('[data-testid="history-more"]')).toBeNull();
  });
});

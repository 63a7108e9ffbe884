import { HttpTestingController, type TestRequest } from '@angular/common/http/testing';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { provideEffects } from '@ngrx/effects';
import { provideState } from '@ngrx/store';
import type { Acknowledgement } from '@portico/shared/handbook/handbook.schemas';

import { appInitialized, appTestProviders } from '../../../testing/app-test-providers';
import { policyView } from '../handbook.fixture';
import { ArticlePage } from '../pages/article-page';
import * as handbookEffects from '../state/handbook.effects';
import { handbookFeature } from '../state/handbook.feature';

const SLUG = 'anti-harassment-policy';

/** The article page of a policy, as the API describes the reader's acknowledgement. */
async function renderPolicy(acknowledgement: Acknowledgement) {
  TestBed.configureTestingModule({
    imports: [ArticlePage],
    providers: [...appTestProviders(), provideState(handbookFeature), provideEffects(handbookEffects)],
  });
  await appInitialized();
  const http = TestBed.inject(HttpTestingController);
  const fixture: ComponentFixture<ArticlePage> = TestBed.createComponent(ArticlePage);
  fixture.componentRef.setInput('slug', SLUG);
  await fixture.whenStable();
  http.expectOne((request) => request.url === `/api/handbook/articles/${SLUG}`).flush(policyView(acknowledgement));
  await fixture.whenStable();
  const element = fixture.nativeElement as HTMLElement;
  return {
    fixture,
    http,
    element,
    panel: () => element.querySelector<HTMLElement>('#acknowledgement')!,
    button: () => element.querySelector<HTMLButtonElement>('[data-testid="acknowledge-button"]'),
    acknowledgeRequest: (): TestRequest => http.expectOne(`/api/handbook/policies/${SLUG}/acknowledge`),
  };
}

describe('Policy acknowledgement', () => {
  it('asks to acknowledge by the due date, at the end and at the top of the policy', async () => {
    const { element, panel, button } = await renderPolicy({ acknowledgedAt: null, dueAt: '2099-12-01T09:00:00.000Z', version: '2.1' });
    expect(panel().textContent).toContain('Please read and acknowledge this policy by December 1, 2099.');
    expect(panel().classList).not.toContain('overdue');
    expect(button()!.textContent!.trim()).toBe('I have read and understood');
    const note = element.querySelector('.acknowledge-note')!;
    expect(note.textContent).toContain('Please read and acknowledge this policy by December 1, 2099.');
    expect(note.querySelector('a')!.getAttribute('href')).toContain('#acknowledgement');
  });

  it('acknowledges in the language read, then says when, for which version, in a live region', async () => {
    const { fixture, element, panel, button, acknowledgeRequest } = await renderPolicy({
      acknowledgedAt: null,
      dueAt: '2099-12-01T09:00:00.000Z',
      version: '2.1',
    });
    button()!.click();
    await fixture.whenStable();
    const request = acknowledgeRequest();
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toEqual({ language: 'en' });
    expect(button()!.getAttribute('aria-disabled')).toBe('true');

    request.flush({ acknowledgedAt: '2026-11-23T10:00:00.000Z', dueAt: '2099-12-01T09:00:00.000Z', version: '2.1' });
    await fixture.whenStable();
    const confirmation = panel().querySelector('[data-testid="acknowledged"]')!;
    expect(confirmation.textContent!.trim()).toBe('Acknowledged on November 23, 2026 (version 2.1)');
    expect(confirmation.closest('[role="status"]')).not.toBeNull();
    expect(document.activeElement).toBe(confirmation);
    expect(button()).toBeNull();
    expect(element.querySelector('.acknowledge-note')).toBeNull();
  });

  it('marks an overdue acknowledgement as a warning', async () => {
    const { element, panel } = await renderPolicy({ acknowledgedAt: null, dueAt: '2020-01-15T09:00:00.000Z', version: '2.1' });
    expect(panel().classList).toContain('overdue');
    expect(panel().textContent).toContain('Your acknowledgement was due on January 15, 2020.');
    expect(panel().querySelector('mat-icon[svgicon="warning"]')).not.toBeNull();
    expect(element.querySelector('.acknowledge-note')!.classList).toContain('overdue');
  });

  it('says when the acknowledgement could not be saved, and lets the reader try again', async () => {
    const { fixture, panel, button, acknowledgeRequest } = await renderPolicy({ acknowledgedAt: null, dueAt: null, version: '2.1' });
    expect(panel().textContent).toContain('Please read and acknowledge this policy.');
    button()!.click();
    acknowledgeRequest().flush({ code: 'unavailable' }, { status: 503, statusText: 'Service Unavailable' });
    await fixture.whenStable();
    expect(panel().querySelector('[role="alert"]')!.textContent).toContain('Your acknowledgement could not be saved. Please try again.');
    expect(button()!.getAttribute('aria-disabled')).toBeNull();

    button()!.click();
    acknowledgeRequest().flush({ acknowledgedAt: '2026-11-23T10:00:00.000Z', dueAt: null, version: '2.1' });
    await fixture.whenStable();
    expect(panel().querySelector('[role="alert"]')).toBeNull();
    expect(panel().querySelector('[data-testid="acknowledged"]')).not.toBeNull();
  });

  it('shows an earlier acknowledgement without asking again', async () => {
    const { panel, button } = await renderPolicy({ acknowledgedAt: '2026-10-02T08:00:00.000Z', dueAt: '2026-10-15T09:00:00.000Z', version: '2.0' });
    expect(panel().querySelector('[data-testid="acknowledged"]')!.textContent!.trim()).toBe('Acknowledged on October 2, 2026 (version 2.0)');
    expect(button()).toBeNull();
  });
});

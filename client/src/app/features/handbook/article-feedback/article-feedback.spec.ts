import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideEffects } from '@ngrx/effects';
import { provideState } from '@ngrx/store';

import { appInitialized, appTestProviders } from '../../../testing/app-test-providers';
import * as handbookEffects from '../state/handbook.effects';
import { handbookFeature } from '../state/handbook.feature';
import { ArticleFeedback } from './article-feedback';

async function render(slug = 'annual-leave', language = 'es', { configure = true } = {}) {
  if (configure) {
    TestBed.configureTestingModule({
      imports: [ArticleFeedback],
      providers: [...appTestProviders(), provideState(handbookFeature), provideEffects(handbookEffects)],
    });
    await appInitialized();
  }
  const fixture = TestBed.createComponent(ArticleFeedback);
  fixture.componentRef.setInput('slug', slug);
  fixture.componentRef.setInput('language', language);
  await fixture.whenStable();
  const element = fixture.nativeElement as HTMLElement;
  const find = <T extends HTMLElement = HTMLElement>(testId: string) => element.querySelector<T>(`[data-testid="${testId}"]`);
  return { fixture, element, find, http: TestBed.inject(HttpTestingController) };
}

describe('ArticleFeedback', () => {
  afterEach(() => sessionStorage.clear());

  it('sends "yes" at once and thanks the reader in a live region', async () => {
    const { fixture, find, http } = await render();
    find('feedback-yes')!.click();
    await fixture.whenStable();
    const request = http.expectOne('/api/handbook/articles/annual-leave/feedback');
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toEqual({ helpful: true, language: 'es' });
    request.flush(null, { status: 204, statusText: 'No Content' });
    await fixture.whenStable();

    const thanks = find('feedback-thanks')!;
    expect(thanks.textContent!.trim()).toBe('Thanks for your feedback.');
    expect(thanks.closest('[role="status"]')).not.toBeNull();
    expect(document.activeElement).toBe(thanks);
    expect(find('feedback-yes')).toBeNull();
  });

  it('after "no", asks what was missing and sends the comment with the answer', async () => {
    const { fixture, find, http } = await render();
    find('feedback-no')!.click();
    await fixture.whenStable();
    http.expectNone('/api/handbook/articles/annual-leave/feedback');

    const comment = find<HTMLTextAreaElement>('feedback-comment')!;
    expect(document.activeElement).toBe(comment);
    expect(comment.maxLength).toBe(1000);
    comment.value = '  It does not say whether unused days carry over.  ';
    comment.dispatchEvent(new Event('input'));
    await fixture.whenStable();
    expect(fixture.nativeElement.textContent).toContain('51 / 1000');

    find('feedback-send')!.click();
    await fixture.whenStable();
    const request = http.expectOne('/api/handbook/articles/annual-leave/feedback');
    expect(request.request.body).toEqual({ helpful: false, comment: 'It does not say whether unused days carry over.', language: 'es' });
    request.flush(null, { status: 204, statusText: 'No Content' });
    await fixture.whenStable();
    expect(find('feedback-thanks')).not.toBeNull();
    expect(find('feedback-comment')).toBeNull();
  });

  it('sends "no" without a comment when none is written', async () => {
    const { fixture, find, http } = await render();
    find('feedback-no')!.click();
    await fixture.whenStable();
    find('feedback-send')!.click();
    expect(http.expectOne('/api/handbook/articles/annual-leave/feedback').request.body).toEqual({ helpful: false, language: 'es' });
  });

  it('keeps the comment and says so when sending fails', async () => {
    const { fixture, find, element, http } = await render();
    find('feedback-no')!.click();
    await fixture.whenStable();
    const comment = find<HTMLTextAreaElement>('feedback-comment')!;
    comment.value = 'Too long';
    comment.dispatchEvent(new Event('input'));
    find('feedback-send')!.click();
    http.expectOne('/api/handbook/articles/annual-leave/feedback').flush({ code: 'unavailable' }, { status: 503, statusText: 'Service Unavailable' });
    await fixture.whenStable();

    expect(element.querySelector('[role="alert"]')!.textContent).toContain('Your feedback could not be sent. Please try again.');
    expect(find<HTMLTextAreaElement>('feedback-comment')!.value).toBe('Too long');
    expect(find('feedback-thanks')).toBeNull();
  });

  it('does not ask again for an article answered in this browser session', async () => {
    const first = await render();
    first.find('feedback-yes')!.click();
    first.http.expectOne('/api/handbook/articles/annual-leave/feedback').flush(null, { status: 204, statusText: 'No Content' });
    first.fixture.destroy();

    TestBed.resetTestingModule();
    const again = await render();
    expect(again.find('feedback-thanks')).not.toBeNull();
    expect(again.find('feedback-yes')).toBeNull();

    const other = await render('sick-leave', 'es', { configure: false });
    expect(other.find('feedback-yes')).not.toBeNull();
  });
});

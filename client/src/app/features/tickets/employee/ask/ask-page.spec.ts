import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';

import { byTestId, eventually, openHelp, requestTo, type } from '../testing';

const suggestions = {
  suggestions: [
    { text: 'Annual leave', kind: 'article', slug: 'annual-leave' },
    { text: 'leave calendar', kind: 'query' },
  ],
};

describe('AskPage', () => {
  it('suggests handbook articles once the person pauses typing, one request for the last words', async () => {
    const { harness, page, http } = await openHelp('/help');
    const question = byTestId<HTMLTextAreaElement>(page(), 'question')!;
    type(question, 'how many');
    type(question, 'how many days of leave');
    expect(http.match((request) => request.url === '/api/handbook/suggest').length)
      .withContext('nothing while typing')
      .toBe(0);

    const suggest = await requestTo('GET', '/api/handbook/suggest');
    expect(suggest.request.params.get('q')).toBe('how many days of leave');
    suggest.flush(suggestions);
    await harness.fixture.whenStable();
    const articles = page().querySelectorAll('[data-testid="suggested-article"]');
    expect(articles.length).withContext('articles only, not others\u2019 searches').toBe(1);
    expect(articles[0]!.textContent).toContain('Annual leave');
    expect(articles[0]!.querySelector('a[target="_blank"]')!.getAttribute('href')).toBe('/handbook/annual-leave');
    expect(page().querySelector('#suggestions-status')!.textContent).toContain('One handbook article may answer your question.');
    expect(http.match((request) => request.url === '/api/handbook/suggest').length).toBe(0);
  });

  it('reads an article in place, then thanks the person, even when the deflection cannot be counted', async () => {
    const { harness, page } = await openHelp('/help');
    type(byTestId<HTMLTextAreaElement>(page(), 'question')!, 'days of leave');
    (await requestTo('GET', '/api/handbook/suggest')).flush(suggestions);
    await harness.fixture.whenStable();

    page().querySelector<HTMLButtonElement>('[data-testid="suggested-article"] button')!.click();
    const article = await requestTo('GET', '/api/handbook/articles/annual-leave');
    article.flush({ slug: 'annual-leave', html: '<h2>How much leave</h2><p>25 days a year.</p>' });
    await harness.fixture.whenStable();
    expect(page().querySelector('.article-body')!.textContent).toContain('25 days a year.');

    byTestId<HTMLButtonElement>(page(), 'answered-my-question')!.click();
    const deflection = await requestTo('POST', '/api/tickets/deflections');
    expect(deflection.request.body).toEqual({ query: 'days of leave', articleSlug: 'annual-leave' });
    deflection.flush({ code: 'not_found', title: 'Not found', status: 404, type: 'about:blank' }, { status: 404, statusText: 'Not Found' });
    await harness.fixture.whenStable();
    expect(byTestId(page(), 'thank-you')!.textContent).toContain('Glad it helped');
    expect(byTestId(page(), 'ask-a-person')).withContext('a person is still one click away').not.toBeNull();
  });

  it('"I\u2019d rather ask a person" skips the suggestions: no lookup, straight to the form, the question kept', async () => {
    const { harness, page, http } = await openHelp('/help');
    const link = byTestId<HTMLAnchorElement>(page(), 'ask-a-person')!;
    expect(link.getAttribute('href')).toBe('/help/new');

    type(byTestId<HTMLTextAreaElement>(page(), 'question')!, 'My contract hours are wrong');
    link.click();
    await eventually(() => TestBed.inject(Router).url === '/help/new', 'on the form');
    await harness.fixture.whenStable();
    (await requestTo('GET', '/api/tickets/catalogue')).flush({ language: 'en', categories: [] });
    await harness.fixture.whenStable();
    expect(byTestId<HTMLTextAreaElement>(page(), 'question')!.value).toBe('My contract hours are wrong');

    // Time for a lookup to have been made, had one been asked for.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(http.match((request) => request.url === '/api/handbook/suggest').length).toBe(0);
    expect(page().querySelector('[data-testid="suggested-article"]')).toBeNull();
  });

  it('"Continue" leads to the form without reading anything', async () => {
    const { page } = await openHelp('/help');
    byTestId<HTMLButtonElement>(page(), 'continue')!.click();
    await eventually(() => TestBed.inject(Router).url === '/help/new', 'on the form');
  });
});

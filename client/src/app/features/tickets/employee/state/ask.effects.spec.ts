import { TestBed } from '@angular/core/testing';
import { provideMockActions } from '@ngrx/effects/testing';
import type { SuggestResult } from '@portico/shared/handbook/handbook.schemas';
import { type Observable } from 'rxjs';
import { TestScheduler } from 'rxjs/testing';

import { HandbookApi } from '../../../handbook';
import { AskActions } from './ask.actions';
import { suggestArticles } from './ask.effects';
import { suggestionQuery } from './suggestion-query';

describe('ask effects', () => {
  describe('suggestions as the person types', () => {
    let scheduler: TestScheduler;
    let suggest: jasmine.Spy<(query: string) => Observable<SuggestResult>>;

    function effect(actions: Observable<unknown>) {
      TestBed.configureTestingModule({ providers: [provideMockActions(() => actions), { provide: HandbookApi, useValue: { suggest } }] });
      return TestBed.runInInjectionContext(() => suggestArticles());
    }

    const typed = (question: string) => AskActions.questionChanged({ question });
    const found: SuggestResult = {
      suggestions: [
        { text: 'Annual leave', kind: 'article', slug: 'annual-leave' },
        { text: 'holiday calendar', kind: 'query' },
        { text: 'Public holidays', kind: 'article', slug: 'public-holidays' },
      ],
    };

    beforeEach(() => {
      scheduler = new TestScheduler((actual, expected) => expect(actual).toEqual(expected));
      suggest = jasmine.createSpy('suggest');
    });

    it('asks once the person pauses (400 ms), for the last words only, and offers articles only', () => {
      scheduler.run(({ cold, hot, expectObservable, flush }) => {
        suggest.and.returnValue(cold('-r|', { r: found }));
        const actions = hot('a 100ms b 100ms c', { a: typed('hol'), b: typed('holid'), c: typed('holidays left') });
        expectObservable(effect(actions)).toBe('603ms s', {
          s: AskActions.suggestionsLoaded({
            query: 'holidays left',
            articles: [
              { slug: 'annual-leave', title: 'Annual leave' },
              { slug: 'public-holidays', title: 'Public holidays' },
            ],
          }),
        });
        flush();
        expect(suggest.calls.allArgs()).toEqual([['holidays left']]);
      });
    });

    it('does not ask again for the same words, and asks nothing for fewer than three letters', () => {
      scheduler.run(({ cold, hot, expectObservable, flush }) => {
        suggest.and.returnValue(cold('r|', { r: found }));
        const actions = hot('a 500ms b 500ms c', { a: typed('pay'), b: typed('pay '), c: typed('p') });
        expectObservable(effect(actions)).toBe('400ms s 1001ms e', {
          s: AskActions.suggestionsLoaded({
            query: 'pay',
            articles: [
              { slug: 'annual-leave', title: 'Annual leave' },
              { slug: 'public-holidays', title: 'Public holidays' },
            ],
          }),
          e: AskActions.suggestionsLoaded({ query: 'p', articles: [] }),
        });
        flush();
        expect(suggest).toHaveBeenCalledTimes(1);
      });
    });

    it('looks nothing up once the person has left the page for the form', () => {
      scheduler.run(({ cold, hot, expectObservable, flush }) => {
        suggest.and.returnValue(cold('r|', { r: found }));
        expectObservable(effect(hot('a 100ms l', { a: typed('contract hours'), l: AskActions.askPageLeft() }))).toBe('');
        flush();
        expect(suggest).not.toHaveBeenCalled();
      });
    });

    it('shows no suggestions when the handbook cannot be asked, which leaves the way to HR open', () => {
      scheduler.run(({ cold, hot, expectObservable }) => {
        suggest.and.returnValue(cold('#'));
        expectObservable(effect(hot('a', { a: typed('payslip') }))).toBe('400ms s', { s: AskActions.suggestionsLoaded({ query: 'payslip', articles: [] }) });
      });
    });
  });

  it('looks up the start of a long question, cut at a word', () => {
    const question = `${'word '.repeat(30)}end`;
    const query = suggestionQuery(question);
    expect(query.length).toBeLessThanOrEqual(100);
    expect(query.endsWith('word')).toBeTrue();
    expect(suggestionQuery('  why   is my\npay late ')).toBe('why is my pay late');
  });
});

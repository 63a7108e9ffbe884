import { HttpErrorResponse } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { provideMockActions } from '@ngrx/effects/testing';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { Subject, of, throwError, type Observable } from 'rxjs';
import type { Action } from '@ngrx/store';

import { HandbookManageApi } from '../../manage-api';
import { ArticleListActions } from './article-list.actions';
import * as effects from './article-list.effects';
import { articleListFeature, initialArticleListState } from './article-list.feature';
import { articleRow as row } from '../../../testing/manage-fixtures';

describe('HR article list effects', () => {
  let actions: Subject<Action>;
  let api: jasmine.SpyObj<HandbookManageApi>;
  let store: MockStore;

  beforeEach(() => {
    actions = new Subject<Action>();
    api = jasmine.createSpyObj<HandbookManageApi>('HandbookManageApi', ['articles', 'bulk', 'newDraft']);
    TestBed.configureTestingModule({
      providers: [
        provideMockActions(() => actions),
        provideMockStore({ initialState: { [articleListFeature.name]: initialArticleListState } }),
        { provide: HandbookManageApi, useValue: api },
        { provide: Router, useValue: jasmine.createSpyObj<Router>('Router', ['navigate']) },
      ],
    });
    store = TestBed.inject(MockStore);
  });

  function collect(effect: () => Observable<Action>): Action[] {
    const emitted: Action[] = [];
    TestBed.runInInjectionContext(effect).subscribe((action) => emitted.push(action));
    return emitted;
  }

  it('loads the list with the current filters', () => {
    store.setState({ [articleListFeature.name]: { ...initialArticleListState, filters: { status: 'draft', stale: true, q: 'leave' } } });
    api.articles.and.returnValue(of({ articles: [row('annual-leave')] }));
    const emitted = collect(() => effects.loadArticles());
    actions.next(ArticleListActions.filtersChanged({ filters: { q: 'leave' } }));
    expect(api.articles).toHaveBeenCalledOnceWith({ status: 'draft', stale: true, q: 'leave' });
    expect(emitted).toEqual([ArticleListActions.loaded({ articles: [row('annual-leave')] })]);
  });

  it('says so when the list cannot be loaded', () => {
    api.articles.and.returnValue(throwError(() => new HttpErrorResponse({ status: 503 })));
    const emitted = collect(() => effects.loadArticles());
    actions.next(ArticleListActions.opened());
    expect(emitted).toEqual([ArticleListActions.loadFailed({ status: 503 })]);
  });

  it('runs a bulk action on the selected articles and passes on what failed', () => {
    store.setState({ [articleListFeature.name]: { ...initialArticleListState, selected: ['annual-leave', 'sick-leave'] } });
    const result = { done: ['annual-leave'], failed: [{ slug: 'sick-leave', message: 'Past its review date.' }] };
    api.bulk.and.returnValue(of(result));
    const emitted = collect(() => effects.runBulkAction());
    actions.next(ArticleListActions.bulkRequested({ action: 'publish' }));
    expect(api.bulk).toHaveBeenCalledOnceWith({ action: 'publish', slugs: ['annual-leave', 'sick-leave'] });
    expect(emitted).toEqual([ArticleListActions.bulkCompleted({ action: 'publish', result })]);
  });

  it("turns a refused bulk action into the server's problem", () => {
    api.bulk.and.returnValue(
      throwError(
        () =>
          new HttpErrorResponse({
            status: 403,
            error: { type: 'about:blank', title: 'Forbidden', status: 403, code: 'forbidden', detail: 'You may not publish.' },
          }),
      ),
    );
    const emitted = collect(() => effects.runBulkAction());
    actions.next(ArticleListActions.bulkRequested({ action: 'archive' }));
    expect(emitted).toEqual([
      ArticleListActions.bulkFailed({ action: 'archive', problem: { status: 403, code: 'forbidden', message: 'You may not publish.', fields: {} } }),
    ]);
  });

  it('reloads the list after a bulk action', () => {
    api.articles.and.returnValue(of({ articles: [] }));
    collect(() => effects.loadArticles());
    actions.next(ArticleListActions.bulkCompleted({ action: 'review', result: { done: ['a'], failed: [] } }));
    expect(api.articles).toHaveBeenCalledTimes(1);
  });

  it('creates a draft and opens it in the editor in its language', () => {
    api.newDraft.and.returnValue(of({ slug: 'parking', language: 'es' }));
    const emitted = collect(() => effects.createDraft());
    actions.next(ArticleListActions.newDraftRequested({ draft: { title: 'Aparcamiento', language: 'es', fromQuery: 'aparcamiento' } }));
    expect(api.newDraft).toHaveBeenCalledOnceWith({ title: 'Aparcamiento', language: 'es', fromQuery: 'aparcamiento' });
    expect(emitted).toEqual([ArticleListActions.draftCreated({ created: { slug: 'parking', language: 'es' } })]);

    collect(() => effects.openNewDraft());
    actions.next(emitted[0]!);
    expect(TestBed.inject(Router).navigate).toHaveBeenCalledOnceWith(['/hr/handbook', 'parking'], { queryParams: { language: 'es' } });
  });
});

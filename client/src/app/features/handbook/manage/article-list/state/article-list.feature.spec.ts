import { articleRow as row } from '../../../testing/manage-fixtures';
import { ArticleListActions } from './article-list.actions';
import { articleListFeature, initialArticleListState, type ArticleListState } from './article-list.feature';

const reduce = (state: ArticleListState, ...actions: Parameters<typeof articleListFeature.reducer>[1][]) => actions.reduce(articleListFeature.reducer, state);

describe('HR article list state', () => {
  const loaded = reduce(
    initialArticleListState,
    ArticleListActions.opened(),
    ArticleListActions.loaded({ articles: [row('annual-leave'), row('sick-leave'), row('expenses')] }),
  );

  it('keeps the rows in the order the server sent them (most recently updated first)', () => {
    expect(articleListFeature.selectArticles.projector(loaded).map((article) => article.slug)).toEqual(['annual-leave', 'sick-leave', 'expenses']);
    expect(loaded.status).toBe('loaded');
  });

  it('merges filter changes and loads again', () => {
    const state = reduce(
      loaded,
      ArticleListActions.filtersChanged({ filters: { stale: true } }),
      ArticleListActions.filtersChanged({ filters: { q: 'leave' } }),
    );
    expect(state.filters).toEqual({ status: null, stale: true, q: 'leave' });
    expect(state.status).toBe('loading');
  });

  it('selects and unselects rows, and tells when all are selected', () => {
    const some = reduce(loaded, ArticleListActions.selectionChanged({ slugs: ['annual-leave', 'expenses'], selected: true }));
    expect(some.selected).toEqual(['annual-leave', 'expenses']);
    const select = (state: ArticleListState) =>
      articleListFeature.selectAllSelected.projector(articleListFeature.selectArticles.projector(state), state.selected);
    expect(select(some)).toBeFalse();
    const all = reduce(some, ArticleListActions.selectionChanged({ slugs: ['sick-leave'], selected: true }));
    expect(select(all)).toBeTrue();
    expect(reduce(all, ArticleListActions.selectionChanged({ slugs: ['expenses'], selected: false })).selected).toEqual(['annual-leave', 'sick-leave']);
  });

  it('drops from the selection the rows a new list no longer shows', () => {
    const selected = reduce(loaded, ArticleListActions.selectionChanged({ slugs: ['annual-leave', 'expenses'], selected: true }));
    const filtered = reduce(selected, ArticleListActions.loaded({ articles: [row('annual-leave')] }));
    expect(filtered.selected).toEqual(['annual-leave']);
  });

  it('after a bulk action keeps the failures selected and reports them', () => {
    const running = reduce(
      loaded,
      ArticleListActions.selectionChanged({ slugs: ['annual-leave', 'sick-leave'], selected: true }),
      ArticleListActions.bulkRequested({ action: 'publish' }),
    );
    expect(running.bulkRunning).toBe('publish');
    const result = { done: ['annual-leave'], failed: [{ slug: 'sick-leave', message: 'The Spanish version has no text.' }] };
    const done = reduce(running, ArticleListActions.bulkCompleted({ action: 'publish', result }));
    expect(done.bulkRunning).toBeNull();
    expect(done.selected).toEqual(['sick-leave']);
    expect(done.bulkReport).toEqual({ action: 'publish', result, problem: null });
    expect(reduce(done, ArticleListActions.bulkReportDismissed()).bulkReport).toBeNull();
  });

  it('reports a bulk action the server refused altogether, keeping the selection', () => {
    const problem = { status: 403, code: 'forbidden', message: 'Not allowed.', fields: {} };
    const state = reduce(
      loaded,
      ArticleListActions.selectionChanged({ slugs: ['expenses'], selected: true }),
      ArticleListActions.bulkRequested({ action: 'archive' }),
      ArticleListActions.bulkFailed({ action: 'archive', problem }),
    );
    expect(state.selected).toEqual(['expenses']);
    expect(state.bulkReport).toEqual({ action: 'archive', result: null, problem });
  });

  it('tracks a new draft being created and why it failed', () => {
    const creating = reduce(loaded, ArticleListActions.newDraftRequested({ draft: { title: 'Parking', language: 'en' } }));
    expect(creating.creatingDraft).toBeTrue();
    const problem = { status: 400, code: 'validation_failed', message: 'Invalid input', fields: { title: 'Too long' } };
    const failed = reduce(creating, ArticleListActions.draftFailed({ problem }));
    expect(failed.creatingDraft).toBeFalse();
    expect(failed.draftProblem).toEqual(problem);
  });
});

import type { PendingPolicy } from '@portico/shared/handbook/handbook.schemas';

import { policyView } from '../handbook.fixture';
import { HandbookActions } from './handbook.actions';
import { handbookFeature, type HandbookState } from './handbook.feature';

const { reducer } = handbookFeature;
const pending = (slug: string, dueAt: string | null, overdue = false): PendingPolicy => ({ slug, title: slug, version: '1.0', dueAt, overdue });

describe('handbook reducer', () => {
  it('lists the policies to acknowledge overdue first, then soonest due, undated last', () => {
    const state = reducer(
      undefined,
      HandbookActions.pendingPoliciesLoaded({
        policies: [
          pending('undated', null),
          pending('later', '2026-12-20T00:00:00Z'),
          pending('overdue', '2026-11-01T00:00:00Z', true),
          pending('sooner', '2026-12-01T00:00:00Z'),
        ],
      }),
    );
    expect(handbookFeature.selectPendingByUrgency({ handbook: state }).map((policy) => policy.slug)).toEqual(['overdue', 'sooner', 'later', 'undated']);
  });

  it('shows the acknowledgement on the article and takes the policy off the list', () => {
    let state: HandbookState = reducer(
      undefined,
      HandbookActions.articleLoaded({ article: policyView({ acknowledgedAt: null, dueAt: '2026-12-01T00:00:00Z', version: '2.1' }) }),
    );
    state = reducer(
      state,
      HandbookActions.pendingPoliciesLoaded({ policies: [pending('anti-harassment-policy', '2026-12-01T00:00:00Z'), pending('other', null)] }),
    );
    state = reducer(state, HandbookActions.acknowledgeClicked({ slug: 'anti-harassment-policy', language: 'en' }));
    expect(state.acknowledgeStatus).toBe('saving');

    const acknowledgement = { acknowledgedAt: '2026-11-23T10:00:00Z', dueAt: '2026-12-01T00:00:00Z', version: '2.1' };
    state = reducer(state, HandbookActions.acknowledged({ slug: 'anti-harassment-policy', acknowledgement }));
    expect(state.article!.acknowledgement).toEqual(acknowledgement);
    expect(state.pendingPolicies.map((policy) => policy.slug)).toEqual(['other']);
    expect(state.acknowledgeStatus).toBe('saved');
  });

  it('tells a search refused by the rate limit (429) from one that failed', () => {
    const submitted = reducer(undefined, HandbookActions.searchSubmitted({ parameters: { q: 'vacation' } }));
    expect(reducer(submitted, HandbookActions.loadFailed({ what: 'search', status: 429 })).searchStatus).toBe('limited');
    expect(reducer(submitted, HandbookActions.loadFailed({ what: 'search', status: 503 })).searchStatus).toBe('failed');
  });

  it('keeps the feedback status of each article', () => {
    let state = reducer(undefined, HandbookActions.feedbackSent({ slug: 'a', feedback: { helpful: true, language: 'en' } }));
    state = reducer(state, HandbookActions.feedbackFailed({ slug: 'a', status: 503 }));
    state = reducer(state, HandbookActions.feedbackSent({ slug: 'b', feedback: { helpful: false, language: 'en' } }));
    state = reducer(state, HandbookActions.feedbackSaved({ slug: 'b' }));
    expect(state.feedback).toEqual({ a: 'failed', b: 'saved' });
  });
});

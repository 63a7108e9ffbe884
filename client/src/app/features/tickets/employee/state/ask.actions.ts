import { createActionGroup, emptyProps, props } from '@ngrx/store';
import type { ArticleView } from '@portico/shared/handbook/handbook.schemas';
import type { Catalogue } from '@portico/shared/tickets/catalogue.schemas';
import type { CreateTicket } from '@portico/shared/tickets/tickets.schemas';

import type { ShownProblem } from '../../../../core/http/problem';

/** A handbook article that may answer the question. */
export interface SuggestedArticle {
  slug: string;
  title: string;
}

export const AskActions = createActionGroup({
  source: 'Help Ask',
  events: {
    'Question Changed': props<{ question: string }>(),
    /** The question as written on the form: kept, without looking for articles. */
    'Question Kept': props<{ question: string }>(),
    'Ask Page Left': emptyProps(),
    'Suggestions Loaded': props<{ query: string; articles: SuggestedArticle[] }>(),
    /** Read an article in place, under the question. */
    'Article Opened': props<{ slug: string }>(),
    'Article Loaded': props<{ article: ArticleView }>(),
    'Article Failed': props<{ slug: string }>(),
    'Article Closed': emptyProps(),
    /** "This answered my question": counted as a deflection, and the person is thanked. */
    Answered: props<{ query: string; articleSlug: string }>(),
    'Started Over': emptyProps(),
    /** The request form and a request's page label with it: asked again when the language changes. */
    'Catalogue Wanted': props<{ language: string }>(),
    'Catalogue Loaded': props<{ catalogue: Catalogue }>(),
    'Catalogue Failed': props<{ status: number }>(),
    Submitted: props<{ request: CreateTicket }>(),
    Created: props<{ reference: string }>(),
    'Submit Failed': props<{ problem: ShownProblem }>(),
  },
});

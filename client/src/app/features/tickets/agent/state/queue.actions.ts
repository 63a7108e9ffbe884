import { createActionGroup, emptyProps, props } from '@ngrx/store';
import type { Catalogue } from '@portico/shared/tickets/catalogue.schemas';
import type { Queue } from '@portico/shared/tickets/tickets.schemas';

import type { QueueFilters } from './queue.feature';

export const QueueActions = createActionGroup({
  source: 'HR Ticket Queue',
  events: {
    Opened: emptyProps(),
    /** A new view, sort, filter or search starts from the first page; a page change keeps the rest. */
    'Query Changed': props<{ changes: Partial<QueueFilters> }>(),
    'Page Changed': props<{ page: number }>(),
    'Filters Cleared': emptyProps(),
    Loaded: props<{ queue: Queue }>(),
    'Load Failed': props<{ status: number }>(),
    'Catalogue Loaded': props<{ catalogue: Catalogue }>(),
  },
});

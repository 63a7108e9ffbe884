import { createActionGroup, props } from '@ngrx/store';
import type { MyTickets, Rate, Reply, RequesterTicket } from '@portico/shared/tickets/tickets.schemas';

import type { ShownProblem } from '../../../../core/http/problem';

export type RequesterAction = 'reply' | 'close' | 'reopen' | 'rate';

export const RequestsActions = createActionGroup({
  source: 'Help Requests',
  events: {
    'List Opened': props<{ page: number }>(),
    'List Loaded': props<{ list: MyTickets }>(),
    'List Failed': props<{ status: number }>(),
    'Ticket Opened': props<{ reference: string }>(),
    'Ticket Loaded': props<{ ticket: RequesterTicket }>(),
    'Ticket Failed': props<{ reference: string; status: number }>(),
    'Earlier Messages Wanted': props<{ reference: string; before: number }>(),
    'Earlier Messages Loaded': props<{ ticket: RequesterTicket }>(),
    'Reply Sent': props<{ reference: string; reply: Reply }>(),
    'Close Clicked': props<{ reference: string }>(),
    'Reopen Clicked': props<{ reference: string }>(),
    'Rating Sent': props<{ reference: string; rating: Rate }>(),
    /** The server's answer to any of the four: the ticket as it is now. */
    'Action Done': props<{ action: RequesterAction; ticket: RequesterTicket }>(),
    'Action Failed': props<{ action: RequesterAction; problem: ShownProblem }>(),
  },
});

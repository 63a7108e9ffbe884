import type { Routes } from '@angular/router';
import { provideEffects } from '@ngrx/effects';
import { provideState } from '@ngrx/store';

import { QueuePage } from './queue/queue-page';
import * as queueEffects from './state/queue.effects';
import { queueFeature } from './state/queue.feature';
import { provideTicketIcons } from './tickets-icons';

/**
 * The agents' help desk (/hr/tickets, for `tickets.work`): the queue, and each ticket at
 * /hr/tickets/:reference in its own chunk. The queue keeps its view and filters while
 * the agent opens tickets and comes back.
 */
export default [
  {
    path: '',
    providers: [provideState(queueFeature), provideEffects(queueEffects), provideTicketIcons()],
    children: [
      { path: '', component: QueuePage, title: 'hr.tickets.queue.title' },
      {
        path: ':reference',
        loadComponent: () => import('./ticket/ticket-page').then((page) => page.TicketPage),
        title: 'hr.tickets.ticket.pageTitle',
      },
    ],
  },
] satisfies Routes;

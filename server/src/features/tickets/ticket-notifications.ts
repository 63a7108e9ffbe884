import type { MailContent, MailKind } from '../../platform/mail/compose-mail';
import type { StoredMessage, StoredTicket } from './ticket.models';
import { mailEmployee, type Messenger, type NotificationInput, notify } from '../notifications';

export type { Messenger } from '../notifications';

/*
 * What a ticket tells people, in the portal and by email (issue 5 §5, §9). Each in-app
 * notification has a deterministic id (the event it is about), so a retried request sends
 * it once. A confidential ticket's notifications and mails carry its reference and nothing
 * else: no subject, no excerpt.
 */

export const requesterLink = (ticketId: string) => `/help/requests/${ticketId}`;
export const agentLink = (ticketId: string) => `/hr/tickets/${ticketId}`;

const paramsOf = (ticket: StoredTicket): Record<string, string> =>
  ticket.confidential ? { reference: ticket._id } : { reference: ticket._id, title: ticket.subject };

/** A new ticket: its requester hears it arrived. */
export async function ticketReceived(messenger: Messenger, ticket: StoredTicket): Promise<void> {
  await send(
    messenger,
    ticket,
    { id: `ticket.received:${ticket._id}`, employeeId: ticket.requesterId, type: 'ticket.received', params: paramsOf(ticket), link: requesterLink(ticket._id) },
    'ticket.received',
  );
}

/**
 * A new public message: HR's reply goes to the requester (in-app and email); the
 * requester's to the assignee (in-app). Notes and events tell nobody.
 */
export async function messagePosted(messenger: Messenger, ticket: StoredTicket, message: StoredMessage): Promise<void> {
  if (message.internal || message.kind !== 'reply') return;
  if (message.authorSide === 'hr') {
    const notification: NotificationInput = {
      id: `ticket.replied:${message._id}`,
      employeeId: ticket.requesterId,
      type: 'ticket.replied',
      params: paramsOf(ticket),
      link: requesterLink(ticket._id),
    };
    await send(messenger, ticket, notification, 'ticket.replied', message.body);
  } else if (ticket.assigneeId && ticket.assigneeId !== message.authorId) {
    await deliver(messenger, [
      {
        id: `ticket.requester_replied:${message._id}`,
        employeeId: ticket.assigneeId,
        type: 'ticket.requester_replied',
        params: paramsOf(ticket),
        link: agentLink(ticket._id),
      },
    ]);
  }
}

/** Resolved: the requester hears it (once per resolution), with the resolving reply if there was one. */
export async function ticketResolved(messenger: Messenger, ticket: StoredTicket, reply?: StoredMessage): Promise<void> {
  const notification: NotificationInput = {
    id: `ticket.resolved:${ticket._id}:${ticket.resolutions}`,
    employeeId: ticket.requesterId,
    type: 'ticket.resolved',
    params: paramsOf(ticket),
    link: requesterLink(ticket._id),
  };
  await send(messenger, ticket, notification, 'ticket.resolved', reply?.body);
}

/** Assigned to someone other than the one assigning: they hear it in the portal. */
export async function ticketAssigned(messenger: Messenger, ticket: StoredTicket, by: string, turn: number): Promise<void> {
  if (!ticket.assigneeId || ticket.assigneeId === by) return;
  await deliver(messenger, [
    {
      id: `ticket.assigned:${ticket._id}:${ticket.assigneeId}:${turn}`,
      employeeId: ticket.assigneeId,
      type: 'ticket.assigned',
      params: paramsOf(ticket),
      link: agentLink(ticket._id),
    },
  ]);
}

/** Which SLA target a breach missed, as in the notification's id and its `target` param. */
export type BreachTarget = 'first-response' | 'resolution';

/**
 * A missed target: the lead of the ticket's team hears it once per ticket and target
 * (`ticket.breach:<ref>:<target>`), in the portal and by email in their language.
 */
export async function ticketBreached(messenger: Messenger, ticket: StoredTicket, target: BreachTarget, leadId: string): Promise<void> {
  const notification: NotificationInput = {
    id: `ticket.breach:${ticket._id}:${target}`,
    employeeId: leadId,
    type: 'ticket.breach',
    params: { ...paramsOf(ticket), target },
    link: agentLink(ticket._id),
  };
  await send(messenger, ticket, notification, 'ticket.breach', undefined, target === 'first-response' ? 'firstResponse' : 'resolution');
}

/** In-app, then email when the notification is new (a repeat sends neither). */
async function send(
  messenger: Messenger,
  ticket: StoredTicket,
  notification: NotificationInput,
  kind: MailKind,
  excerpt?: string,
  target?: MailContent['target'],
): Promise<void> {
  if (!(await deliver(messenger, [notification]))) return;
  // The ticket changed already; a mail that cannot leave must not undo that: it is kept and retried by a job.
  await mailEmployee(messenger, notification.employeeId, {
    kind,
    reference: ticket._id,
    title: ticket.subject,
    excerpt,
    target,
    confidential: ticket.confidential,
    path: notification.link,
  });
}

async function deliver(messenger: Messenger, notifications: NotificationInput[]): Promise<number> {
  try {
    return await notify(notifications);
  } catch (error) {
    messenger.logger.warn({ err: error }, 'help desk notification not stored');
    return 0;
  }
}

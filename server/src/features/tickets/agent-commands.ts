import type { AgentMessage, Assign, OverrideTriage, TicketState } from '@portico/shared/tickets/tickets.schemas';
import { isDuplicateKey } from '../../platform/db/inserts';
import { HttpProblem, validationFailed } from '../../platform/errors';
import type { Logger } from '../../platform/logger';
import { allTeams, findTeam } from './catalogue/catalogue.models';
import { attach, checkAttachments } from './attachments';
import { moveTicket, type TicketContext } from './ticket-commands';
import { messagePosted, ticketAssigned, ticketResolved } from './ticket-notifications';
import { TeamRotationModel, type StoredTicket } from './ticket.models';
import { mayChangeState, mayManage, mayPost } from './ticket.policy';
import { appendMessage, cannotReopen, updateTicket, visibleTicket } from './ticket-store';
import type { Actor } from '../auth';
import { recordAuditEvent } from '../audit';

/*
 * What HR does with a ticket (issue 5 §4). Every command first finds the ticket through
 * `visibleTicket` (404 for what the agent may not see, confidential ones included), then
 * asks the policy; the answer for a ticket one sees but may not change is 403.
 */

const notYours = () =>
  new HttpProblem(
    403,
    'not_assignee',
    'Not yours to change',
    'Only the agent the ticket is assigned to, or an HR admin, may do that; assign it to yourself first if nobody has it.',
  );

/** People who work the help desk: members and leads of its teams (HR keeps them in the catalogue). */
async function isHelpDeskAgent(employeeId: string): Promise<boolean> {
  return (await allTeams()).some((team) => team.leadId === employeeId || team.memberIds.includes(employeeId));
}

/** The team's next turn: $inc is atomic on MongoDB; on the embedded database two at once may land on the same person, which is harmless. */
async function nextTurn(teamId: string): Promise<number> {
  for (let attempt = 0; ; attempt++) {
    try {
      return (await TeamRotationModel.findOneAndUpdate({ _id: teamId }, { $inc: { turns: 1 } }, { upsert: true, returnDocument: 'after' }).lean())!.turns;
    } catch (error) {
      // The team's first two turns at once: one upsert's insert loses; again.
      if (!isDuplicateKey(error) || attempt > 5) throw error;
    }
  }
}

/** Assigns to oneself, a colleague, or the next member of the ticket's team in turn. */
export async function assignTicket(context: TicketContext, actor: Actor, ticketId: string, assignment: Assign): Promise<StoredTicket> {
  const ticket = await visibleTicket(actor, ticketId, 'agent');
  if (!mayManage(actor, ticket))
    throw ticket.state === 'closed' ? new HttpProblem(409, 'ticket_closed', 'Closed', 'A closed ticket cannot be assigned.') : notYours();
  let assigneeId: string;
  let turn = 0;
  if (assignment.mode === 'self') assigneeId = actor.employeeId;
  else if (assignment.mode === 'colleague') {
    if (!(await isHelpDeskAgent(assignment.assigneeId)))
      throw validationFailed([
        {
          path: 'body.assigneeId',
          code: 'unknown_agent',
          params: { value: assignment.assigneeId },
          message: `${assignment.assigneeId} does not work the help desk (not a member or lead of any team)`,
        },
      ]);
    assigneeId = assignment.assigneeId;
  } else {
    const team = await findTeam(ticket.teamId);
    if (!team?.memberIds.length)
      throw new HttpProblem(409, 'team_has_no_members', 'Nobody to assign', `The team "${ticket.teamId}" has no members to take turns.`);
    turn = await nextTurn(team._id);
    assigneeId = team.memberIds[(turn - 1) % team.memberIds.length]!;
  }
  const event = await appendMessage(ticket, {
    kind: 'event',
    internal: true,
    authorId: actor.employeeId,
    authorSide: 'hr',
    event: { key: 'ticket.event.assigned', params: { assigneeId, mode: assignment.mode, ...(ticket.assigneeId ? { previousId: ticket.assigneeId } : {}) } },
    createdAt: context.now,
  });
  const updated = await updateTicket(ticket._id, { assigneeId, updatedAt: context.now, messageCount: event.number });
  await ticketAssigned(context.messenger, updated, actor.employeeId, event.number);
  return updated;
}

/** A reply to the requester or an internal note; a reply may move the ticket on at once. Returns the ticket after it. */
export async function postAgentMessage(
  context: TicketContext,
  actor: Actor,
  ticketId: string,
  input: Required<Omit<AgentMessage, 'state'>> & { state?: AgentMessage['state'] },
): Promise<StoredTicket> {
  let ticket = await visibleTicket(actor, ticketId, 'agent');
  if (!mayPost(actor, ticket, input.kind))
    throw new HttpProblem(409, 'ticket_closed', 'Closed', 'A closed ticket takes internal notes only; reopen it to reply.');
  const move = input.state && input.state !== ticket.state ? input.state : undefined;
  if (move) {
    if (input.kind !== 'reply') throw validationFailed([{ path: 'body.state', code: 'not_allowed_here', message: 'only a reply can change the state' }]);
    checkMove(actor, ticket, move, context.now);
  }
  await checkAttachments(
    actor.employeeId,
    input.attachmentIds.map((id, index) => ({ id, path: `body.attachmentIds.${index}` })),
  );
  const internal = input.kind === 'note';
  const message = await appendMessage(ticket, {
    kind: input.kind,
    internal,
    authorId: actor.employeeId,
    authorSide: 'hr',
    body: input.body,
    attachmentIds: input.attachmentIds,
    createdAt: context.now,
  });
  await attach(input.attachmentIds, ticket._id, internal);
  ticket = await updateTicket(ticket._id, {
    messageCount: message.number,
    updatedAt: context.now,
    ...(!internal && !ticket.firstResponseAt ? { firstResponseAt: context.now } : {}),
  });
  // HR's first reply to a new ticket opens it.
  const to = move ?? (!internal && ticket.state === 'new' ? 'open' : undefined);
  if (to) ticket = await moveTicket(ticket, to, actor, 'agent', context.now);
  if (to === 'resolved') await ticketResolved(context.messenger, ticket, message);
  else await messagePosted(context.messenger, ticket, message);
  return ticket;
}

function checkMove(actor: Actor, ticket: StoredTicket, to: TicketState, now: Date): void {
  const decision = mayChangeState(actor, ticket, to, 'agent', now);
  if (decision.allowed) return;
  if (decision.why === 'merged') throw cannotReopen('merged', ticket.mergedInto);
  if (decision.why === 'forbidden') throw notYours();
  throw new HttpProblem(
    409,
    'invalid_transition',
    'Not possible now',
    `A ticket that is ${ticket.state.replace(/_/g, ' ')} cannot become ${to.replace(/_/g, ' ')}.`,
  );
}

export async function changeTicketState(context: TicketContext, actor: Actor, ticketId: string, to: TicketState): Promise<StoredTicket> {
  const ticket = await visibleTicket(actor, ticketId, 'agent');
  checkMove(actor, ticket, to, context.now);
  const moved = await moveTicket(ticket, to, actor, 'agent', context.now);
  if (to === 'resolved') await ticketResolved(context.messenger, moved);
  return moved;
}

/** The agent's own priority and team, with the reason: an internal event and an audit event. */
export async function overrideTriage(
  context: TicketContext & { logger: Logger; requestId?: string },
  actor: Actor,
  ticketId: string,
  input: OverrideTriage,
): Promise<StoredTicket> {
  const ticket = await visibleTicket(actor, ticketId, 'agent');
  if (!mayManage(actor, ticket))
    throw ticket.state === 'closed' ? new HttpProblem(409, 'ticket_closed', 'Closed', 'A closed ticket keeps its triage.') : notYours();
  if (!(await findTeam(input.teamId)))
    throw validationFailed([{ path: 'body.teamId', code: 'unknown_team', params: { value: input.teamId }, message: `there is no team "${input.teamId}"` }]);
  const override = { priority: input.priority, teamId: input.teamId, reason: input.reason, by: actor.employeeId, at: context.now };
  const event = await appendMessage(ticket, {
    kind: 'event',
    internal: true,
    authorId: actor.employeeId,
    authorSide: 'hr',
    body: input.reason,
    event: {
      key: 'ticket.event.triage_overridden',
      params: { priority: input.priority, teamId: input.teamId, previousPriority: ticket.priority, previousTeamId: ticket.teamId },
    },
    createdAt: context.now,
  });
  const updated = await updateTicket(ticket._id, {
    triage: { ...ticket.triage, override },
    priority: input.priority,
    teamId: input.teamId,
    updatedAt: context.now,
    messageCount: event.number,
  });
  // The reason stays on the ticket: it may name people, and the audit trail names none.
  await recordAuditEvent(context.logger, {
    type: 'tickets.triage_overridden',
    outcome: 'success',
    employeeId: actor.employeeId,
    requestId: context.requestId,
    details: { ticketId: ticket._id, priority: input.priority, teamId: input.teamId, previousPriority: ticket.priority, previousTeamId: ticket.teamId },
  });
  return updated;
}

/**
 * Merges a duplicate into another ticket of the same requester: the duplicate closes with a
 * link and an event saying where it went; its messages stay where they are.
 */
export async function mergeTicket(context: TicketContext, actor: Actor, duplicateId: string, intoId: string): Promise<StoredTicket> {
  const duplicate = await visibleTicket(actor, duplicateId, 'agent');
  if (duplicateId === intoId) throw validationFailed([{ path: 'body.intoId', code: 'not_allowed_here', message: 'a ticket cannot be merged into itself' }]);
  const target = await visibleTicket(actor, intoId, 'agent');
  if (!mayManage(actor, duplicate))
    throw duplicate.state === 'closed' ? new HttpProblem(409, 'ticket_closed', 'Closed', 'A closed ticket cannot be merged.') : notYours();
  if (target.state === 'closed' || target.mergedInto)
    throw new HttpProblem(409, 'merge_target_closed', 'Cannot merge there', `${target._id} is closed; merge into a ticket that is still open.`);
  if (target.requesterId !== duplicate.requesterId)
    throw new HttpProblem(409, 'merge_other_requester', 'Cannot merge', 'Only tickets of the same person can be merged.');

  const into = await appendMessage(target, {
    kind: 'event',
    internal: false,
    authorId: actor.employeeId,
    authorSide: 'hr',
    event: { key: 'ticket.event.merged_from', params: { from: duplicate._id } },
    createdAt: context.now,
  });
  await updateTicket(target._id, { messageCount: into.number, updatedAt: context.now });
  const from = await appendMessage(duplicate, {
    kind: 'event',
    internal: false,
    authorId: actor.employeeId,
    authorSide: 'hr',
    event: { key: 'ticket.event.merged', params: { into: target._id } },
    createdAt: context.now,
  });
  return moveTicket({ ...duplicate, messageCount: from.number }, 'closed', actor, 'agent', context.now, { mergedInto: target._id });
}

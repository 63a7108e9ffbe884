import { z, type ZodType } from 'zod';

import {
  AgentMessageSchema,
  AgentTicketSchema,
  AssignSchema,
  ChangeStateSchema,
  MergeSchema,
  OverrideTriageSchema,
  QueueQuerySchema,
  QueueSchema,
  TicketReferenceSchema,
  type AgentTicket,
  type Queue,
} from '@portico/shared/tickets/tickets.schemas';
import type { ApiRouter } from '../../platform/http/api-router';
import { allTeams } from './catalogue/catalogue.models';
import { assignTicket, changeTicketState, mergeTicket, overrideTriage, postAgentMessage } from './agent-commands';
import { handbookDraftRoutes } from './handbook-draft';
import { agentQueue } from './ticket-queries';
import { agentTicket } from './ticket.presenter';
import { readMessages, visibleTicket } from './ticket-store';
import type { StoredTicket } from './ticket.models';
import { sendAttachment, ticketContext, type TicketDependencies } from './tickets.routes';
import type { Actor } from '../auth';
import { namesOf } from '../directory';

const work = { action: 'tickets.work' } as const;
const tags = ['help desk: agents'];
const ticketParams = z.strictObject({ id: TicketReferenceSchema });

async function agentView(actor: Actor, ticket: StoredTicket, now: Date, before?: number): Promise<AgentTicket> {
  const { messages, older } = await readMessages(ticket, before);
  return agentTicket(actor, ticket, messages, older, now);
}

/**
 * HR's side of the help desk (`tickets.work`: HR agents and admins). Confidential tickets
 * exist only for HR admins and the agent they are assigned to: 404 for anyone else.
 */
export function agentRoutes(api: ApiRouter, dependencies: TicketDependencies): void {
  api.get(
    '/tickets/agent/queue',
    {
      summary: 'The queue: one view, sorted and filtered, with the count of every view',
      description:
        'Views: mine, unassigned, team (teams I lead or belong to), breaching-soon, waiting (on the employee), confidential (those I may see), all (closed ones too). Sorts: priority, due, age.',
      tags,
      access: work,
      request: { query: QueueQuerySchema },
      response: { description: 'The view', schema: QueueSchema },
    },
    ({ query, actor }): Promise<Queue> => agentQueue(actor, query, dependencies.clock.now(), dependencies.search),
  );

  api.get(
    '/tickets/agent/colleagues',
    {
      summary: 'People a ticket can be assigned to',
      description: 'Members and leads of the help desk teams.',
      tags,
      access: work,
      response: {
        description: 'Colleagues',
        schema: z
          .object({ colleagues: z.array(z.object({ id: z.string(), displayName: z.string().nullable(), teamIds: z.array(z.string()) })) })
          .meta({ id: 'TicketColleagues' }),
      },
    },
    async () => {
      const teams = await allTeams();
      const byPerson = new Map<string, string[]>();
      for (const team of teams) for (const id of new Set([team.leadId, ...team.memberIds])) byPerson.set(id, [...(byPerson.get(id) ?? []), team._id]);
      const names = await namesOf([...byPerson.keys()]);
      return {
        colleagues: [...byPerson]
          .map(([id, teamIds]) => ({ id, displayName: names.get(id) ?? null, teamIds: teamIds.sort() }))
          .sort((a, b) => (a.displayName ?? a.id).localeCompare(b.displayName ?? b.id)),
      };
    },
  );

  api.get(
    '/tickets/agent/tickets/:id',
    {
      summary: 'A ticket with every message, notes and events included, and its triage',
      tags,
      access: work,
      request: { params: ticketParams, query: z.strictObject({ before: z.coerce.number().int().min(2).optional() }) },
      response: { description: 'The ticket', schema: AgentTicketSchema },
    },
    async ({ params, query, actor }) => agentView(actor, await visibleTicket(actor, params.id, 'agent'), dependencies.clock.now(), query.before),
  );

  /** A command on one ticket: its body checked, the command run, the agent's view of the ticket answered. */
  function command<B extends ZodType>(
    action: string,
    doc: { summary: string; description?: string; status?: number; answer?: string },
    body: B,
    run: (context: ReturnType<typeof ticketContext>, actor: Actor, ticketId: string, body: z.infer<B>) => Promise<StoredTicket>,
  ): void {
    const { answer = 'The ticket', ...described } = doc;
    api.post(
      `/tickets/agent/tickets/:id/${action}`,
      { ...described, tags, access: work, request: { params: ticketParams, body }, response: { description: answer, schema: AgentTicketSchema } },
      async ({ params, body: sent, actor }, request) => {
        const context = ticketContext(dependencies, request);
        return agentView(actor, await run(context, actor, params.id, sent as z.infer<B>), context.now);
      },
    );
  }

  command(
    'assign',
    {
      summary: 'Assign to myself, a colleague, or the next member of the ticket\u2019s team',
      description: 'An agent assigns tickets nobody has or that are theirs; HR admins any.',
    },
    AssignSchema,
    assignTicket,
  );
  command(
    'messages',
    {
      summary: 'Reply to the requester, or add an internal note',
      description:
        'A note is never shown to the requester. A reply may set the next state (`waiting_on_employee`, `resolved`); HR\u2019s first reply opens a new ticket.',
      status: 201,
    },
    AgentMessageSchema,
    postAgentMessage,
  );
  command('state', { summary: 'Move the ticket to another state (its assignee, or an HR admin)' }, ChangeStateSchema, (context, actor, id, body) =>
    changeTicketState(context, actor, id, body.state),
  );
  command(
    'triage',
    {
      summary: 'Override the triage\u2019s priority and team, with a reason',
      description: 'Recorded as an internal event on the ticket and as an audit event.',
    },
    OverrideTriageSchema,
    overrideTriage,
  );
  command(
    'merge',
    {
      summary: 'Merge this duplicate into another ticket of the same person',
      description: 'The duplicate closes with a link to the other; its messages stay with it, and an event on each says where it went.',
      answer: 'The duplicate, closed',
    },
    MergeSchema,
    (context, actor, id, body) => mergeTicket(context, actor, id, body.intoId),
  );

  api.get(
    '/tickets/agent/tickets/:id/attachments/:fileId',
    {
      summary: 'Download a file of a ticket (notes\u2019 files included)',
      tags,
      access: work,
      request: { params: z.strictObject({ id: TicketReferenceSchema, fileId: z.string().max(64) }) },
      response: { description: 'The file', contentType: 'application/octet-stream' },
    },
    async ({ params, actor }, request, response) => {
      await visibleTicket(actor, params.id, 'agent');
      await sendAttachment(dependencies.files, response, params.id, params.fileId, true);
    },
  );

  handbookDraftRoutes(api, dependencies);
}

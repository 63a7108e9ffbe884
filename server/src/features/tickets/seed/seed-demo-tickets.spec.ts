import { answersSchema } from '@portico/shared/tickets/catalogue.schemas';
import { ticketStates } from '@portico/shared/tickets/tickets.schemas';
import { allRequestTypes } from '../catalogue/catalogue.models';
import {
  clearTickets,
  dismissCast,
  file,
  freshHelpDesk,
  leaveQuestion,
  signInCast,
  startHelpDeskServer,
  type Cast,
  type HelpDeskServer,
} from '../help-desk.testing';
import { queueEntryOf } from '../ticket-store';
import {
  DeflectionModel,
  RequesterCountModel,
  RequesterEntryModel,
  TeamRotationModel,
  TicketCounterModel,
  TicketMessageModel,
  TicketModel,
  TicketQueueModel,
  TicketRatingModel,
  type StoredMessage,
  type StoredTicket,
} from '../ticket.models';
import { demoScenarios } from './generate-demo-tickets';
import { seedDemoTickets, type TicketSeedReport } from './seed-demo-tickets';
import { EmployeeModel, personas } from '../../directory';
import { NotificationModel } from '../../notifications';

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}

/** No tickets and no counters: the seed numbers from 1 again, as on a new database. */
async function noTickets(): Promise<void> {
  await clearTickets();
  await TicketCounterModel.deleteMany({});
}

describe('demo tickets seed', () => {
  // A Monday morning in London: some tickets are about to miss their first response.
  const now = new Date('2026-11-23T10:30:00.000Z');
  let report: TicketSeedReport;
  let tickets: StoredTicket[];
  let messages: StoredMessage[];

  beforeAll(async () => {
    await freshHelpDesk();
    await noTickets();
    report = await seedDemoTickets({ now });
    tickets = await TicketModel.find({}).lean<StoredTicket[]>();
    messages = await TicketMessageModel.find({}).lean<StoredMessage[]>();
  }, 60_000);

  afterAll(() => clearTickets());

  it('files a few hundred tickets over six months, in every state, some merged and some confidential', () => {
    expect(report.skipped).toBeNull();
    expect(tickets.length).toBe(report.created);
    expect(tickets.length).toBeGreaterThanOrEqual(300);
    expect(tickets.length).toBeLessThanOrEqual(450);
    for (const state of ticketStates)
      expect(tickets.filter((ticket) => ticket.state === state).length)
        .withContext(state)
        .toBeGreaterThan(0);
    const oldest = Math.min(...tickets.map((ticket) => ticket.createdAt.getTime()));
    expect(now.getTime() - oldest).toBeGreaterThan(150 * 86_400_000);
    expect(tickets.every((ticket) => ticket.createdAt < now && ticket.updatedAt <= now)).toBeTrue();

    const merged = tickets.filter((ticket) => ticket.mergedInto);
    expect(merged.length).toBeGreaterThan(0);
    for (const duplicate of merged) {
      const target = tickets.find((ticket) => ticket._id === duplicate.mergedInto)!;
      expect(duplicate.state).toBe('closed');
      expect(target.requesterId).toBe(duplicate.requesterId);
      expect(
        messages.some(
          (message) => message.ticketId === target._id && message.event?.key === 'ticket.event.merged_from' && message.event.params['from'] === duplicate._id,
        ),
      ).toBeTrue();
    }
  });

  it('assigns every confidential report to its team lead (an HR admin) or a member of the team', () => {
    const confidential = tickets.filter((ticket) => ticket.confidential);
    expect(confidential.length).toBeGreaterThan(5);
    expect(confidential.filter((ticket) => ticket.state !== 'closed').length).toBeGreaterThan(0);
    const handlers: (string | null)[] = [personas.hrAdmin.id, personas.hrAgent.id];
    for (const ticket of confidential) expect(handlers).withContext(ticket._id).toContain(ticket.assigneeId);
  });

  it('keeps the queue to exactly the tickets not closed, each entry a copy of its ticket', async () => {
    const queue = await TicketQueueModel.find({}).lean();
    const open = tickets.filter((ticket) => ticket.state !== 'closed');
    expect(queue.map((entry) => entry._id).sort()).toEqual(open.map((ticket) => ticket._id).sort());
    for (const entry of queue) expect(entry).toEqual(jasmine.objectContaining(queueEntryOf(open.find((ticket) => ticket._id === entry._id)!)));
  });

  it('numbers each ticket\u2019s messages 1…messageCount, in time order, internal ones only from HR', () => {
    const byTicket = groupBy(messages, (message) => message.ticketId);
    expect(messages.length).toBe(report.messages);
    for (const ticket of tickets) {
      const own = (byTicket.get(ticket._id) ?? []).sort((left, right) => left.number - right.number);
      expect(own.map((message) => message._id))
        .withContext(ticket._id)
        .toEqual(Array.from({ length: ticket.messageCount }, (_, index) => `${ticket._id}:${index + 1}`));
      for (let index = 1; index < own.length; index++)
        expect(own[index]!.createdAt >= own[index - 1]!.createdAt)
          .withContext(own[index]!._id)
          .toBeTrue();
      expect(own.filter((message) => message.internal).every((message) => message.authorSide === 'hr')).toBeTrue();
    }
  });

  it('lists each requester\u2019s tickets under <employee>:1…n, oldest first, with the count beside them', async () => {
    const [entries, counts] = await Promise.all([RequesterEntryModel.find({}).lean(), RequesterCountModel.find({}).lean()]);
    const byRequester = groupBy(tickets, (ticket) => ticket.requesterId);
    expect(counts.map((count) => count._id).sort()).toEqual([...byRequester.keys()].sort());
    for (const { _id: requesterId, count } of counts) {
      const own = entries
        .filter((entry) => entry._id.startsWith(`${requesterId}:`))
        .sort((left, right) => Number(left._id.split(':')[1]) - Number(right._id.split(':')[1]));
      expect(own.map((entry) => entry._id)).toEqual(Array.from({ length: count }, (_, index) => `${requesterId}:${index + 1}`));
      expect(own.map((entry) => entry.ticketId).sort()).toEqual(
        byRequester
          .get(requesterId)!
          .map((ticket) => ticket._id)
          .sort(),
      );
      for (let index = 1; index < own.length; index++) expect(own[index]!.createdAt >= own[index - 1]!.createdAt).toBeTrue();
    }
  });

  it('leaves the counter at the highest reference, so the next ticket filed takes the next number', async () => {
    const highest = Math.max(...tickets.map((ticket) => Number(ticket._id.split('-')[2])));
    expect((await TicketCounterModel.findById('HR-2026').lean())!.last).toBe(highest);
    expect(tickets.every((ticket) => ticket._id.startsWith(`HR-${ticket.createdAt.getUTCFullYear()}-`))).toBeTrue();
    const turns = await TeamRotationModel.find({}).lean();
    const roundRobin = messages.filter((message) => message.event?.key === 'ticket.event.assigned' && message.event.params['mode'] === 'round-robin').length;
    expect(turns.reduce((sum, team) => sum + team.turns, 0)).toBe(roundRobin);
  });

  it('rates only resolved or closed tickets, once per resolution, mostly 4 or 5, and counts deflections', async () => {
    const ratings = await TicketRatingModel.find({}).lean();
    expect(ratings.length).toBe(report.ratings);
    expect(ratings.length).toBeGreaterThan(tickets.length / 3);
    for (const rating of ratings) {
      const ticket = tickets.find((candidate) => candidate._id === rating.ticketId)!;
      expect(['resolved', 'closed']).toContain(ticket.state);
      expect(ticket.csat).toContain({ resolution: Number(rating._id.split(':')[1]), rating: rating.rating, comment: rating.comment, at: rating.at });
    }
    expect(tickets.reduce((sum, ticket) => sum + ticket.csat.length, 0)).toBe(ratings.length);
    expect(ratings.filter((rating) => rating.rating >= 4).length / ratings.length).toBeGreaterThan(0.6);
    expect(await DeflectionModel.countDocuments({})).toBe(report.deflections);
    expect(report.deflections).toBeGreaterThan(100);
  });

  it('records SLA breaches as the sweep would, with some still-open tickets already past due and none notified', async () => {
    const lateFirstResponse = tickets.filter((ticket) => ticket.firstResponseAt && ticket.firstResponseAt > ticket.firstResponseDueAt!);
    expect(lateFirstResponse.length).toBeGreaterThan(10);
    for (const ticket of lateFirstResponse) expect(ticket.firstResponseBreachedAt).withContext(ticket._id).toEqual(ticket.firstResponseDueAt);
    const overdue = tickets.filter((ticket) => ticket.state === 'new' && ticket.firstResponseDueAt! < now);
    expect(overdue.length).toBeGreaterThan(0);
    expect(overdue.every((ticket) => ticket.firstResponseBreachedAt)).toBeTrue();
    expect(tickets.filter((ticket) => ticket.state === 'new' && ticket.firstResponseDueAt! > now).length).toBeGreaterThan(0);
    expect(await NotificationModel.countDocuments({ type: /^ticket\./ })).toBe(0);
  });

  it('writes every document in its model\u2019s shape (the seed inserts lean)', async () => {
    const models = [
      TicketModel,
      TicketQueueModel,
      TicketMessageModel,
      RequesterEntryModel,
      RequesterCountModel,
      TicketRatingModel,
      TicketCounterModel,
      TeamRotationModel,
      DeflectionModel,
    ] as const;
    for (const model of models) {
      const documents = await (model as typeof TicketModel).find({}).lean();
      expect(documents.length).withContext(model.modelName).toBeGreaterThan(0);
      for (const document of documents) {
        // Unknown fields throw (strict), missing or mistyped ones fail validation.
        const error = new (model as typeof TicketModel)(document).validateSync();
        expect(error?.message).withContext(`${model.modelName} ${document._id}`).toBeUndefined();
      }
    }
  });

  it('answers each request type\u2019s form as filing does, in the requester\u2019s language', async () => {
    const types = new Map((await allRequestTypes()).map((type) => [type._id, type]));
    const spanish = new Set((await EmployeeModel.find({ preferredLanguage: 'es' }, { _id: 1 }).lean()).map((employee) => employee._id));
    for (const ticket of tickets)
      expect(answersSchema(types.get(ticket.requestTypeId)!).safeParse(ticket.answers).success)
        .withContext(ticket._id)
        .toBeTrue();
    // The question is one of the scenarios' in the requester's language (after a duplicate's apology, if any).
    const questions = (language: 'en' | 'es') =>
      demoScenarios.map(
        (scenario) => new RegExp(`${scenario[language].question.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\\\{month\\\}/g, '\\p{L}+')}$`, 'u'),
      );
    const byLanguage = { en: questions('en'), es: questions('es') };
    const inSpanish = tickets.filter((ticket) => spanish.has(ticket.requesterId));
    expect(inSpanish.length).toBeGreaterThan(10);
    for (const ticket of tickets) {
      const language = spanish.has(ticket.requesterId) ? 'es' : 'en';
      expect(byLanguage[language].some((pattern) => pattern.test(ticket.question)))
        .withContext(`${ticket._id} in ${language}: ${ticket.question}`)
        .toBeTrue();
    }
  });

  it('does nothing when there are tickets already, and gives the same tickets for the same seed time', async () => {
    expect((await seedDemoTickets({ now })).skipped).toBe('tickets-exist');
    expect(await TicketModel.countDocuments({})).toBe(tickets.length);
    expect(await TicketMessageModel.countDocuments({})).toBe(messages.length);

    await noTickets();
    await seedDemoTickets({ now });
    expect(await TicketModel.find({}).lean<StoredTicket[]>()).toEqual(tickets);
  }, 60_000);

  describe('through the API', () => {
    let server: HelpDeskServer;
    let cast: Cast;

    beforeAll(async () => {
      server = await startHelpDeskServer();
      server.clock.set(now);
      cast = await signInCast(server);
    });

    afterAll(async () => {
      await dismissCast(cast);
      await server.close();
      // Back to the seed as it was, for the specs above (they run in any order).
      await noTickets();
      await seedDemoTickets({ now });
    }, 60_000);

    it('shows an agent a seeded ticket with its conversation, and the queue and the persona\u2019s list', async () => {
      const seeded = tickets
        .filter((ticket) => !ticket.confidential && ticket.state === 'open')
        .sort((left, right) => right.messageCount - left.messageCount)[0]!;
      const response = await cast.admin.get(`/api/tickets/agent/tickets/${seeded._id}`);
      expect(response.status).toBe(200);
      const { messageCount } = (await TicketModel.findById(seeded._id).lean<StoredTicket>())!;
      expect(response.body.messages.length).toBe(Math.min(50, messageCount));
      expect(response.body.requester.id).toBe(seeded.requesterId);

      const queue = await cast.agent.get('/api/tickets/agent/queue');
      expect(queue.status).toBe(200);
      expect(queue.body.counts['breaching-soon']).toBeGreaterThan(0);

      const mine = await cast.employee.get('/api/tickets');
      expect(mine.status).toBe(200);
      expect(new Set(mine.body.tickets.map((ticket: { state: string }) => ticket.state))).toEqual(
        new Set(['new', 'open', 'waiting_on_employee', 'resolved', 'closed']),
      );
    });

    it('takes a reply on a seeded ticket under its next message number, and files the next reference', async () => {
      const seeded =
        tickets.find((ticket) => !ticket.confidential && ticket.state === 'open' && ticket.assigneeId === personas.hrAgent.id) ??
        tickets.find((ticket) => !ticket.confidential && ticket.state === 'new' && !ticket.assigneeId)!;
      const reply = await cast.agent.sendWithXsrf('post', `/api/tickets/agent/tickets/${seeded._id}/messages`, {
        kind: 'note',
        body: 'Checked: nothing missing.',
      });
      expect(reply.status).withContext(JSON.stringify(reply.body)).toBe(201);
      expect(reply.body.messages.at(-1).number).toBe(seeded.messageCount + 1);

      const highest = Math.max(...tickets.map((ticket) => Number(ticket._id.split('-')[2])));
      expect(await file(cast.otherEmployee, leaveQuestion())).toBe(`HR-2026-${String(highest + 1).padStart(5, '0')}`);
    });
  });
});

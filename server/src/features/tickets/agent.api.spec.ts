import { demoTeams } from './catalogue/seed/demo-catalogue';
import { type Cast, file, type HelpDeskServer, leaveQuestion, misconductReport, startHelpDeskServer, useHelpDesk } from './help-desk.testing';
import { TicketModel, TicketQueueModel } from './ticket.models';
import { identityOf, SamlBrowser } from '../../test/saml-browser';
import { AuditEventModel } from '../audit';
import { personas } from '../directory';
import { NotificationModel } from '../notifications';

describe('help desk: the agents\u2019 API', () => {
  let server: HelpDeskServer;
  let cast: Cast;

  const agentUrl = (id: string, action = '') => `/api/tickets/agent/tickets/${id}${action ? `/${action}` : ''}`;
  const assign = (browser: SamlBrowser, id: string, body: object) => browser.sendWithXsrf('post', agentUrl(id, 'assign'), body);
  const move = (browser: SamlBrowser, id: string, state: string) => browser.sendWithXsrf('post', agentUrl(id, 'state'), { state });
  const queue = async (browser: SamlBrowser, query = '') => {
    const response = await browser.get(`/api/tickets/agent/queue${query}`);
    expect(response.status).withContext(JSON.stringify(response.body)).toBe(200);
    return response.body as {
      total: number;
      counts: Record<string, number>;
      tickets: { id: string; priority: string; state: string; breachingSoon: boolean }[];
    };
  };
  const ids = (body: { tickets: { id: string }[] }) => body.tickets.map((ticket) => ticket.id);

  useHelpDesk(
    async (started, signedIn) => {
      server = started;
      cast = signedIn;
    },
    { clearEach: true },
  );

  it('refuses the agent API to employees and managers', async () => {
    const id = await file(cast.employee, leaveQuestion());
    for (const browser of [cast.employee, cast.manager]) {
      expect((await browser.get('/api/tickets/agent/queue')).status).toBe(403);
      expect((await browser.get(agentUrl(id))).status).toBe(403);
      expect((await assign(browser, id, { mode: 'self' })).status).toBe(403);
    }
  });

  it('shows a ticket with its triage explanation and what the agent may do', async () => {
    const id = await file(cast.employee, {
      requestTypeId: 'payroll-question',
      question: 'I have not been paid this month',
      answers: { payPeriod: '2026-02-01', topic: 'missing-pay', details: 'Nothing arrived on the 28th.' },
    });
    const response = await cast.agent.get(agentUrl(id));
    expect(response.status).toBe(200);
    expect(response.body.requester).toEqual({ id: personas.employee.id, displayName: 'Emma López' });
    expect(response.body.triage).toEqual(
      jasmine.objectContaining({ severity: 'high', complexity: 'medium', effort: 'medium', priority: 'high', teamId: 'payroll', override: null }),
    );
    expect(response.body.triage.explanation).toContain({
      key: 'triage.dimension',
      params: { dimension: 'severity', level: 'high', source: 'answer', reason: 'missing-pay', field: 'topic', value: 'missing-pay' },
    });
    expect(response.body.priority).toBe('high');
    expect(response.body.teamId).toBe('payroll');
    expect(response.body.actions).toEqual(['assign', 'reply', 'note', 'override', 'merge']);
    expect(response.body.allowedStates).toEqual([]);
  });

  it('assigns to oneself, to a colleague of the help desk, and in turn within the team', async () => {
    const id = await file(cast.employee, leaveQuestion());
    const mine = await assign(cast.agent, id, { mode: 'self' });
    expect(mine.status).toBe(200);
    expect(mine.body.assignee).toEqual({ id: personas.hrAgent.id, displayName: 'Priya Nair' });
    expect(mine.body.allowedStates.sort()).toEqual(['closed', 'open', 'resolved', 'waiting_on_employee']);

    // Another agent may not take it from her; an HR admin may give it to anyone on the desk.
    expect((await assign(cast.otherAgent, id, { mode: 'self' })).status).toBe(403);
    const outsider = await assign(cast.admin, id, { mode: 'colleague', assigneeId: personas.employee.id });
    expect(outsider.status).toBe(400);
    expect(outsider.body.errors[0].path).toBe('body.assigneeId');
    const given = await assign(cast.admin, id, { mode: 'colleague', assigneeId: cast.otherAgentId });
    expect(given.body.assignee.id).toBe(cast.otherAgentId);
    expect(await NotificationModel.exists({ employeeId: cast.otherAgentId, type: 'ticket.assigned' })).toBeTruthy();
    // The assignment is an internal event.
    expect(given.body.messages.map((message: { event: { key: string } }) => message.event?.key)).toEqual(['ticket.event.assigned', 'ticket.event.assigned']);
    expect((await cast.employee.get(`/api/tickets/${id}`)).body.messages).toEqual([]);

    const members = demoTeams().find((team) => team.id === 'people-ops')!.memberIds;
    const turns: string[] = [];
    for (let index = 0; index < members.length + 1; index++) {
      const ticket = await file(cast.otherEmployee, leaveQuestion(`Round robin ${index}`));
      turns.push((await assign(cast.admin, ticket, { mode: 'round-robin' })).body.assignee.id);
    }
    expect(turns.slice(0, members.length).sort()).toEqual([...members].sort());
    expect(turns[members.length]).toBe(turns[0]!);
  });

  it('lets only the assignee or an HR admin change the state, table-driven through the API', async () => {
    const cases: [string, SamlBrowser, string, string, number][] = [];
    const id = await file(cast.employee, leaveQuestion());
    await assign(cast.agent, id, { mode: 'self' });
    cases.push(
      [id, cast.otherAgent, 'open', 'new', 403],
      [id, cast.agent, 'open', 'open', 200],
      [id, cast.agent, 'new', 'open', 409],
      [id, cast.otherAgent, 'waiting_on_employee', 'open', 403],
      [id, cast.agent, 'waiting_on_employee', 'waiting_on_employee', 200],
      [id, cast.admin, 'open', 'open', 200],
      [id, cast.agent, 'resolved', 'resolved', 200],
      [id, cast.otherAgent, 'closed', 'resolved', 403],
      [id, cast.agent, 'closed', 'closed', 200],
      [id, cast.agent, 'open', 'closed', 403],
      [id, cast.admin, 'open', 'open', 200],
    );
    for (const [ticket, browser, to, expectedState, status] of cases) {
      const response = await move(browser, ticket, to);
      expect(response.status)
        .withContext(`→ ${to}: ${JSON.stringify(response.body)}`)
        .toBe(status);
      expect((await TicketModel.findById(ticket).lean())!.state)
        .withContext(`→ ${to}`)
        .toBe(expectedState as never);
    }
    const events = (await cast.admin.get(agentUrl(id))).body.messages.filter(
      (message: { event: { key: string } | null }) => message.event?.key === 'ticket.event.state',
    );
    expect(events.map((message: { event: { params: { to: string } } }) => message.event.params.to)).toEqual([
      'open',
      'waiting_on_employee',
      'open',
      'resolved',
      'closed',
      'open',
    ]);
    // The resolution told the requester.
    expect(await NotificationModel.exists({ _id: `ticket.resolved:${id}:1` })).toBeTruthy();
  });

  it('overrides the triage with a reason: an internal event and an audit event', async () => {
    const id = await file(cast.employee, leaveQuestion());
    const override = await cast.agent.sendWithXsrf('post', agentUrl(id, 'triage'), {
      priority: 'urgent',
      teamId: 'benefits',
      reason: 'Leave starts tomorrow.',
    });
    expect(override.status).withContext(JSON.stringify(override.body)).toBe(200);
    expect(override.body.priority).toBe('urgent');
    expect(override.body.teamId).toBe('benefits');
    expect(override.body.triage).toEqual(
      jasmine.objectContaining({
        priority: 'normal',
        teamId: 'people-ops',
        override: jasmine.objectContaining({ priority: 'urgent', teamId: 'benefits', reason: 'Leave starts tomorrow.', by: personas.hrAgent.id }),
      }),
    );
    const event = override.body.messages.at(-1);
    expect(event.event).toEqual({
      key: 'ticket.event.triage_overridden',
      params: { priority: 'urgent', teamId: 'benefits', previousPriority: 'normal', previousTeamId: 'people-ops' },
    });
    expect(event.body).toBe('Leave starts tomorrow.');
    const audit = await AuditEventModel.findOne({ type: 'tickets.triage_overridden', 'details.ticketId': id }).lean();
    expect(audit).toEqual(jasmine.objectContaining({ employeeId: personas.hrAgent.id, outcome: 'success' }));
    expect(JSON.stringify(audit)).not.toContain('Leave starts tomorrow');
    expect((await TicketQueueModel.findById(id).lean())!.priority).toBe('urgent');

    expect((await cast.agent.sendWithXsrf('post', agentUrl(id, 'triage'), { priority: 'low', teamId: 'nope', reason: 'x' })).status).toBe(400);
    expect((await cast.agent.sendWithXsrf('post', agentUrl(id, 'triage'), { priority: 'low', teamId: 'payroll', reason: ' ' })).status).toBe(400);
    expect((await cast.employee.get(`/api/tickets/${id}`)).body.messages).toEqual([]);
  });

  it('merges a duplicate into another ticket of the same person: closed with a link, messages left in place', async () => {
    const original = await file(cast.employee, leaveQuestion('How many days do I have?'));
    const duplicate = await file(cast.employee, leaveQuestion('How many holidays do I have left?'));
    const someoneElses = await file(cast.otherEmployee, leaveQuestion('Mine is different'));
    await cast.employee.sendWithXsrf('post', `/api/tickets/${duplicate}/replies`, { body: 'Sorry, I asked twice.' });

    expect((await cast.admin.sendWithXsrf('post', agentUrl(duplicate, 'merge'), { intoId: someoneElses })).status).toBe(409);
    expect((await cast.admin.sendWithXsrf('post', agentUrl(duplicate, 'merge'), { intoId: duplicate })).status).toBe(400);
    const merged = await cast.admin.sendWithXsrf('post', agentUrl(duplicate, 'merge'), { intoId: original });
    expect(merged.status).withContext(JSON.stringify(merged.body)).toBe(200);
    expect(merged.body).toEqual(jasmine.objectContaining({ state: 'closed', mergedInto: original }));

    const seenDuplicate = await cast.employee.get(`/api/tickets/${duplicate}`);
    expect(seenDuplicate.body.mergedInto).toBe(original);
    expect(seenDuplicate.body.messages.map((message: { kind: string; event: { key: string } | null }) => message.event?.key ?? message.kind)).toEqual([
      'reply',
      'ticket.event.merged',
      'ticket.event.state',
    ]);
    expect(seenDuplicate.body.actions).toEqual([]);
    const reply = await cast.employee.sendWithXsrf('post', `/api/tickets/${duplicate}/replies`, { body: 'Hello?' });
    expect(reply.status).toBe(409);
    expect(reply.body.code).toBe('ticket_merged');

    const seenOriginal = await cast.employee.get(`/api/tickets/${original}`);
    expect(seenOriginal.body.messages.map((message: { event: { key: string; params: object } }) => message.event)).toEqual([
      { key: 'ticket.event.merged_from', params: { from: duplicate } },
    ]);
    expect(seenOriginal.body.messages.some((message: { body: string }) => message.body.includes('asked twice'))).toBeFalse();
    expect(await TicketQueueModel.exists({ _id: duplicate })).toBeNull();
  });

  it('lists views with counts, sorts by priority, due date or age, and filters by state, category, team and words', async () => {
    const leave = await file(cast.employee, leaveQuestion('Leave balance please'));
    server.clock.advance({ hours: 1 });
    const pay = await file(cast.employee, {
      requestTypeId: 'payroll-question',
      question: 'Missing pay in February',
      answers: { payPeriod: '2026-02-01', topic: 'missing-pay', details: 'Nothing arrived.' },
    });
    server.clock.advance({ hours: 1 });
    const letter = await file(cast.otherEmployee, { requestTypeId: 'document-request', question: 'A copy of my contract', answers: { document: 'contract' } });
    await assign(cast.agent, leave, { mode: 'self' });
    await cast.agent.sendWithXsrf('post', agentUrl(leave, 'messages'), { kind: 'reply', body: 'Which year?', state: 'waiting_on_employee' });
    // Due dates come from the SLA clock; set here to test the views that use them.
    const soon = new Date(server.clock.now().getTime() + 3_600_000);
    for (const model of [TicketModel, TicketQueueModel] as const) {
      await (model as typeof TicketQueueModel).updateOne({ _id: letter }, { $set: { firstResponseDueAt: soon } });
      await (model as typeof TicketQueueModel).updateOne({ _id: pay }, { $set: { firstResponseDueAt: new Date(soon.getTime() + 86_400_000) } });
    }

    const unassigned = await queue(cast.agent, '?view=unassigned');
    expect(ids(unassigned)).toEqual([pay, letter]);
    expect(unassigned.counts).toEqual({ mine: 1, unassigned: 2, team: 3, 'breaching-soon': 1, waiting: 1, confidential: 0 });
    expect(ids(await queue(cast.agent, '?view=unassigned&sort=age'))).toEqual([pay, letter]);
    expect(ids(await queue(cast.agent, '?view=unassigned&sort=due'))).toEqual([letter, pay]);
    expect(ids(await queue(cast.agent, '?view=team&sort=priority'))).toEqual([pay, leave, letter]);
    expect(ids(await queue(cast.agent, '?view=team&state=waiting_on_employee'))).toEqual([leave]);
    expect(ids(await queue(cast.agent, '?view=team&category=documents'))).toEqual([letter]);
    expect(ids(await queue(cast.agent, '?view=team&teamId=payroll'))).toEqual([pay]);
    expect(ids(await queue(cast.agent, '?view=team&q=contract'))).toEqual([letter]);
    expect(ids(await queue(cast.agent, `?view=team&q=${pay.toLowerCase()}`))).toEqual([pay]);
    expect(ids(await queue(cast.agent, '?view=waiting'))).toEqual([leave]);
    expect(ids(await queue(cast.agent, '?view=mine'))).toEqual([leave]);
    const breaching = await queue(cast.agent, '?view=breaching-soon');
    expect(ids(breaching)).toEqual([letter]);
    expect(breaching.tickets[0]!.breachingSoon).toBeTrue();
    // Paging.
    const page = await queue(cast.agent, '?view=team&pageSize=2&page=2');
    expect([page.total, ids(page)]).toEqual([3, [letter]]);

    // Closed tickets leave the queue and are found in "all" with the closed filter.
    await move(cast.agent, leave, 'closed');
    expect((await queue(cast.agent, '?view=team')).total).toBe(2);
    expect(ids(await queue(cast.agent, '?view=all&state=closed'))).toEqual([leave]);
    expect(ids(await queue(cast.agent, '?view=all&sort=age'))).toEqual([leave, pay, letter]);
    expect(ids(await queue(cast.agent, '?view=mine&state=closed'))).toEqual([leave]);
    expect((await cast.agent.get('/api/tickets/agent/queue?view=nope')).status).toBe(400);
  });

  it('lists every ticket in the all view in filing order, newest or oldest first, with the exact count', async () => {
    const back = server.clock.now();
    server.clock.set('2025-12-31T22:00:00Z');
    const old1 = await file(cast.employee, leaveQuestion('Leave left for last year?'));
    server.clock.advance({ minutes: 5 });
    const old2 = await file(cast.otherEmployee, leaveQuestion('Can I carry leave over?'));
    server.clock.set(back);
    const new1 = await file(cast.employee, leaveQuestion('How much leave is left?'));
    server.clock.advance({ minutes: 5 });
    const secret = await file(cast.otherEmployee, misconductReport());
    await cast.admin.sendWithXsrf('post', agentUrl(secret, 'assign'), { mode: 'colleague', assigneeId: cast.otherAgentId });
    server.clock.advance({ minutes: 5 });
    // Two in the same millisecond: the old order puts the lower reference first.
    const [new2, new3] = [await file(cast.employee, leaveQuestion('Leave in May?')), await file(cast.otherEmployee, leaveQuestion('Leave in June?'))];

    const agentNewest = [new2, new3, new1, old2, old1];
    expect(ids(await queue(cast.agent, '?view=all'))).toEqual(agentNewest);
    const first = await queue(cast.agent, '?view=all&pageSize=2');
    expect([first.total, ids(first)]).toEqual([5, [new2, new3]]);
    const second = await queue(cast.agent, '?view=all&pageSize=2&page=2');
    expect([second.total, ids(second)]).toEqual([5, [new1, old2]]);
    expect(await queue(cast.agent, '?view=all&pageSize=2&page=3')).toEqual(
      jasmine.objectContaining({ total: 5, tickets: [jasmine.objectContaining({ id: old1 })] }),
    );
    expect(ids(await queue(cast.agent, '?view=all&sort=age'))).toEqual([old1, old2, new1, new2, new3]);
    expect(ids(await queue(cast.agent, '?view=all&sort=age&pageSize=2&page=2'))).toEqual([new1, new2]);

    // The confidential ticket: its assignee and the HR admin see it, Priya does not.
    expect(ids(await queue(cast.otherAgent, '?view=all'))).toEqual([new2, new3, secret, new1, old2, old1]);
    expect(ids(await queue(cast.admin, '?view=all'))).toEqual([new2, new3, secret, new1, old2, old1]);
    expect(ids(await queue(cast.admin, '?view=all&sort=age&pageSize=4&page=1'))).toEqual([old1, old2, new1, secret]);
    expect((await queue(cast.admin, '?view=all&pageSize=4&page=2')).total).toBe(6);

    const filtered = await queue(cast.agent, '?view=all&category=time-off');
    expect([filtered.total, ids(filtered)]).toEqual([5, agentNewest]);
    expect(ids(await queue(cast.agent, '?view=all&category=time-off&sort=age'))).toEqual([old1, old2, new1, new2, new3]);
    expect(ids(await queue(cast.admin, '?view=all&category=conduct'))).toEqual([secret]);
  });

  it('searches the whole history by reference or words of the subject without reading every ticket, current on every instance', async () => {
    const august = await file(cast.employee, leaveQuestion('Días de vacaciones en agosto'));
    server.clock.advance({ minutes: 1 });
    const summer = await file(cast.otherEmployee, leaveQuestion('¿Cuántos DÍAS de VACACIONES me quedan?'));
    server.clock.advance({ minutes: 1 });
    const pay = await file(cast.employee, {
      requestTypeId: 'payroll-question',
      question: 'Missing pay in February',
      answers: { payPeriod: '2026-02-01', topic: 'missing-pay', details: 'Nothing arrived.' },
    });
    await move(cast.admin, summer, 'closed');
    const find = spyOn(TicketModel, 'find').and.callThrough();
    const count = spyOn(TicketModel, 'countDocuments').and.callThrough();

    // Case and accents do not matter: "dias" finds "Días" and "DÍAS".
    const days = await queue(cast.agent, '?view=all&q=dias');
    expect([days.total, ids(days)]).toEqual([2, [summer, august]]);
    expect(ids(await queue(cast.agent, `?view=all&q=${pay.toLowerCase()}`))).toEqual([pay]);
    expect(ids(await queue(cast.agent, `?view=all&q=${pay.slice(0, 8)}&sort=age`))).toEqual([august, summer, pay]);
    expect(ids(await queue(cast.agent, '?view=all&q=vacaciones&state=closed'))).toEqual([summer]);
    expect(ids(await queue(cast.agent, '?view=unassigned&state=closed&q=VACACIONES'))).toEqual([summer]);
    expect((await queue(cast.agent, '?view=all&q=nothing-like-this')).total).toBe(0);
    expect(find).withContext('no scan of tickets').not.toHaveBeenCalled();
    expect(count).not.toHaveBeenCalled();

    // Another instance, with its own index: what one changes, the other finds at once.
    const other = await startHelpDeskServer(server.clock);
    try {
      const priya = new SamlBrowser(other);
      await priya.signIn(await identityOf(personas.hrAgent.id, ['portico-hr-agents']));
      expect(ids(await queue(priya, '?view=all&q=vacaciones'))).toEqual([summer, august]);
      server.clock.advance({ minutes: 1 });
      const september = await file(cast.employee, leaveQuestion('Vacaciones en septiembre'));
      await move(cast.admin, august, 'closed');
      expect(ids(await queue(priya, '?view=all&q=vacaciones'))).toEqual([september, summer, august]);
      expect(ids(await queue(priya, '?view=all&q=vacaciones&state=closed'))).toEqual([summer, august]);
    } finally {
      await other.close();
    }
  });

  it('lists the colleagues a ticket can be given to', async () => {
    const response = await cast.agent.get('/api/tickets/agent/colleagues');
    expect(response.status).toBe(200);
    expect(response.body.colleagues).toContain({
      id: personas.hrAgent.id,
      displayName: 'Priya Nair',
      teamIds: ['benefits', 'employee-relations', 'payroll', 'people-ops'],
    });
  });
});

import { OutboxMessageModel } from '../../platform/mail/outbox-mailer';
import { type Cast, file, type HelpDeskServer, leaveQuestion, useHelpDesk, workEmailOf } from './help-desk.testing';
import { DeflectionModel, TicketMessageModel, TicketModel } from './ticket.models';
import { personas } from '../directory';
import { NotificationModel } from '../notifications';

/** A 1×1 PNG. */
const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');

describe('help desk: the employee\u2019s API', () => {
  let server: HelpDeskServer;
  let cast: Cast;

  const agentReply = (id: string, body: string, state?: string) =>
    cast.admin.sendWithXsrf('post', `/api/tickets/agent/tickets/${id}/messages`, { kind: 'reply', body, ...(state ? { state } : {}) });

  useHelpDesk(async (started, signedIn) => {
    server = started;
    cast = signedIn;
  });

  it('files a ticket with a reference, triage and the first line of the question as its subject, and lists it first', async () => {
    const first = await file(cast.employee, leaveQuestion('How many days of annual leave do I have left?\nI started in March.'));
    expect(first).toMatch(/^HR-2026-\d{5}$/);
    const second = await file(cast.employee, leaveQuestion('Can I carry over five days?'));
    expect(Number(second.slice(8))).toBeGreaterThan(Number(first.slice(8)));

    const mine = await cast.employee.get('/api/tickets');
    expect(mine.status).toBe(200);
    expect(mine.body.tickets.map((ticket: { id: string }) => ticket.id).slice(0, 2)).toEqual([second, first]);
    expect(mine.body.total).toBeGreaterThanOrEqual(2);

    const ticket = await cast.employee.get(`/api/tickets/${first}`);
    expect(ticket.status).toBe(200);
    expect(ticket.body).toEqual(
      jasmine.objectContaining({
        id: first,
        subject: 'How many days of annual leave do I have left?',
        state: 'new',
        category: 'time-off',
        requestTypeId: 'leave-question',
        teamId: 'people-ops',
        priority: 'normal',
        confidential: false,
        assignee: null,
        answers: { leaveType: 'annual-leave', details: 'I want to plan the summer.' },
        messages: [],
        actions: ['reply', 'close'],
      }),
    );
    expect(ticket.body.triage).toBeUndefined();

    // Paging: one per page, newest first.
    const page2 = await cast.employee.get('/api/tickets?page=2&pageSize=1');
    expect(page2.body.tickets.map((entry: { id: string }) => entry.id)).toEqual([first]);
    // Nobody else lists them.
    expect((await cast.otherEmployee.get('/api/tickets')).body.tickets.map((entry: { id: string }) => entry.id)).not.toContain(first);
  });

  it('refuses an unknown request type, answers that break the form, and files that are not one\u2019s uploads, naming each field', async () => {
    const unknown = await cast.employee.sendWithXsrf('post', '/api/tickets', leaveQuestion('Hello', { requestTypeId: 'no-such-type' }));
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors).toEqual([jasmine.objectContaining({ path: 'body.requestTypeId' })]);

    const badAnswers = await cast.employee.sendWithXsrf('post', '/api/tickets', {
      requestTypeId: 'leave-question',
      question: 'Hello',
      answers: { leaveType: 'moon-leave', from: 'tomorrow', extra: 'x' },
    });
    expect(badAnswers.status).toBe(400);
    expect(badAnswers.body.errors.map((error: { path: string }) => error.path).sort()).toEqual([
      'body.answers',
      'body.answers.details',
      'body.answers.from',
      'body.answers.leaveType',
    ]);

    const othersFile = await cast.otherEmployee.upload('/api/tickets/attachments?name=leave.png', png, 'image/png');
    expect(othersFile.status).toBe(201);
    const stolen = await cast.employee.sendWithXsrf('post', '/api/tickets', leaveQuestion('With a file', { attachmentIds: [othersFile.body.id, 'made-up'] }));
    expect(stolen.status).toBe(400);
    expect(stolen.body.errors.map((error: { path: string }) => error.path)).toEqual(['body.attachmentIds.0', 'body.attachmentIds.1']);
    expect(await TicketModel.countDocuments({ question: 'With a file' })).toBe(0);
  });

  it('attaches uploaded files, which only those who may see the ticket download, as attachments', async () => {
    const upload = await cast.employee.upload('/api/tickets/attachments?name=calendar.png', png, 'image/png');
    expect(upload.status).toBe(201);
    expect(upload.body).toEqual({ id: jasmine.any(String), name: 'calendar.png', type: 'image/png', size: png.length });
    const refused = await cast.employee.upload('/api/tickets/attachments?name=letter.pdf', '<html><script>alert(1)</script></html>', 'application/pdf');
    expect(refused.status).toBe(415);

    const id = await file(cast.employee, leaveQuestion('My calendar is attached', { attachmentIds: [upload.body.id] }));
    const download = await cast.employee.get(`/api/tickets/${id}/attachments/${upload.body.id}`);
    expect(download.status).toBe(200);
    expect(download.headers['content-disposition']).toMatch(/^attachment; filename="?calendar\.png/);
    expect(download.headers['x-content-type-options']).toBe('nosniff');
    expect((await cast.agent.get(`/api/tickets/agent/tickets/${id}/attachments/${upload.body.id}`)).status).toBe(200);
    expect((await cast.otherEmployee.get(`/api/tickets/${id}/attachments/${upload.body.id}`)).status).toBe(404);
    // Both sides see it listed by the name it was uploaded with.
    const listed = [{ id: upload.body.id, name: 'calendar.png', type: 'image/png', size: png.length }];
    expect((await cast.employee.get(`/api/tickets/${id}`)).body.files).toEqual(listed);
    expect((await cast.agent.get(`/api/tickets/agent/tickets/${id}`)).body.files).toEqual(listed);
    // Used once: the same upload cannot go on another ticket.
    const again = await cast.employee.sendWithXsrf('post', '/api/tickets', leaveQuestion('Again', { attachmentIds: [upload.body.id] }));
    expect(again.status).toBe(400);
  });

  it('tells the requester it arrived, in the portal and by email', async () => {
    const id = await file(cast.employee, leaveQuestion('Is Easter Monday a holiday in Madrid?'));
    const notification = await NotificationModel.findById(`ticket.received:${id}`).lean();
    expect(notification).toEqual(jasmine.objectContaining({ employeeId: personas.employee.id, type: 'ticket.received', link: `/help/requests/${id}` }));
    expect(Object.fromEntries(Object.entries(notification!.params ?? {}))).toEqual({ reference: id, title: 'Is Easter Monday a holiday in Madrid?' });
    const mail = await OutboxMessageModel.findOne({ to: await workEmailOf(personas.employee.id), kind: 'ticket.received', subject: new RegExp(id) }).lean();
    expect(mail?.subject).toBe(`[${id}] We have received your request: Is Easter Monday a holiday in Madrid?`);
    expect(mail?.link).toBe(`${server.url}/help/requests/${id}`);
  });

  it('reopens on the requester\u2019s reply: waiting on the employee becomes open again; HR\u2019s reply reaches the requester', async () => {
    const id = await file(cast.employee, leaveQuestion('Can I take unpaid leave in August?'));
    const asked = await agentReply(id, 'Which dates exactly?', 'waiting_on_employee');
    expect(asked.status).withContext(JSON.stringify(asked.body)).toBe(201);
    expect(asked.body.state).toBe('waiting_on_employee');
    expect(await NotificationModel.exists({ _id: `ticket.replied:${id}:1` })).toBeTruthy();

    const reply = await cast.employee.sendWithXsrf('post', `/api/tickets/${id}/replies`, { body: 'From 1 to 15 August.' });
    expect(reply.status).toBe(201);
    expect(reply.body.state).toBe('open');
    expect(
      reply.body.messages.map((message: { kind: string; body: string; author: { side: string } | null }) => [
        message.kind,
        message.author?.side ?? null,
        message.body,
      ]),
    ).toEqual([
      ['reply', 'hr', 'Which dates exactly?'],
      ['event', 'hr', ''],
      ['reply', 'requester', 'From 1 to 15 August.'],
      ['event', 'requester', ''],
    ]);
    expect(reply.body.messages[1].event).toEqual({ key: 'ticket.event.state', params: { from: 'new', to: 'waiting_on_employee' } });
    expect(reply.body.messages[3].event).toEqual({ key: 'ticket.event.state', params: { from: 'waiting_on_employee', to: 'open' } });
    expect(reply.body.firstResponseAt).not.toBeNull();
  });

  it('never shows internal notes, their files, or internal events to the requester', async () => {
    const id = await file(cast.employee, leaveQuestion('Do I get extra days for moving house?'));
    const upload = await cast.agent.upload('/api/tickets/attachments?name=notes.txt', 'internal working notes', 'text/plain');
    expect(upload.status).toBe(201);
    expect((await cast.agent.sendWithXsrf('post', `/api/tickets/agent/tickets/${id}/assign`, { mode: 'self' })).status).toBe(200);
    const note = await cast.agent.sendWithXsrf('post', `/api/tickets/agent/tickets/${id}/messages`, {
      kind: 'note',
      body: 'Check the collective agreement first.',
      attachmentIds: [upload.body.id],
    });
    expect(note.status).withContext(JSON.stringify(note.body)).toBe(201);
    expect(note.body.messages.map((message: { kind: string }) => message.kind)).toEqual(['event', 'note']);

    const seen = await cast.employee.get(`/api/tickets/${id}`);
    expect(seen.body.messages).toEqual([]);
    expect(JSON.stringify(seen.body)).not.toContain('collective agreement');
    expect(seen.body.files).toEqual([]);
    expect((await cast.agent.get(`/api/tickets/agent/tickets/${id}`)).body.files.map((listed: { name: string }) => listed.name)).toEqual(['notes.txt']);
    expect((await cast.employee.get(`/api/tickets/${id}/attachments/${upload.body.id}`)).status).toBe(404);
    expect((await cast.agent.get(`/api/tickets/agent/tickets/${id}/attachments/${upload.body.id}`)).status).toBe(200);
    // A note tells nobody.
    expect(await NotificationModel.countDocuments({ employeeId: personas.employee.id, type: 'ticket.replied', link: `/help/requests/${id}` })).toBe(0);
  });

  it('closes and reopens within 14 days of the resolution; later a reopen or a reply is refused with a clear message', async () => {
    const id = await file(cast.employee, leaveQuestion('How do I book parental leave?'));
    const resolved = await agentReply(id, 'Book it in the leave tool, then tell your manager.', 'resolved');
    expect(resolved.body.state).toBe('resolved');
    expect(await NotificationModel.exists({ _id: `ticket.resolved:${id}:1` })).toBeTruthy();
    expect(await OutboxMessageModel.exists({ kind: 'ticket.resolved', subject: new RegExp(id) })).toBeTruthy();
    // Resolving with a reply is one message to the requester, not two.
    expect(await NotificationModel.countDocuments({ type: 'ticket.replied', link: `/help/requests/${id}` })).toBe(0);

    const closed = await cast.employee.sendWithXsrf('post', `/api/tickets/${id}/close`);
    expect(closed.status).toBe(200);
    expect(closed.body.state).toBe('closed');
    expect(closed.body.actions).toEqual(jasmine.arrayContaining(['reply', 'reopen', 'rate']));

    server.clock.advance({ days: 13 });
    const reopened = await cast.employee.sendWithXsrf('post', `/api/tickets/${id}/reopen`);
    expect(reopened.status).toBe(200);
    expect(reopened.body.state).toBe('open');

    expect((await agentReply(id, 'Done: it is booked.', 'resolved')).body.state).toBe('resolved');
    expect((await cast.employee.sendWithXsrf('post', `/api/tickets/${id}/close`)).status).toBe(200);
    server.clock.advance({ days: 14, hours: 1 });
    const late = await cast.employee.sendWithXsrf('post', `/api/tickets/${id}/reopen`);
    expect(late.status).toBe(409);
    expect(late.body).toEqual(
      jasmine.objectContaining({ code: 'reopen_window_passed', detail: 'This request was closed more than 14 days ago; please open a new one.' }),
    );
    const lateReply = await cast.employee.sendWithXsrf('post', `/api/tickets/${id}/replies`, { body: 'One more thing' });
    expect(lateReply.status).toBe(409);
    expect(lateReply.body.detail).toBe('This request was closed more than 14 days ago; please open a new one.');
    const after = await cast.employee.get(`/api/tickets/${id}`);
    expect(after.body.actions).toEqual(['rate']);
    expect(await TicketMessageModel.countDocuments({ ticketId: id, body: 'One more thing' })).toBe(0);
  });

  it('takes one rating per resolution (1 to 5, with a comment), none before a resolution', async () => {
    const id = await file(cast.employee, leaveQuestion('What is the notice for a sabbatical?'));
    const early = await cast.employee.sendWithXsrf('post', `/api/tickets/${id}/rating`, { rating: 5 });
    expect(early.status).toBe(409);
    expect(early.body.code).toBe('not_resolved');

    await agentReply(id, 'Three months.', 'resolved');
    expect((await cast.employee.sendWithXsrf('post', `/api/tickets/${id}/rating`, { rating: 6 })).status).toBe(400);
    const [rated, twice] = await Promise.all([
      cast.employee.sendWithXsrf('post', `/api/tickets/${id}/rating`, { rating: 4, comment: 'Quick, thanks.' }),
      cast.employee.sendWithXsrf('post', `/api/tickets/${id}/rating`, { rating: 1 }),
    ]);
    expect([rated.status, twice.status].sort()).toEqual([200, 409]);
    const ticket = await cast.employee.get(`/api/tickets/${id}`);
    expect(ticket.body.csat).toEqual([jasmine.objectContaining({ resolution: 1 })]);
    expect(ticket.body.actions).not.toContain('rate');

    // Reopened and resolved again: a second resolution, a second rating.
    await cast.employee.sendWithXsrf('post', `/api/tickets/${id}/reopen`);
    await agentReply(id, 'Correction: three months, in writing.', 'resolved');
    const second = await cast.employee.sendWithXsrf('post', `/api/tickets/${id}/rating`, { rating: 5, comment: '' });
    expect(second.status).toBe(200);
    expect(second.body.csat.map((entry: { resolution: number }) => entry.resolution)).toEqual([1, 2]);
  });

  it('refuses a requester\u2019s actions on anyone else\u2019s ticket as not found, and to people without a ticket of theirs', async () => {
    const id = await file(cast.employee, leaveQuestion('Private question about my leave'));
    for (const browser of [cast.otherEmployee, cast.manager, cast.agent]) {
      expect((await browser.get(`/api/tickets/${id}`)).status).toBe(404);
      expect((await browser.sendWithXsrf('post', `/api/tickets/${id}/replies`, { body: 'hi' })).status).toBe(404);
      expect((await browser.sendWithXsrf('post', `/api/tickets/${id}/close`)).status).toBe(404);
      expect((await browser.sendWithXsrf('post', `/api/tickets/${id}/rating`, { rating: 1 })).status).toBe(404);
    }
    expect((await cast.employee.get('/api/tickets/not-a-reference')).status).toBe(400);
    expect((await cast.employee.get('/api/tickets/HR-2026-99999')).status).toBe(404);
    // The catalogue still answers at its own address.
    expect((await cast.employee.get('/api/tickets/catalogue')).status).toBe(200);
  });

  it('records a deflection without the person', async () => {
    const response = await cast.employee.sendWithXsrf('post', '/api/tickets/deflections', { query: 'How Many Holidays', articleSlug: 'annual-leave' });
    expect(response.status).toBe(204);
    const stored = await DeflectionModel.findOne({ articleSlug: 'annual-leave' }).lean();
    expect(stored).toEqual(jasmine.objectContaining({ query: 'how many holidays', articleSlug: 'annual-leave' }));
    expect(JSON.stringify(stored)).not.toContain(personas.employee.id);
  });

  it('counts the limit over any sixty minutes, not the clock hour: ten from 13:39 leave room for none at 14:00, one at 14:39', async () => {
    for (let index = 0; index < 10; index++) {
      server.clock.set(`2026-03-03T13:${39 + index}:00Z`);
      await file(cast.otherEmployee, leaveQuestion(`Before the hour ${index}`));
    }
    server.clock.set('2026-03-03T14:00:00Z');
    const refused = await cast.otherEmployee.sendWithXsrf('post', '/api/tickets', leaveQuestion('After the hour'));
    expect(refused.status).toBe(429);
    expect(refused.body.code).toBe('too_many_tickets');
    expect(refused.headers['retry-after'])
      .withContext('the first of the ten leaves the hour at 14:39')
      .toBe(String(39 * 60));
    expect(refused.body.detail).toContain('39 minutes');
    server.clock.set('2026-03-03T14:38:59Z');
    expect((await cast.otherEmployee.sendWithXsrf('post', '/api/tickets', leaveQuestion('Almost'))).headers['retry-after']).toBe('1');
    server.clock.set('2026-03-03T14:39:00Z');
    expect((await cast.otherEmployee.sendWithXsrf('post', '/api/tickets', leaveQuestion('Now'))).status).toBe(201);
    const next = await cast.otherEmployee.sendWithXsrf('post', '/api/tickets', leaveQuestion('And one more'));
    expect([next.status, next.headers['retry-after']]).withContext('the second left at 13:40').toEqual([429, '60']);
  });

  it('limits ticket creation to 10 an hour per person (429 with Retry-After), not for others, and again the next hour', async () => {
    server.clock.advance({ hours: 1 });
    const attempts = await Promise.all(
      Array.from({ length: 12 }, (_, index) => cast.otherEmployee.sendWithXsrf('post', '/api/tickets', leaveQuestion(`Question number ${index}`))),
    );
    const statuses = attempts.map((response) => response.status).sort();
    expect(statuses).toEqual([...Array<number>(10).fill(201), 429, 429]);
    const refused = attempts.find((response) => response.status === 429)!;
    expect(refused.body.code).toBe('too_many_tickets');
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect(Number(refused.headers['retry-after'])).toBeLessThanOrEqual(3600);
    // Parallel creations never share a reference.
    const references = attempts.filter((response) => response.status === 201).map((response) => response.body.id);
    expect(new Set(references).size).toBe(10);

    expect((await cast.employee.sendWithXsrf('post', '/api/tickets', leaveQuestion('Someone else'))).status).toBe(201);
    server.clock.advance({ hours: 1 });
    expect((await cast.otherEmployee.sendWithXsrf('post', '/api/tickets', leaveQuestion('An hour later'))).status).toBe(201);
  });
});

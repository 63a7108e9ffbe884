import { OutboxMessageModel } from '../../platform/mail/outbox-mailer';
import type { SamlBrowser } from '../../test/saml-browser';
import { type Cast, file, misconductReport, useHelpDesk, workEmailOf } from './help-desk.testing';
import { personas } from '../directory';
import { NotificationModel } from '../notifications';

/** Issue 5 §7: a confidential ticket exists only for its requester, HR admins and the agent it is assigned to. */
describe('help desk: confidential tickets', () => {
  let cast: Cast;
  let ticket: string;
  let evidence: string;
  let noteFile: string;

  /** Whether a ticket appears in anything a browser can list, count or search, on either side. */
  async function tracesOf(browser: SamlBrowser, id: string): Promise<string[]> {
    const traces: string[] = [];
    const mine = await browser.get('/api/tickets?pageSize=50');
    if (JSON.stringify(mine.body).includes(id)) traces.push('my tickets');
    const views = ['mine', 'unassigned', 'team', 'breaching-soon', 'waiting', 'confidential', 'all'];
    for (const view of views) {
      for (const query of [`?view=${view}`, `?view=${view}&q=${id}`, `?view=${view}&q=harassment`, `?view=${view}&state=closed`]) {
        const response = await browser.get(`/api/tickets/agent/queue${query}`);
        if (response.status === 200 && JSON.stringify(response.body.tickets).includes(id)) traces.push(`queue ${query}`);
      }
    }
    return traces;
  }

  async function counts(browser: SamlBrowser): Promise<Record<string, number>> {
    return (await browser.get('/api/tickets/agent/queue')).body.counts;
  }

  async function refusedEverywhere(browser: SamlBrowser, who: string): Promise<void> {
    const calls: [string, () => Promise<{ status: number }>][] = [
      ['get', () => browser.get(`/api/tickets/${ticket}`)],
      ['get older messages', () => browser.get(`/api/tickets/${ticket}?before=3`)],
      ['reply', () => browser.sendWithXsrf('post', `/api/tickets/${ticket}/replies`, { body: 'hello' })],
      ['attachment', () => browser.get(`/api/tickets/${ticket}/attachments/${evidence}`)],
      ['agent get', () => browser.get(`/api/tickets/agent/tickets/${ticket}`)],
      ['agent older messages', () => browser.get(`/api/tickets/agent/tickets/${ticket}?before=3`)],
      ['agent attachment', () => browser.get(`/api/tickets/agent/tickets/${ticket}/attachments/${evidence}`)],
      ['agent note file', () => browser.get(`/api/tickets/agent/tickets/${ticket}/attachments/${noteFile}`)],
      ['assign', () => browser.sendWithXsrf('post', `/api/tickets/agent/tickets/${ticket}/assign`, { mode: 'self' })],
      ['message', () => browser.sendWithXsrf('post', `/api/tickets/agent/tickets/${ticket}/messages`, { kind: 'note', body: 'x' })],
      ['state', () => browser.sendWithXsrf('post', `/api/tickets/agent/tickets/${ticket}/state`, { state: 'closed' })],
      ['triage', () => browser.sendWithXsrf('post', `/api/tickets/agent/tickets/${ticket}/triage`, { priority: 'low', teamId: 'payroll', reason: 'x' })],
      ['merge', () => browser.sendWithXsrf('post', `/api/tickets/agent/tickets/${ticket}/merge`, { intoId: ticket })],
    ];
    for (const [name, call] of calls) {
      const { status } = await call();
      // Agents' routes are 403 for those without tickets.work; for agents, the ticket does not exist.
      expect([404, ...(name.startsWith('agent') || ['assign', 'message', 'state', 'triage', 'merge'].includes(name) ? [403] : [])])
        .withContext(`${who}: ${name}`)
        .toContain(status);
      if (who === 'another agent') expect(status).withContext(`${who}: ${name}`).toBe(404);
    }
    expect(await tracesOf(browser, ticket))
      .withContext(who)
      .toEqual([]);
  }

  useHelpDesk(async (_server, signedIn) => {
    cast = signedIn;
    const upload = await cast.employee.upload('/api/tickets/attachments?name=screenshot.txt', 'what was said', 'text/plain');
    evidence = upload.body.id;
    ticket = await file(cast.employee, { ...misconductReport(), answers: { ...misconductReport().answers, evidence: [evidence] } });
    await cast.employee.sendWithXsrf('post', `/api/tickets/${ticket}/replies`, { body: 'One more detail about the harassment.' });
    await cast.admin.sendWithXsrf('post', `/api/tickets/agent/tickets/${ticket}/assign`, { mode: 'colleague', assigneeId: personas.hrAgent.id });
    const upload2 = await cast.agent.upload('/api/tickets/attachments?name=interview.txt', 'interview notes', 'text/plain');
    noteFile = upload2.body.id;
    const note = await cast.agent.sendWithXsrf('post', `/api/tickets/agent/tickets/${ticket}/messages`, {
      kind: 'note',
      body: 'Spoke to the witness.',
      attachmentIds: [noteFile],
    });
    expect(note.status).withContext(JSON.stringify(note.body)).toBe(201);
    await cast.agent.sendWithXsrf('post', `/api/tickets/agent/tickets/${ticket}/messages`, { kind: 'reply', body: 'We are looking into it.' });
  });

  it('is confidential from its request type, and triaged as such', async () => {
    const seen = await cast.admin.get(`/api/tickets/agent/tickets/${ticket}`);
    expect(seen.body).toEqual(jasmine.objectContaining({ confidential: true, teamId: 'employee-relations', priority: 'high' }));
    expect(seen.body.triage.severity).toBe('high');
  });

  it('is seen by its requester (without notes), the HR admin and the assigned agent', async () => {
    const requester = await cast.employee.get(`/api/tickets/${ticket}`);
    expect(requester.status).toBe(200);
    // (A later spec of this file may add the requester's "Thank you.")
    expect(requester.body.messages.map((message: { kind: string }) => message.kind).slice(0, 3)).toEqual(['reply', 'reply', 'event']);
    expect(requester.body.messages.some((message: { kind: string }) => message.kind === 'note')).toBeFalse();
    expect(JSON.stringify(requester.body)).not.toContain('witness');
    expect((await cast.employee.get(`/api/tickets/${ticket}/attachments/${evidence}`)).status).toBe(200);
    expect((await cast.employee.get(`/api/tickets/${ticket}/attachments/${noteFile}`)).status).toBe(404);
    expect(await tracesOf(cast.employee, ticket)).toEqual(['my tickets']);

    for (const browser of [cast.admin, cast.agent]) {
      const response = await browser.get(`/api/tickets/agent/tickets/${ticket}`);
      expect(response.status).toBe(200);
      expect(response.body.messages.some((message: { kind: string }) => message.kind === 'note')).toBeTrue();
      expect((await browser.get(`/api/tickets/agent/tickets/${ticket}/attachments/${noteFile}`)).status).toBe(200);
      expect(await tracesOf(browser, ticket)).toContain('queue ?view=confidential');
      expect((await counts(browser))['confidential']).toBe(1);
    }
  });

  it('is not found by another agent, a manager or another employee, and appears in none of their lists, searches or counts', async () => {
    await refusedEverywhere(cast.otherAgent, 'another agent');
    await refusedEverywhere(cast.manager, 'a manager');
    await refusedEverywhere(cast.otherEmployee, 'another employee');
    const otherCounts = await counts(cast.otherAgent);
    expect(Object.values(otherCounts).reduce((sum, count) => sum + count, 0)).toBe(0);
  });

  it('leaves the agent\u2019s sight when it is given to someone else, and the requester\u2019s reply reaches only the assignee', async () => {
    await cast.admin.sendWithXsrf('post', `/api/tickets/agent/tickets/${ticket}/assign`, { mode: 'colleague', assigneeId: cast.otherAgentId });
    expect((await cast.agent.get(`/api/tickets/agent/tickets/${ticket}`)).status).toBe(404);
    expect(await tracesOf(cast.agent, ticket)).toEqual([]);
    expect((await cast.otherAgent.get(`/api/tickets/agent/tickets/${ticket}`)).status).toBe(200);

    await cast.employee.sendWithXsrf('post', `/api/tickets/${ticket}/replies`, { body: 'Thank you.' });
    const toAssignee = await NotificationModel.find({ type: 'ticket.requester_replied', link: `/hr/tickets/${ticket}` }).lean();
    expect(toAssignee.map((notification) => notification.employeeId)).toEqual([cast.otherAgentId]);
    // Back to Priya for the other specs' order not to matter.
    await cast.admin.sendWithXsrf('post', `/api/tickets/agent/tickets/${ticket}/assign`, { mode: 'colleague', assigneeId: personas.hrAgent.id });
  });

  it('tells people only its reference, in the portal and by email', async () => {
    const notifications = await NotificationModel.find({ link: { $in: [`/help/requests/${ticket}`, `/hr/tickets/${ticket}`] } }).lean();
    expect(notifications.length).toBeGreaterThanOrEqual(3);
    for (const notification of notifications) {
      expect(Object.fromEntries(Object.entries(notification.params ?? {})))
        .withContext(notification.type)
        .toEqual({ reference: ticket });
    }
    const mails = await OutboxMessageModel.find({ to: await workEmailOf(personas.employee.id), subject: new RegExp(ticket) }).lean();
    expect(mails.map((mail) => mail.kind).sort()).toEqual(['ticket.received', 'ticket.replied']);
    for (const mail of mails) {
      expect(`${mail.subject}\n${mail.text}\n${mail.html}`).not.toMatch(/harass|looking into it|team meeting/i);
    }
  });
});

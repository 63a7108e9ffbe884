import { type Cast, file, leaveQuestion, misconductReport, useHelpDesk } from './help-desk.testing';
import { AuditEventModel } from '../audit';
import { HandbookArticleModel } from '../handbook/testing';

describe('help desk: an HR reply turned into a handbook draft', () => {
  let cast: Cast;
  const created: string[] = [];

  const agentUrl = (id: string, action: string) => `/api/tickets/agent/tickets/${id}/${action}`;
  const draft = (browser: Cast['admin'], id: string, body: object) => browser.sendWithXsrf('post', agentUrl(id, 'handbook-draft'), body);

  /** A leave question: the assignment (1), a note (2), HR's reply (3), which opens it (4). */
  async function answered(): Promise<string> {
    const id = await file(cast.employee, leaveQuestion());
    await cast.admin.sendWithXsrf('post', agentUrl(id, 'assign'), { mode: 'self' });
    await cast.admin.sendWithXsrf('post', agentUrl(id, 'messages'), { kind: 'note', body: 'Checked her balance in the HR system.' });
    const reply = await cast.admin.sendWithXsrf('post', agentUrl(id, 'messages'), {
      kind: 'reply',
      body: 'You carry over up to 5 days into the next year.\n\nAsk your manager before March.',
    });
    expect(reply.status).toBe(201);
    return id;
  }

  useHelpDesk(
    async (_server, signedIn) => {
      cast = signedIn;
    },
    { clearEach: true },
  );

  afterAll(async () => {
    await HandbookArticleModel.deleteMany({ _id: { $in: created } });
  });

  it('creates a draft whose text is the reply, and records who did it', async () => {
    const id = await answered();
    const response = await draft(cast.admin, id, { messageNumber: 3, title: 'Carrying over annual leave', language: 'en' });
    expect(response.status).withContext(JSON.stringify(response.body)).toBe(201);
    expect(response.body).toEqual({ slug: jasmine.stringMatching(/^carrying-over-annual-leave/), language: 'en' });
    created.push(response.body.slug);

    const article = await cast.admin.get(`/api/handbook/manage/articles/${response.body.slug}`);
    expect(article.body.status).toBe('draft');
    const english = article.body.variants.find((variant: { language: string }) => variant.language === 'en');
    expect(english.title).toBe('Carrying over annual leave');
    expect(english.markdown).toBe('# Carrying over annual leave\n\nYou carry over up to 5 days into the next year.\n\nAsk your manager before March.\n');
    expect(english.markdown).not.toContain(id);

    const audit = await AuditEventModel.findOne({ type: 'tickets.handbook_draft_created', 'details.slug': response.body.slug }).lean();
    expect(audit?.details).toEqual({ ticketId: id, messageNumber: 3, slug: response.body.slug, language: 'en' });
  });

  it('takes only an HR reply: not a note, an event or the requester\u2019s words', async () => {
    const id = await answered();
    await cast.employee.sendWithXsrf('post', `/api/tickets/${id}/replies`, { body: 'Thanks, and what about sick days?' });
    for (const messageNumber of [1, 2, 4, 5, 99]) {
      const response = await draft(cast.admin, id, { messageNumber, title: 'Leave', language: 'en' });
      expect(response.status).withContext(`message ${messageNumber}`).toBe(400);
      expect(response.body.errors[0].path).toBe('body.messageNumber');
    }
  });

  it('is for those who write the handbook, and never for a confidential ticket', async () => {
    const id = await answered();
    expect((await draft(cast.agent, id, { messageNumber: 3, title: 'Leave', language: 'en' })).status).toBe(403);
    expect((await draft(cast.employee, id, { messageNumber: 3, title: 'Leave', language: 'en' })).status).toBe(403);

    const confidential = await file(cast.employee, misconductReport());
    await cast.admin.sendWithXsrf('post', agentUrl(confidential, 'messages'), { kind: 'reply', body: 'We will call you today.' });
    const refused = await draft(cast.admin, confidential, { messageNumber: 1, title: 'Harassment', language: 'en' });
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('ticket_confidential');
    expect((await draft(cast.admin, 'HR-2026-99999', { messageNumber: 1, title: 'Nothing', language: 'en' })).status).toBe(404);
  });
});

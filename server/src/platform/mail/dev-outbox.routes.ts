import express, { type Response, type Router } from 'express';
import { fieldIssues } from '@portico/shared/platform/field-issues';
import { z } from 'zod';

import type { Config } from '../../config/config';
import { HttpProblem, notFound, validationFailed } from '../errors';
import type { ApiRouter, RouteGuard } from '../http/api-router';
import type { Mailer } from './mailer';
import { OutboxMailer, type OutboxMessage } from './outbox-mailer';

const OutboxQuery = z.strictObject({
  to: z.string().max(320).optional(),
  kind: z.string().max(64).optional(),
});

const escape = (text: string) => text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);

function messageHtml(message: OutboxMessage): string {
  return `<article>
<h2>${escape(message.subject)}</h2>
<dl>
<dt>To</dt><dd>${escape(message.to)}</dd>
<dt>Kind</dt><dd><code>${escape(message.kind)}</code></dd>
<dt>Language</dt><dd>${escape(message.language)}</dd>
<dt>Time</dt><dd><time datetime="${message.createdAt.toISOString()}">${escape(message.createdAt.toISOString().replace('T', ' ').slice(0, 19))} UTC</time></dd>
<dt>Link</dt><dd><a href="${escape(message.link)}">${escape(message.link)}</a></dd>
</dl>
<pre>${escape(message.text)}</pre>
</article>`;
}

function page(response: Response, messages: OutboxMessage[]): void {
  const nonce = String(response.locals['cspNonce']);
  response.type('html').setHeader('Cache-Control', 'no-store')
    .send(`<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Outbox · Development</title><link rel="icon" type="image/svg+xml" href="/favicon.svg">
<style nonce="${nonce}">
body{font:16px/1.5 system-ui,sans-serif;margin:0;background:#fff8e1;color:#1f1b16}
main{max-width:48rem;margin:0 auto;padding:1.5rem 1rem}
.banner{background:#7a5900;color:#fff;padding:.5rem 1rem;font-weight:600}
article{background:#fff;border:1px solid #c9b27c;border-radius:12px;padding:1rem;margin:1rem 0}
h2{font-size:1.1rem;margin:0 0 .5rem;overflow-wrap:anywhere}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.1rem .75rem;margin:0 0 .75rem}
dt{font-weight:600;color:#5c4f3b}dd{margin:0;overflow-wrap:anywhere}
pre{white-space:pre-wrap;overflow-wrap:anywhere;background:#fbf6ea;padding:.75rem;border-radius:8px;margin:0;font:14px/1.45 ui-monospace,monospace}
a{color:#5c3f00}
</style></head>
<body><div class="banner" role="note">Development outbox: the mail Portico would have sent. SMTP is not configured, so nothing left this machine.</div>
<main><h1>Outbox</h1>
<p>${messages.length ? `The latest ${messages.length} message${messages.length === 1 ? '' : 's'}, newest first.` : 'No mail yet.'} For tests: <a href="/api/dev/outbox">/api/dev/outbox</a> (JSON, <code>?to=</code> and <code>?kind=</code> filter).</p>
${messages.map(messageHtml).join('\n')}
</main></body></html>`);
}

const readOutbox = { action: 'settings.manage' } as const;

const OutboxListSchema = z
  .object({
    messages: z.array(
      z.object({
        id: z.string(),
        to: z.string(),
        subject: z.string(),
        kind: z.string(),
        language: z.string(),
        link: z.string(),
        text: z.string(),
        html: z.string().optional(),
        createdAt: z.string(),
      }),
    ),
  })
  .meta({ id: 'DevOutbox' });

/**
 * The development outbox: `GET /dev/outbox` (a page) and `GET /api/dev/outbox` (JSON, for
 * end-to-end tests) list the latest 100 messages kept by the outbox mailer, to a signed-in
 * HR admin only (the messages tell who filed what, confidential tickets included). Only
 * while the outbox is in use and never in production: otherwise both answer 404, the page
 * ahead of the web client, which would otherwise serve its own page for `/dev/outbox`. No
 * script on the page; its styles carry the response's CSP nonce. The page's path needs the
 * session stack (app.ts); signed out, it sends the browser to sign in and back.
 */
export function devOutboxRoutes(api: ApiRouter, guard: RouteGuard, mailer: Mailer, environment: Config['environment']): Router {
  const router = express.Router();
  const outbox = mailer instanceof OutboxMailer && environment !== 'production' ? mailer : undefined;
  if (!outbox) {
    router.get('/dev/outbox', () => {
      throw notFound();
    });
    return router;
  }

  api.get(
    '/dev/outbox',
    {
      summary: 'The development outbox: mail Portico would have sent (not in production)',
      tags: ['development'],
      access: readOutbox,
      request: { query: OutboxQuery },
      response: { description: 'The latest 100 messages, newest first', schema: OutboxListSchema },
    },
    async ({ query }) => {
      const list = await outbox.latest({ limit: 100, ...query });
      return {
        messages: list.map(({ id, to, subject, kind, language, link, text, html, createdAt }) => ({
          id,
          to,
          subject,
          kind,
          language,
          link,
          text,
          html,
          createdAt: createdAt.toISOString(),
        })),
      };
    },
  );

  router.get('/dev/outbox', async (request, response) => {
    try {
      await guard(request, response, readOutbox);
    } catch (error) {
      if (!(error instanceof HttpProblem && error.status === 401)) throw error;
      response.redirect(303, `/auth/login?returnTo=${encodeURIComponent(request.originalUrl)}`);
      return;
    }
    const parsed = OutboxQuery.safeParse(request.query);
    if (!parsed.success) throw validationFailed(fieldIssues(parsed.error.issues, ['query']));
    page(response, await outbox.latest({ limit: 100, ...parsed.data }));
  });

  return router;
}

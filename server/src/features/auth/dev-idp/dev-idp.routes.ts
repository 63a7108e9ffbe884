import express, { type Request, type Response, type Router } from 'express';

import type { AuthConfig } from '../../../config/config';
import type { DevIdentity, DevIdentityProvider } from './dev-identity-provider';
import { DepartmentModel, EmployeeModel, personas } from '../../directory';

/** Someone the company's IdP knows but HR's directory does not: shows that page. */
const OUTSIDER: DevIdentity = { email: 'visitor@lumenworks.example', displayName: 'Val Visitor', groups: [] };
/** Whom the development IdP puts in the handbook editors' group (a title of the demo company's marketing team). */
const handbookEditorTitle = 'Content Strategist';

/** The signed part of a redirect-binding query, in the order the SAML bindings spec fixes. */
export function signedOctets(rawQuery: string): string {
  const parts = rawQuery.split('&');
  return ['SAMLRequest', 'SAMLResponse', 'RelayState', 'SigAlg']
    .map((name) => parts.find((part) => part.startsWith(`${name}=`)))
    .filter(Boolean)
    .join('&');
}

const rawQueryOf = (request: Request) => request.originalUrl.split('?')[1] ?? '';

const escape = (text: string) => text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);

function page(response: Response, title: string, body: string, script = false): void {
  const nonce = String(response.locals['cspNonce']);
  response.type('html').setHeader('Cache-Control', 'no-store')
    .send(`<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(title)}</title><link rel="icon" type="image/svg+xml" href="/favicon.svg">
<style nonce="${nonce}">
body{font:16px/1.5 system-ui,sans-serif;margin:0;background:#fff8e1;color:#1f1b16}
main{max-width:40rem;margin:0 auto;padding:1.5rem 1rem}
.banner{background:#7a5900;color:#fff;padding:.5rem 1rem;font-weight:600}
h2{font-size:1.1rem;margin:1.5rem 0 .5rem}
form.persona button{width:100%;text-align:left;padding:.75rem 1rem;margin:.25rem 0;border:1px solid #c9b27c;border-radius:12px;background:#fff;font:inherit;cursor:pointer}
form.persona button:focus-visible,form.persona button:hover{border-color:#7a5900;outline:2px solid #7a5900}
.who{font-weight:600;display:block}.what{color:#5c4f3b;font-size:.9rem}
select,.other button{font:inherit;padding:.5rem;margin:.25rem 0;max-width:100%}
</style>${script ? '<script src="/dev-idp/autopost.js" defer></script>' : ''}</head>
<body><div class="banner" role="note">Development identity provider: for development and tests only, never in production.</div><main>${body}</main></body></html>`);
}

/**
 * Reads a SAML message with `read`. One this IdP cannot take (none given, or one it cannot
 * read or verify) gets a 400 page saying what is wrong and where to sign in instead, never
 * a 500 with a stack trace: then the result is undefined.
 */
async function readOrRefuse<T>(
  request: Request,
  response: Response,
  parameters: Record<string, unknown>,
  expected: string,
  read: () => Promise<T>,
): Promise<T | undefined> {
  try {
    if (typeof parameters['SAMLRequest'] !== 'string' || !parameters['SAMLRequest']) throw new Error('no SAMLRequest parameter');
    return await read();
  } catch (error) {
    request.log.warn({ reason: error instanceof Error ? error.message : String(error) }, 'development IdP: request refused');
    response.status(400);
    page(
      response,
      'Not a request it can take · Development IdP',
      `<h1>This is not a request the development IdP can take</h1>
<p>The <code>SAMLRequest</code> parameter is missing, or it is not a signed ${escape(expected)} from this Portico.</p>
<p>Portico opens this page when someone signs in or out, with the signed request in its address. <a href="/auth/login">Sign in to Portico</a> to come here the right way.</p>`,
    );
    return undefined;
  }
}

function personaButton(query: string, identity: DevIdentity, label: string, detail: string): string {
  return `<form class="persona" method="post" action="/dev-idp/sso">
<input type="hidden" name="query" value="${escape(query)}">
<input type="hidden" name="employeeNumber" value="${escape(identity.employeeNumber ?? '')}">
<button type="submit"><span class="who">${escape(label)}</span><span class="what">${escape(detail)}</span></button></form>`;
}

/**
 * The development IdP's pages: a sign-in page listing the demo personas by role (choosing
 * one posts a genuinely signed SAML Response to Portico's ACS), its metadata, and single
 * logout. It takes AuthnRequests only from the Portico it was configured with.
 */
export function devIdpRoutes(idp: DevIdentityProvider, auth: Pick<AuthConfig, 'hrAgentGroups' | 'hrAdminGroups' | 'handbookEditorGroups'>): Router {
  const router = express.Router();

  const identityOf = async (employeeNumber: string): Promise<DevIdentity> => {
    if (!employeeNumber) return OUTSIDER;
    const employee = await EmployeeModel.findById(employeeNumber).lean();
    if (!employee) return OUTSIDER;
    const groups = [
      ...(employee.departmentId === 'people' ? [auth.hrAgentGroups[0]!] : []),
      ...(employee._id === personas.hrAdmin.id ? [auth.hrAdminGroups[0]!] : []),
      // Marketing's content strategists keep the handbook: editors who are not help desk agents.
      ...(employee.jobTitle === handbookEditorTitle ? [auth.handbookEditorGroups[0]!] : []),
    ];
    return { email: employee.workEmail, employeeNumber: employee._id, displayName: employee.displayName, groups };
  };

  router.get('/metadata', (_request, response) => {
    response.type('application/samlmetadata+xml').send(idp.metadata());
  });

  router.get('/autopost.js', (_request, response) => {
    response.type('text/javascript').setHeader('Cache-Control', 'no-cache').send("document.getElementById('saml-post')?.submit();\n");
  });

  router.get('/sso', async (request, response) => {
    const query = rawQueryOf(request);
    const parameters = request.query as Record<string, unknown>;
    const parsed = await readOrRefuse(request, response, parameters, 'AuthnRequest', () => idp.parseLoginRequest(parameters, signedOctets(query)));
    if (!parsed) return;
    // ForceAuthn: this IdP keeps no session of its own, so it always asks; it says why.
    const confirming = /\bForceAuthn="(true|1)"/.test(parsed.samlContent);
    const roles: [string, (typeof personas)[keyof typeof personas], string][] = [
      ['Employee', personas.employee, 'sees their own payslips, data and tickets'],
      ['Manager', personas.manager, 'also approves their reports’ changes'],
      ['HR agent', personas.hrAgent, 'also answers tickets (IdP group: HR agents)'],
      ['HR admin', personas.hrAdmin, 'also publishes, imports payroll, configures (IdP group: HR admins)'],
    ];
    const people = await EmployeeModel.find({ status: { $ne: 'terminated' } }, { displayName: 1, jobTitle: 1 })
      .sort({ displayName: 1 })
      .lean();
    const departments = new Map((await DepartmentModel.find({}).lean()).map((department) => [department._id, department.name]));
    const personaForms = roles
      .map(([role, persona, detail]) => {
        const identity: DevIdentity = { email: '', employeeNumber: persona.id, displayName: '', groups: [] };
        const department = departments.get(persona.departmentId) ?? persona.departmentId;
        return `<h2>${escape(role)}</h2>${personaButton(query, identity, `${persona.firstName} ${persona.lastName}`, `${persona.jobTitle}, ${department} — ${detail}`)}`;
      })
      .join('');
    const options = people
      .map((person) => `<option value="${escape(person._id)}">${escape(person.displayName)} — ${escape(person.jobTitle)}</option>`)
      .join('');
    page(
      response,
      'Sign in · Development IdP',
      `${confirming ? '<p role="status"><strong>Portico asks you to sign in again</strong> to confirm it is you before a sensitive change.</p>' : ''}
<h1>Sign in to Portico as…</h1>
<p>Pick a person from the demo company, Lumen Works. Their role comes from the HR directory and the IdP groups below.</p>
${personaForms}
<h2>Anyone else in the directory</h2>
<form class="other" method="post" action="/dev-idp/sso"><input type="hidden" name="query" value="${escape(query)}">
<label for="employee">Person</label><br><select id="employee" name="employeeNumber">${options}</select><br><button type="submit">Sign in</button></form>
<h2>Someone HR does not know</h2>
${personaButton(query, OUTSIDER, OUTSIDER.displayName, `${OUTSIDER.email} — in the company's IdP, not in the HR directory`)}`,
    );
  });

  router.post('/sso', express.urlencoded({ extended: false, limit: '64kb' }), async (request, response) => {
    const query = String(request.body.query ?? '');
    const parameters = Object.fromEntries(new URLSearchParams(query));
    const parsed = await readOrRefuse(request, response, parameters, 'AuthnRequest', () => idp.parseLoginRequest(parameters, signedOctets(query)));
    if (!parsed) return;
    const identity = await identityOf(String(request.body.employeeNumber ?? ''));
    const reply = await idp.loginResponse(String(parsed.extract.request?.['id'] ?? ''), identity, parameters['RelayState']);
    page(
      response,
      'Signing in…',
      `<form id="saml-post" method="post" action="${escape(reply.acsUrl)}">
<input type="hidden" name="SAMLResponse" value="${escape(reply.samlResponse)}">
${reply.relayState ? `<input type="hidden" name="RelayState" value="${escape(reply.relayState)}">` : ''}
<p>Signing in as ${escape(identity.displayName)}…</p><noscript><button type="submit">Continue</button></noscript></form>`,
      true,
    );
  });

  router.get('/slo', async (request, response) => {
    const query = rawQueryOf(request);
    const parameters = request.query as Record<string, unknown>;
    const url = await readOrRefuse(request, response, parameters, 'LogoutRequest', () => idp.logoutResponseUrl(parameters, signedOctets(query)));
    if (url) response.redirect(303, url);
  });

  return router;
}

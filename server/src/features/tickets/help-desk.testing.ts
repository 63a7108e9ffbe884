import type { CreateTicket } from '@portico/shared/tickets/tickets.schemas';
import { TestClock } from '../../platform/clock';
import { OutboxMailer } from '../../platform/mail/outbox-mailer';
import { identityOf, SamlBrowser } from '../../test/saml-browser';
import { silentLogger, startTestServer, type TestServer } from '../../test/test-app';
import { seedDemoPeople } from '../../test/demo-company';
import { TicketAttachmentModel } from './attachments';
import { seedDemoCatalogue } from './catalogue/seed/seed-demo-catalogue';
import { forgetTicketCreations } from './creation-rate-limit';
import { announceBulkEntries } from './search/ticket-search-index';
import { TicketSearchChangeModel, TicketSearchModel } from './search/ticket-search.models';
import {
  DeflectionModel,
  RequesterCountModel,
  RequesterEntryModel,
  TeamRotationModel,
  TicketMessageModel,
  TicketModel,
  TicketQueueModel,
  TicketRatingModel,
} from './ticket.models';
import { EmployeeModel, generateDemoCompany, personas } from '../directory';
import { createEmployee, removeEmployees } from '../directory/testing';
import { NotificationModel } from '../notifications';

/*
 * Spec helpers for the help desk: a server whose clock the spec moves, the personas signed
 * in with their IdP groups, and a clean slate of tickets for each spec file.
 */

export interface HelpDeskServer extends TestServer {
  clock: TestClock;
}

/** The application on a real port (SAML needs it) with a spec clock and the outbox mailer on it. */
export async function startHelpDeskServer(clock = new TestClock()): Promise<HelpDeskServer> {
  const server = await startTestServer({}, { clock, mailer: new OutboxMailer(silentLogger, () => clock.now()) });
  return { ...server, clock };
}

/**
 * The set-up every help desk spec file shares: a fresh help desk, the server with its spec
 * clock and the cast signed in (handed to `started`, which may do the file's own set-up);
 * the rate limits reset before each spec (and, with `clearEach`, no tickets left); tickets
 * cleared, the cast's made-up people removed and the server closed after the file. A file's own `afterAll` runs first.
 */
export function useHelpDesk(started: (server: HelpDeskServer, cast: Cast) => void | Promise<void>, { clearEach = false } = {}): void {
  let server: HelpDeskServer | undefined;
  let cast: Cast | undefined;
  beforeAll(async () => {
    await freshHelpDesk();
    server = await startHelpDeskServer();
    cast = await signInCast(server);
    await started(server, cast);
  });
  beforeEach(async () => {
    if (clearEach) await clearTickets();
    await resetRateLimit();
  });
  afterAll(async () => {
    await clearTickets();
    await dismissCast(cast);
    await server?.close();
  });
}

/** An agent of the help desk other than Priya: a member of the demo catalogue's teams, so work can be given to them. */
function otherAgentId(): string {
  const agent = generateDemoCompany().employees.find((employee) => employee.departmentId === 'people' && employee.jobTitle === 'People Operations Specialist');
  return agent!._id;
}

export interface Cast {
  employee: SamlBrowser;
  manager: SamlBrowser;
  agent: SamlBrowser;
  otherAgent: SamlBrowser;
  admin: SamlBrowser;
  otherEmployee: SamlBrowser;
  otherAgentId: string;
  otherEmployeeId: string;
}

export async function signInCast(server: TestServer): Promise<Cast> {
  const agentId = otherAgentId();
  // Another of Marcus's reports besides Emma, made for the spec file (`dismissCast` removes them).
  const { _id: employeeId } = await createEmployee({ firstName: 'Noah', managerId: personas.manager.id });
  const signedIn = async (id: string, groups: string[] = []) => {
    const browser = new SamlBrowser(server);
    await browser.signIn(await identityOf(id, groups));
    return browser;
  };
  return {
    employee: await signedIn(personas.employee.id),
    manager: await signedIn(personas.manager.id),
    agent: await signedIn(personas.hrAgent.id, ['portico-hr-agents']),
    otherAgent: await signedIn(agentId, ['portico-hr-agents']),
    admin: await signedIn(personas.hrAdmin.id, ['portico-hr-admins']),
    otherEmployee: await signedIn(employeeId),
    otherAgentId: agentId,
    otherEmployeeId: employeeId,
  };
}

/** Takes the people made for the cast out of the directory again. */
export async function dismissCast(cast: Cast | undefined): Promise<void> {
  if (cast) await removeEmployees(cast.otherEmployeeId);
}

/** The demo company and catalogue, and no tickets at all. */
export async function freshHelpDesk(): Promise<void> {
  await seedDemoPeople();
  await seedDemoCatalogue();
  await clearTickets();
}

export async function clearTickets(): Promise<void> {
  for (const model of [
    TicketModel,
    TicketQueueModel,
    TicketMessageModel,
    RequesterEntryModel,
    RequesterCountModel,
    TicketRatingModel,
    DeflectionModel,
    TeamRotationModel,
    TicketAttachmentModel,
  ]) {
    await (model as unknown as { deleteMany(filter: object): Promise<unknown> }).deleteMany({});
  }
  await NotificationModel.deleteMany({ type: /^ticket\./ });
  await forgetTicketCreations();
  await Promise.all([TicketSearchModel.deleteMany({}), TicketSearchChangeModel.deleteMany({})]);
  // Every server's search index reads (no) tickets again.
  await announceBulkEntries();
}

/** Forgets the last hour's filings, so a spec can file more than the limit over its tests. */
export const resetRateLimit = forgetTicketCreations;

export const leaveQuestion = (question = 'How many days of annual leave do I have left?', extra: Partial<CreateTicket> = {}): CreateTicket => ({
  requestTypeId: 'leave-question',
  question,
  answers: { leaveType: 'annual-leave', details: 'I want to plan the summer.' },
  ...extra,
});

export const misconductReport = (question = 'I want to report harassment by a colleague.'): CreateTicket => ({
  requestTypeId: 'report-harassment-or-misconduct',
  question,
  answers: { concern: 'harassment', description: 'It happened in the team meeting.' },
});

/** Files a ticket as `browser`; returns its reference. */
export async function file(browser: SamlBrowser, body: CreateTicket): Promise<string> {
  const response = await browser.sendWithXsrf('post', '/api/tickets', body);
  if (response.status !== 201) throw new Error(`filing answered ${response.status}: ${JSON.stringify(response.body)}`);
  return response.body.id as string;
}

export const workEmailOf = async (id: string) => (await EmployeeModel.findById(id).lean())!.workEmail;

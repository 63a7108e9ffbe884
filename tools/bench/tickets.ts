import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { seedDemoPeople } from '../../server/src/test/demo-company';
import { openDatabase } from '../../server/src/platform/db/database';
import { createLogger } from '../../server/src/platform/logger';
import { load, row } from './load';
import { milliseconds, table } from './report';
import { residentMemory, startServer } from './server';
import { signedInSessions, type BenchSession } from './sessions';
import { EmployeeModel, personas } from '../../server/src/features/directory';
import { RequesterCountModel, seedDemoCatalogue, seedDemoTickets, type TicketSeedReport } from '../../server/src/features/tickets/testing';
import { firstNames, lastNames } from './names';

/*
 * The help desk at 100,000 tickets (issue 5 §12): the demo tickets' generator at scale
 * (two years, 10,000 people, most tickets closed, a few thousand open), then over HTTP
 * against the built server: "my tickets", the agents' queue in its default view, and
 * filing a ticket.
 */

/** `BENCH_TICKETS=10000 npm run bench -- tickets` for a quicker, smaller run. */
const TICKETS = Number(process.env['BENCH_TICKETS'] ?? 100_000);
const PEOPLE = Math.max(1_000, Math.min(10_000, TICKETS / 10));
const DAYS = 730;
const offices: [string, string][] = [
  ['london', 'en'],
  ['madrid', 'es'],
  ['new-york', 'en'],
  ['bucharest', 'en'],
  ['sao-paulo', 'en'],
];

/** People beyond the demo company's 200, in the same offices, so tickets have many requesters. */
async function addPeople(count: number): Promise<void> {
  const now = new Date();
  const people = Array.from({ length: count }, (_, index) => {
    const [locationId, language] = offices[index % offices.length]!;
    const firstName = firstNames[index % firstNames.length]!;
    const lastName = lastNames[Math.floor(index / firstNames.length) % lastNames.length]!;
    return {
      _id: `E${500_000 + index}`,
      workEmail: `bench.${index}@lumenworks.example`,
      firstName,
      lastName,
      displayName: `${firstName} ${lastName}`,
      jobTitle: 'Software Engineer',
      departmentId: 'engineering',
      locationId,
      managerId: personas.manager.id,
      hireDate: new Date('2022-01-10T00:00:00Z'),
      employmentType: 'full_time',
      status: 'active',
      preferredLanguage: language,
      interfaceLanguage: null,
      workPhone: null,
      createdAt: now,
      updatedAt: now,
    };
  });
  for (let start = 0; start < people.length; start += 1_000) await EmployeeModel.insertMany(people.slice(start, start + 1_000), { lean: true });
}

/** A word of many subjects ("Letter for my visa appointment…", "Employment letter…"). */
const HISTORY_QUERY = 'letter';

/** Waits for the server's log line saying the ticket search index is built (it is read in the background at start). */
async function indexBuilt(server: { logs: Record<string, unknown>[] }): Promise<{ ms: number; tickets: number }> {
  for (;;) {
    const line = server.logs.find((entry) => entry['msg'] === 'ticket search index built');
    if (line) return { ms: Number(line['ms']), tickets: Number(line['tickets']) };
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** "1.4×": how many times the first time (as the table prints it, `123 ms`) is the second. */
const ratio = (first: string, second: string) => `${(Number(first.replace(/[^\d.]/g, '')) / Number(second.replace(/[^\d.]/g, ''))).toFixed(2)}×`;

const leaveQuestion = (index: number) =>
  JSON.stringify({
    requestTypeId: 'leave-question',
    question: `How many days of annual leave do I have left? (bench ${index})\nI would like to plan a week off next month.`,
    answers: { leaveType: 'annual-leave', details: 'A week off next month, if my balance allows.' },
  });

export async function ticketsBench(port: number): Promise<void> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'portico-bench-tickets-'));
  const database = await openDatabase({ dataDir, databaseName: 'portico', logger: createLogger({ level: 'silent' }) });
  let seeded: TicketSeedReport;
  let generationMs: number;
  let requesters: { _id: string; count: number }[];
  try {
    await seedDemoPeople();
    await seedDemoCatalogue();
    await addPeople(PEOPLE - 200);
    const started = performance.now();
    let lastShown = 0;
    seeded = await seedDemoTickets({
      count: TICKETS,
      days: DAYS,
      pins: false,
      deflections: Math.round(TICKETS * 0.6),
      progress: (messages) => {
        if (performance.now() - lastShown < 15_000) return;
        lastShown = performance.now();
        process.stdout.write(`  tickets: ${messages.toLocaleString('en')} messages written after ${((lastShown - started) / 1000).toFixed(0)} s\n`);
      },
    });
    generationMs = performance.now() - started;
    requesters = await RequesterCountModel.find({}).lean();
  } finally {
    await database.close();
  }
  const databaseFile = path.join(dataDir, 'db', 'portico.sqlite');
  const databaseSize = statSync(databaseFile).size + (statSync(`${databaseFile}-wal`, { throwIfNoEntry: false })?.size ?? 0);

  const { server } = await startServer(dataDir, port, false);
  try {
    const uri = (JSON.parse(readFileSync(path.join(dataDir, 'db', 'portico-db.lock'), 'utf8')) as { uri: string }).uri;
    // Readers: 1,000 requesters with tickets; filers: 2,000 others, so nobody nears 10 an hour.
    const withTickets = requesters.filter((entry) => entry.count > 0).slice(0, 1_000);
    const readers = await signedInSessions(
      uri,
      withTickets.map((entry) => ({ employeeId: entry._id, roles: ['employee'] })),
    );
    const filers = await signedInSessions(
      uri,
      Array.from({ length: 2_000 }, (_, index) => ({ employeeId: `E${500_000 + ((PEOPLE - 200 - 2_000 + index) % (PEOPLE - 200))}`, roles: ['employee'] })),
    );
    const [agent] = await signedInSessions(uri, [{ employeeId: personas.hrAgent.id, roles: ['employee', 'hr_agent'] }]);
    const rotate = (sessions: BenchSession[]) => {
      let next = 0;
      return () => sessions[next++ % sessions.length]!;
    };

    const rows: ReturnType<typeof row>[] = [];
    const queueSample = await fetch(`http://127.0.0.1:${port}/api/tickets/agent/queue`, { headers: { cookie: agent!.cookie } }).then(
      (response) => response.json() as Promise<{ total: number; counts: Record<string, number> }>,
    );
    const mineSample = await fetch(`http://127.0.0.1:${port}/api/tickets`, { headers: { cookie: readers[0]!.cookie } }).then(
      (response) => response.json() as Promise<{ total: number }>,
    );
    for (const connections of [1, 10]) {
      const reader = rotate(readers);
      rows.push(
        row(
          'GET /api/tickets (my tickets, first page), 1,000 requesters in turn',
          connections,
          await load(port, connections, () => ({ method: 'GET', path: '/api/tickets', headers: { cookie: reader().cookie } })),
        ),
      );
      rows.push(
        row(
          'GET /api/tickets/agent/queue (default view: mine, by priority), an HR agent',
          connections,
          await load(port, connections, () => ({ method: 'GET', path: '/api/tickets/agent/queue', headers: { cookie: agent!.cookie } })),
        ),
      );
    }
    // The queue's history (`view=all`) and its search, read from the in-memory search index
    // once it is built (its build time is in the log), beside each other at 1 and 10 connections.
    const built = await indexBuilt(server);
    const history: { connections: number; all: ReturnType<typeof row>; searched: ReturnType<typeof row> }[] = [];
    for (const connections of [1, 10]) {
      const all = row(
        'GET /api/tickets/agent/queue?view=all, the HR agent',
        connections,
        await load(port, connections, () => ({ method: 'GET', path: '/api/tickets/agent/queue?view=all', headers: { cookie: agent!.cookie } })),
      );
      const searched = row(
        `GET /api/tickets/agent/queue?view=all&q=${HISTORY_QUERY}, the HR agent`,
        connections,
        await load(port, connections, () => ({
          method: 'GET',
          path: `/api/tickets/agent/queue?view=all&q=${HISTORY_QUERY}`,
          headers: { cookie: agent!.cookie },
        })),
      );
      history.push({ connections, all, searched });
    }
    const searchSample = await fetch(`http://127.0.0.1:${port}/api/tickets/agent/queue?view=all&q=${HISTORY_QUERY}`, {
      headers: { cookie: agent!.cookie },
    }).then((response) => response.json() as Promise<{ total: number }>);
    let filed = 0;
    for (const connections of [1, 10]) {
      const filer = rotate(filers.slice(connections === 1 ? 0 : 1_000));
      const result = await load(port, connections, () => {
        const session = filer();
        return {
          method: 'POST',
          path: '/api/tickets',
          headers: { cookie: session.cookie, 'x-xsrf-token': session.xsrf, 'content-type': 'application/json' },
          body: leaveQuestion(filed++),
        };
      });
      rows.push(row('POST /api/tickets (file a leave question), 1,000 people in turn', connections, result));
    }
    const memory = residentMemory(server.child.pid!);
    // Requests autocannon left in flight finish before anything else is measured or the server stops.
    await new Promise((resolve) => setTimeout(resolve, 3_000));

    // Not rows of issue 5, but the reads that grow with every ticket ever filed (they scan `tickets`), once each.
    const [admin] = await signedInSessions(uri, [{ employeeId: personas.hrAdmin.id, roles: ['employee', 'hr_agent', 'hr_admin'] }]);
    const once = async (what: string, url: string, cookie: string) => {
      const started = performance.now();
      const status = await fetch(`http://127.0.0.1:${port}${url}`, { headers: { cookie }, signal: AbortSignal.timeout(900_000) }).then(
        (response) => String(response.status),
        (error: unknown) => String(error),
      );
      return { what, time: milliseconds(performance.now() - started), status };
    };
    const growing = [
      await once('GET /api/tickets/agent/queue?view=all (closed ones too, from `tickets`), the HR agent', '/api/tickets/agent/queue?view=all', agent!.cookie),
      await once('GET /api/tickets/reports (default period: 26 weeks), an HR admin', '/api/tickets/reports', admin!.cookie),
    ];

    table(`Help desk at ${seeded.created.toLocaleString('en')} tickets: generated data`, [
      {
        tickets: seeded.created.toLocaleString('en'),
        'not closed (queue)': (seeded.created - seeded.states.closed).toLocaleString('en'),
        messages: seeded.messages.toLocaleString('en'),
        ratings: seeded.ratings.toLocaleString('en'),
        deflections: seeded.deflections.toLocaleString('en'),
        requesters: requesters.length.toLocaleString('en'),
        'generation + inserts': `${(generationMs / 1000).toFixed(0)} s`,
        'database file': `${(databaseSize / 1_048_576).toFixed(0)} MB`,
      },
    ]);
    table(
      `Help desk at ${seeded.created.toLocaleString('en')} tickets over HTTP (autocannon, 10 s each, one server process): the agent's default view lists ${queueSample.total.toLocaleString('en')} tickets, the first reader has ${mineSample.total}`,
      rows,
    );
    table(
      `The queue's history and its search over every ticket (in-memory index built in ${built.ms} ms at start for ${built.tickets.toLocaleString('en')} tickets; "${HISTORY_QUERY}" matches ${searchSample.total.toLocaleString('en')} the agent may see)`,
      history.flatMap(({ all, searched }) => [
        { ...all, 'p50 with q / without': '', 'p95 with q / without': '' },
        { ...searched, 'p50 with q / without': ratio(searched.p50, all.p50), 'p95 with q / without': ratio(searched.p95, all.p95) },
      ]),
    );
    table(`Help desk bench server: memory after the load (RSS) ${memory}; reads over all tickets, one request each`, growing);
  } finally {
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

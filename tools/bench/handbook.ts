import autocannon from 'autocannon';
import MiniSearch from 'minisearch';
import mongoose from 'mongoose';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { seedDemoPeople } from '../../server/src/test/demo-company';
import { openDatabase } from '../../server/src/platform/db/database';
import { createLogger } from '../../server/src/platform/logger';
import { root } from '../lib/run.mjs';
import { milliseconds, percentile, table } from './report';
import { residentMemory, startServer } from './server';
import { signedInSessions } from './sessions';
import { generateDemoCompany } from '../../server/src/features/directory';
import { HandbookIndex, InProcessHandbookSearch, parseImportFile, renderMarkdown } from '../../server/src/features/handbook';
import {
  demoContentFiles,
  HandbookArticleModel,
  HandbookContentModel,
  markHandbookChanged,
  seedDemoHandbook,
} from '../../server/src/features/handbook/testing';

const GENERATED = 5_000;
const evaluation = JSON.parse(readFileSync(path.join(root, 'server/src/features/handbook/seed/search-evaluation.json'), 'utf8')) as { query: string }[];

/**
 * 5,000 more articles (each in English and Spanish) made of the demo handbook's own
 * paragraphs, recombined, so the index holds realistic HR text at ten times the scale.
 */
async function generateArticles(count: number): Promise<void> {
  const paragraphs: Record<string, string[]> = { en: [], es: [] };
  const titles: Record<string, string[]> = { en: [], es: [] };
  for (const file of await demoContentFiles()) {
    const parsed = parseImportFile(file);
    if (Array.isArray(parsed) || !(parsed.frontMatter.language in paragraphs)) continue;
    paragraphs[parsed.frontMatter.language]!.push(...parsed.body.split(/\n{2,}/).filter((paragraph) => paragraph.length > 80 && !paragraph.startsWith('|')));
    titles[parsed.frontMatter.language]!.push(parsed.frontMatter.title);
  }
  let seed = 42;
  const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
  const pick = <T>(items: T[]) => items[Math.floor(random() * items.length)]!;
  const now = new Date();
  for (let start = 0; start < count; start += 250) {
    const articles = [];
    const contents: Record<string, unknown>[] = [];
    for (let number = start; number < Math.min(count, start + 250); number++) {
      const slug = `generated-${number}`;
      const variants = (['en', 'es'] as const).map((language) => {
        const markdown = Array.from({ length: 4 + Math.floor(random() * 4) }, () => pick(paragraphs[language]!)).join('\n\n');
        const rendered = renderMarkdown(markdown);
        contents.push({ _id: `${slug}:${language}`, markdown, html: rendered.html, headings: rendered.headings, text: rendered.text });
        return { language, title: `${pick(titles[language]!)} (${number})`, summary: rendered.text.slice(0, 140), tags: [], currentVersion: 1, updatedAt: now };
      });
      articles.push({ _id: slug, kind: 'article', category: 'Working here / Growth', status: 'published', publishedAt: now, variants, versions: [] });
    }
    await HandbookArticleModel.insertMany(articles);
    await HandbookContentModel.insertMany(contents);
  }
  await markHandbookChanged();
}

/** Runs each call once, in turn: its durations and the rate they add up to. */
function timed(calls: (() => unknown)[]): { times: number[]; rate: number } {
  const times: number[] = [];
  const startedAt = performance.now();
  for (const call of calls) {
    const before = performance.now();
    call();
    times.push(performance.now() - before);
  }
  return { times, rate: times.length / ((performance.now() - startedAt) / 1000) };
}

const inProcess = (what: string, { times, rate }: ReturnType<typeof timed>) => ({
  what,
  'requests/s': rate.toFixed(0),
  p50: milliseconds(percentile(times, 0.5)),
  p95: milliseconds(percentile(times, 0.95)),
  p99: milliseconds(percentile(times, 0.99)),
  'errors + non-2xx': 0,
});

/**
 * `connections` clients for ten seconds over the paths in turn, each request as the next of
 * the signed-in readers (so each stays within the per-person rate limits, as real readers
 * do, and the limits' cost is in every figure); every response time is kept (autocannon
 * reports no p95). One connection shows the time one reader waits; ten show throughput,
 * and how waits grow once requests queue on one process.
 */
async function load(port: number, cookies: string[], paths: string[], connections: number) {
  let next = 0;
  const times: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: `http://127.0.0.1:${port}`,
        connections,
        duration: 10,
        requests: [
          {
            method: 'GET',
            setupRequest: (request) => ({
              ...request,
              headers: { ...request.headers, cookie: cookies[next % cookies.length]! },
              path: paths[next++ % paths.length]!,
            }),
          },
        ],
      },
      (error, finished) => (error ? reject(error) : resolve(finished)),
    );
    instance.on('response', (_client: unknown, _status: number, _bytes: number, responseTime: number) => times.push(responseTime));
  });
  return { result, times };
}

export async function handbookBench(port: number): Promise<void> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'portico-bench-handbook-'));
  const logger = createLogger({ level: 'silent' });
  const database = await openDatabase({ dataDir, databaseName: 'portico', logger });
  await seedDemoPeople();
  await seedDemoHandbook();
  await generateArticles(GENERATED);
  await database.close();

  const { server } = await startServer(dataDir, port, false);
  try {
    const built = server.logs.find((entry) => entry['msg'] === 'handbook index built') ?? {};
    const uri = (JSON.parse(readFileSync(path.join(dataDir, 'db', 'portico-db.lock'), 'utf8')) as { uri: string }).uri;
    const readers = generateDemoCompany().employees.map((employee) => ({ employeeId: employee._id, roles: ['employee' as const] }));
    const cookies = (await signedInSessions(uri, readers)).map((session) => session.cookie);
    const searchPaths = evaluation.map((item) => `/api/handbook/search?q=${encodeURIComponent(item.query)}`);
    const suggestPaths = evaluation.map((item) => `/api/handbook/suggest?q=${encodeURIComponent(item.query.slice(0, 5))}`);
    const runs: ({ name: string } & Awaited<ReturnType<typeof load>>)[] = [];
    for (const connections of [1, 10]) {
      runs.push({
        name: `GET /api/handbook/search (HTTP, ${connections} connection${connections > 1 ? 's' : ''}, 10 s)`,
        ...(await load(port, cookies, searchPaths, connections)),
      });
      runs.push({
        name: `GET /api/handbook/suggest (HTTP, ${connections} connection${connections > 1 ? 's' : ''}, 10 s)`,
        ...(await load(port, cookies, suggestPaths, connections)),
      });
    }
    const memory = residentMemory(server.child.pid!);

    // In this process, on the same articles: Portico's engine on its first (uncached) answer
    // to each query, and bare MiniSearch with its default text processing.
    await mongoose.connect(uri, { dbName: 'portico' });
    const index = new HandbookIndex(new InProcessHandbookSearch(), logger);
    await index.refresh(true);
    const texts = await HandbookContentModel.find({}, { text: 1 }).lean();
    await mongoose.disconnect();
    const engine = timed(
      evaluation.map((item) => () => index.search.search({ query: item.query, audiences: ['everyone'], preferredLanguage: 'en', limit: 10 })),
    );
    const bare = new MiniSearch({ fields: ['text'] });
    bare.addAll(texts.map((content) => ({ id: content._id, text: content.text ?? '' })));
    const library = timed(evaluation.map((item) => () => bare.search(item.query, { fuzzy: 0.2, prefix: true })));

    const http = ({ name, result, times }: (typeof runs)[number]) => ({
      what: name,
      'requests/s': result.requests.average.toFixed(0),
      p50: milliseconds(percentile(times, 0.5)),
      p95: milliseconds(percentile(times, 0.95)),
      p99: milliseconds(percentile(times, 0.99)),
      'errors + non-2xx': result.errors + result.non2xx,
    });
    table(
      `Handbook search at ${GENERATED.toLocaleString('en')} generated articles (+ the demo handbook), ${evaluation.length} evaluation queries in rotation`,
      [
        ...runs.map(http),
        inProcess('Portico\u2019s engine in-process, same queries', engine),
        inProcess('bare MiniSearch in-process, default options, fuzzy 0.2 + prefix (reference)', library),
      ],
    );
    table('Handbook index', [
      {
        'article versions indexed': String(built['documents'] ?? '?'),
        'index build at start': built['ms'] === undefined ? '?' : `${built['ms']} ms`,
        'server memory after the load (RSS)': memory,
      },
    ]);
  } finally {
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/**
 * `npm run eval:search`: how well handbook search answers what employees really type.
 * Indexes the demo handbook (the Markdown files the seed imports) in the same engine the
 * server uses, runs the evaluation set (server/src/features/handbook/seed/search-evaluation.json:
 * typos, paraphrases, synonyms, both languages) and prints the mean reciprocal rank (MRR)
 * and how many queries find an expected article in the top 3.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

import { root } from './lib/run.mjs';
import { type Audience, InProcessHandbookSearch, parseImportFile, renderMarkdown, type SearchDocument } from '../server/src/features/handbook';
import { demoContentFiles, demoSynonyms } from '../server/src/features/handbook/testing';

interface EvaluationQuery {
  query: string;
  expected: string[];
  language: string;
  kind: string;
  audience?: 'managers' | 'hr';
}

const evaluation = JSON.parse(readFileSync(path.join(root, 'server/src/features/handbook/seed/search-evaluation.json'), 'utf8')) as EvaluationQuery[];
const documents: SearchDocument[] = [];
for (const file of await demoContentFiles()) {
  const parsed = parseImportFile(file);
  if (Array.isArray(parsed)) throw new Error(`${file.name}: ${JSON.stringify(parsed)}`);
  documents.push({
    slug: parsed.slug,
    language: parsed.frontMatter.language,
    kind: parsed.frontMatter.policy ? 'policy' : 'article',
    category: parsed.frontMatter.category,
    audience: parsed.frontMatter.audience,
    title: parsed.frontMatter.title,
    summary: parsed.frontMatter.summary,
    tags: parsed.frontMatter.tags,
    text: renderMarkdown(parsed.body).text,
    updatedAt: new Date(),
    visibleFrom: null,
  });
}
const search = new InProcessHandbookSearch();
search.replaceAll(documents);
search.setSynonyms(demoSynonyms);

const audiencesFor = (audience?: 'managers' | 'hr'): Audience[] =>
  audience === 'hr' ? ['everyone', 'managers', 'hr'] : audience === 'managers' ? ['everyone', 'managers'] : ['everyone'];

let reciprocalRanks = 0;
let top3 = 0;
const byKind = new Map<string, { count: number; reciprocal: number }>();
const misses: string[] = [];
for (const item of evaluation) {
  const slugs = search
    .search({ query: item.query, audiences: audiencesFor(item.audience), preferredLanguage: item.language, limit: 10 })
    .hits.map((hit) => hit.document.slug);
  const rank = slugs.findIndex((slug) => item.expected.includes(slug)) + 1;
  const reciprocal = rank ? 1 / rank : 0;
  reciprocalRanks += reciprocal;
  if (rank >= 1 && rank <= 3) top3++;
  const kind = byKind.get(item.kind) ?? { count: 0, reciprocal: 0 };
  byKind.set(item.kind, { count: kind.count + 1, reciprocal: kind.reciprocal + reciprocal });
  if (rank !== 1)
    misses.push(`| ${item.query} | ${item.language} | ${item.kind} | ${item.expected.join(', ')} | ${rank || '—'} | ${slugs.slice(0, 3).join(', ')} |`);
}

console.log(`\n### Handbook search evaluation: ${evaluation.length} queries over ${documents.length} article versions\n`);
console.log('| kind | queries | MRR |');
console.log('|---|---|---|');
for (const [kind, figures] of [...byKind].sort()) console.log(`| ${kind} | ${figures.count} | ${(figures.reciprocal / figures.count).toFixed(3)} |`);
console.log(
  `\n**MRR ${(reciprocalRanks / evaluation.length).toFixed(3)}**, expected article in the top 3 for **${top3} of ${evaluation.length}** queries (${((100 * top3) / evaluation.length).toFixed(0)} %).`,
);

// For comparison: the same engine without the synonyms HR configured.
search.setSynonyms([]);
const withoutSynonyms =
  evaluation.reduce((sum, item) => {
    const slugs = search
      .search({ query: item.query, audiences: audiencesFor(item.audience), preferredLanguage: item.language, limit: 10 })
      .hits.map((hit) => hit.document.slug);
    const rank = slugs.findIndex((slug) => item.expected.includes(slug)) + 1;
    return sum + (rank ? 1 / rank : 0);
  }, 0) / evaluation.length;
console.log(`Without the demo synonyms: MRR ${withoutSynonyms.toFixed(3)}.`);
if (misses.length) {
  console.log('\nNot first:\n\n| query | lang | kind | expected | rank | top 3 |\n|---|---|---|---|---|---|');
  for (const line of misses) console.log(line);
}

import type { FeedbackReport, GapsReport } from '@portico/shared/handbook/handbook.schemas';
import { chooseVariant } from '../articles';
import { HandbookArticleModel, type HandbookArticle } from '../handbook.models';
import { SearchEventModel } from '../search/search-events.model';
import { FeedbackModel } from './feedback.model';

const REPORT_DAYS = 90;
const TOP = 20;

/**
 * Articles ordered by how unhelpful readers found them (most "no" first, then the lowest
 * share of "yes"), each with its comments. Counts with $group/$sum only: that much the
 * embedded database aggregates; the ordering is done here.
 */
export async function feedbackReport(language: string): Promise<FeedbackReport> {
  const counts = await FeedbackModel.aggregate<{ _id: { slug: string; helpful: boolean }; count: number }>([
    { $group: { _id: { slug: '$slug', helpful: '$helpful' }, count: { $sum: 1 } } },
  ]);
  const bySlug = new Map<string, { helpful: number; notHelpful: number }>();
  for (const { _id, count } of counts) {
    const entry = bySlug.get(_id.slug) ?? { helpful: 0, notHelpful: 0 };
    if (_id.helpful) entry.helpful += count;
    else entry.notHelpful += count;
    bySlug.set(_id.slug, entry);
  }
  const comments = await FeedbackModel.find({ comment: { $ne: null } })
    .sort({ at: -1 })
    .limit(500)
    .lean();
  const articles = await HandbookArticleModel.find({ _id: { $in: [...bySlug.keys()] } }, { variants: 1 }).lean<Pick<HandbookArticle, '_id' | 'variants'>[]>();
  const titles = new Map(articles.map((article) => [article._id, chooseVariant(article.variants, language)?.title ?? article._id]));
  return {
    articles: [...bySlug]
      .sort(([, a], [, b]) => b.notHelpful - a.notHelpful || a.helpful / (a.helpful + a.notHelpful) - b.helpful / (b.helpful + b.notHelpful))
      .map(([slug, entry]) => ({
        slug,
        title: titles.get(slug) ?? slug,
        ...entry,
        comments: comments
          .filter((feedback) => feedback.slug === slug)
          .slice(0, 20)
          .map((feedback) => ({ helpful: feedback.helpful, comment: feedback.comment ?? '', language: feedback.language, at: feedback.at.toISOString() })),
      })),
  };
}

/**
 * What people searched for in the last 90 days, what found nothing, and what had results
 * nobody opened. Each query counts once per person and day (the searcher's daily
 * pseudonym), so one person searching over and over cannot top the lists. Grouped here,
 * over that bounded set: the embedded database cannot group by computed keys.
 */
export async function gapsReport(now = new Date()): Promise<GapsReport> {
  const since = new Date(now.getTime() - REPORT_DAYS * 86_400_000);
  const events = await SearchEventModel.find({ at: { $gte: since } }, { query: 1, results: 1, opened: 1, searcher: 1 }).lean();
  // Per query, per person and day: whether any search found something, and whether one was opened.
  const searches = new Map<string, Map<string, { found: boolean; opened: boolean }>>();
  for (const event of events) {
    const people = searches.get(event.query) ?? new Map<string, { found: boolean; opened: boolean }>();
    const key = event.searcher ?? event._id;
    const entry = people.get(key) ?? { found: false, opened: false };
    entry.found ||= event.results > 0;
    entry.opened ||= Boolean(event.opened);
    people.set(key, entry);
    searches.set(event.query, people);
  }
  const top = (counts: (entry: { found: boolean; opened: boolean }) => boolean) =>
    [...searches]
      .map(([query, people]) => ({ query, count: [...people.values()].filter(counts).length }))
      .filter((row) => row.count > 0)
      .sort((a, b) => b.count - a.count || a.query.localeCompare(b.query))
      .slice(0, TOP);
  return {
    since: since.toISOString(),
    searches: events.length,
    topQueries: top(() => true),
    noResults: top((entry) => !entry.found),
    nothingOpened: top((entry) => entry.found && !entry.opened),
  };
}

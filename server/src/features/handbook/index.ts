import { dailyPseudonyms } from '../../platform/pseudonyms';
import { byPerson } from '../../platform/rate-limit/rate-limited';
import type { Feature } from '../feature';
import { handbookRoutes } from './handbook.routes';
import { manageRoutes } from './manage/manage.routes';
import { policiesRoutes } from './policies/policies.routes';
import { reportsRoutes } from './reports/reports.routes';
import { AcknowledgementModel } from './policies/acknowledgement.model';
import type { HandbookSearch } from './search/handbook-search';
import type { SearchLog } from './search/search-log';
import type { TopQueries } from './search/top-queries';
import { seedDemoHandbook } from './seed/seed-demo-handbook';

/** The search services main.ts starts with the process (a HandbookIndex); specs give their own. */
export interface HandbookServices {
  search: HandbookSearch;
  searchLog: SearchLog;
  topQueries: Pick<TopQueries, 'startingWith'>;
  refresh(): Promise<void>;
}

/** The employee handbook: reading and search, policies to acknowledge, and (manage/) its authoring and reports. */
export const handbookFeature: Feature = {
  name: 'handbook',
  routes(api, { handbook, files, session, limit, config }) {
    handbookRoutes(api, handbook.search, handbook.searchLog, handbook.topQueries, {
      searchers: dailyPseudonyms(session.secret, 'handbook.searches'),
      limits: {
        search: { limit: limit('handbook.search', config.rateLimits.search), key: byPerson },
        suggest: { limit: limit('handbook.suggest', config.rateLimits.suggest), key: byPerson },
      },
    });
    manageRoutes(api, handbook, files);
    policiesRoutes(api);
    reportsRoutes(api);
  },
  async seedDemo() {
    const { created, errors, acknowledgements } = await seedDemoHandbook();
    return `Handbook: ${created} article versions created${errors ? `, ${errors} files with errors` : ''}, ${acknowledgements} policy acknowledgements.`;
  },
  // The policies the person acknowledged, which version and when (a scan on the embedded database: an export is rare).
  personalData: async (employeeId) => ({
    acknowledgements: (await AcknowledgementModel.find({ employeeId }).sort({ at: -1 }).lean()).map(({ slug, version, language, at }) => ({
      policy: slug,
      version,
      language,
      at,
    })),
  }),
};

export { renderMarkdown } from './content/render-markdown';
export { importHandbook, parseImportFile } from './import/import-handbook';
export { articleLinkProblems, publishedArticleTitles, type ArticleLink } from './linked-articles';
export { createDraft, DRAFT_CATEGORY, saveVariant } from './manage/article-commands';
export { ScheduledAnnouncements } from './policies/scheduled-announcements';
export { HandbookIndex } from './search/handbook-index';
export type { Audience, HandbookSearch, SearchDocument } from './search/handbook-search';
export { InProcessHandbookSearch } from './search/in-process-handbook-search';
export { SearchLog } from './search/search-log';
export { TopQueries } from './search/top-queries';

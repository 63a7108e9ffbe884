import type { InterfaceLanguage } from '@portico/shared/i18n/languages';
import type { ManagedCatalogue } from '@portico/shared/tickets/catalogue.schemas';
import type { Actor } from '../../auth/access.policy';
import { namesOf } from '../../directory/display-names';
import { chooseVariant, isReadable } from '../../handbook/articles';
import { HandbookArticleModel, type HandbookArticle } from '../../handbook/handbook.models';
import { readableAudiences } from '../../handbook/handbook.policy';
import { allRequestTypes, allTeams } from './catalogue.models';
import { catalogueOrder, managedRequestType, managedTeam } from './catalogue.presenter';

export async function managedCatalogue(): Promise<ManagedCatalogue> {
  const [types, teams] = await Promise.all([allRequestTypes(), allTeams()]);
  const names = await namesOf(teams.flatMap((team) => [team.leadId, ...team.memberIds]));
  return {
    types: types.sort(catalogueOrder).map(managedRequestType),
    teams: teams.sort((a, b) => a.name.en.localeCompare(b.name.en)).map((team) => managedTeam(team, names)),
  };
}

/**
 * Titles, in the reader's language, of the linked articles they may open now: published,
 * due, for their audience. A draft or an archived article linked to a type is simply not shown.
 */
export async function readableArticleTitles(actor: Actor, slugs: readonly string[], language: InterfaceLanguage): Promise<Map<string, string>> {
  const unique = [...new Set(slugs)];
  if (!unique.length) return new Map();
  const articles = await HandbookArticleModel.find({ _id: { $in: unique } }, { status: 1, publishAt: 1, audience: 1, variants: 1 }).lean<HandbookArticle[]>();
  const audiences = readableAudiences(actor);
  const now = new Date();
  return new Map(
    articles.flatMap((article) => {
      const variant = isReadable(article, audiences, now) ? chooseVariant(article.variants, language) : undefined;
      return variant ? [[article._id, variant.title] as const] : [];
    }),
  );
}

import type { InterfaceLanguage } from '@portico/shared/i18n/languages';
import type { ManagedCatalogue } from '@portico/shared/tickets/catalogue.schemas';
import { publishedArticleTitles } from '../../handbook';
import { allRequestTypes, allTeams } from './catalogue.models';
import { catalogueOrder, managedRequestType, managedTeam } from './catalogue.presenter';
import type { Actor } from '../../auth';
import { namesOf } from '../../directory';

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
  const titles = await publishedArticleTitles(
    slugs.map((slug) => ({ slug, language })),
    actor,
  );
  return new Map([...titles].map(([key, title]) => [key.slice(0, key.lastIndexOf(':')), title]));
}

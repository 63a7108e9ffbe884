import { z } from 'zod';

import { isInterfaceLanguage, type InterfaceLanguage } from '@portico/shared/i18n/languages';
import {
  CatalogueIdSchema,
  CatalogueSchema,
  ManagedCatalogueSchema,
  ManagedRequestTypeResultSchema,
  ManagedTeamSchema,
  NewRequestTypeSchema,
  RequestTypeInputSchema,
  TeamInputSchema,
  type Catalogue,
  type ManagedCatalogue,
  type ManagedRequestType,
  type ManagedTeam,
} from '@portico/shared/tickets/catalogue.schemas';
import type { ApiRouter } from '../../../platform/http/api-router';
import { createRequestType, saveTeam, updateRequestType } from './catalogue-commands';
import { catalogueOrder, managedRequestType, managedTeam, readerCatalogue } from './catalogue.presenter';
import { managedCatalogue, readableArticleTitles } from './catalogue-queries';
import { allRequestTypes, allTeams } from './catalogue.models';
import { readerLanguage } from '../../auth';
import { namesOf } from '../../directory';
import { editorOf } from '../../audit';

const configure = { action: 'tickets.configure' } as const;
const tags = ['help desk catalogue'];
const idParams = z.strictObject({ id: CatalogueIdSchema });

/** The reader's language when the interface speaks it (pt-BR → pt is not, so English). */
function interfaceLanguageOf(language: string): InterfaceLanguage {
  const base = language.slice(0, 2);
  return isInterfaceLanguage(language) ? language : isInterfaceLanguage(base) ? base : 'en';
}

/** The service catalogue: read by everyone signed in, configured by HR admins (tickets.configure). */
export function catalogueRoutes(api: ApiRouter): void {
  api.get(
    '/tickets/catalogue',
    {
      summary: 'What one can ask HR for',
      description:
        'Active request types grouped by category, in the reader\u2019s interface language, each with its form fields, its team, its SLA targets and the linked handbook articles the reader may open. Confidential types are listed for everyone: anyone may file one.',
      tags,
      access: 'signedIn',
      response: { description: 'The catalogue', schema: CatalogueSchema },
    },
    async ({ actor }, request): Promise<Catalogue> => {
      const language = interfaceLanguageOf(await readerLanguage(request));
      const [types, teams] = await Promise.all([allRequestTypes(), allTeams()]);
      const active = types.filter((type) => type.active).sort(catalogueOrder);
      const articleTitles = await readableArticleTitles(
        actor,
        active.flatMap((type) => type.articleSlugs),
        language,
      );
      return readerCatalogue({ language, types: active, teams: new Map(teams.map((team) => [team._id, team])), articleTitles });
    },
  );

  api.get(
    '/tickets/catalogue/manage',
    {
      summary: 'The whole catalogue, for HR admins',
      description: 'Every request type (inactive ones too) by category and order, in every language; every team with its lead and members.',
      tags,
      access: configure,
      response: { description: 'Request types and teams', schema: ManagedCatalogueSchema },
    },
    (): Promise<ManagedCatalogue> => managedCatalogue(),
  );

  api.post(
    '/tickets/catalogue/manage/types',
    {
      summary: 'Add a request type',
      description:
        'The id is permanent. The team must exist; each linked handbook article must exist and not be archived (400 naming the field otherwise); 409 when the id is taken.',
      tags,
      access: configure,
      status: 201,
      request: { body: NewRequestTypeSchema },
      response: { description: 'The request type as stored', schema: ManagedRequestTypeResultSchema },
      otherResponses: { 409: { description: 'A request type with this id exists' } },
    },
    async ({ body, actor }, request): Promise<ManagedRequestType> => managedRequestType(await createRequestType(body, editorOf(actor, request))),
  );

  api.put(
    '/tickets/catalogue/manage/types/:id',
    {
      summary: 'Change a request type',
      description:
        'Replaces its definition. To stop offering a type, set `active` to false: tickets keep referring to it. An audit event lists the parts that changed.',
      tags,
      access: configure,
      request: { params: idParams, body: RequestTypeInputSchema },
      response: { description: 'The request type as stored', schema: ManagedRequestTypeResultSchema },
    },
    async ({ params, body, actor }, request): Promise<ManagedRequestType> =>
      managedRequestType(await updateRequestType(params.id, body, editorOf(actor, request))),
  );

  api.put(
    '/tickets/catalogue/manage/teams/:id',
    {
      summary: 'Create or change a team',
      description: 'Its names, its lead (who hears about SLA breaches) and the agents who work its queue; each must be in the directory and not have left.',
      tags,
      access: configure,
      request: { params: idParams, body: TeamInputSchema },
      response: { description: 'The team as stored', schema: ManagedTeamSchema },
    },
    async ({ params, body, actor }, request): Promise<ManagedTeam> => {
      const team = await saveTeam(params.id, body, editorOf(actor, request));
      return managedTeam(team, await namesOf([team.leadId, ...team.memberIds]));
    },
  );
}

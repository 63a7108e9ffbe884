import {
  TriagePreviewRequestSchema,
  TriagePreviewSchema,
  TriageRulesSettingsSchema,
  type TriagePreview,
  type TriageRulesSettings,
} from '@portico/shared/tickets/triage-editor.schemas';
import { TriageRulesSchema } from '@portico/shared/tickets/tickets.schemas';
import type { ApiRouter } from '../../../platform/http/api-router';
import { previewTriage, updateTriageRules } from './triage-editor';
import { triageRulesDocument } from './triage-rules';
import { namesOf } from '../../directory';
import { editorOf } from '../../audit';

const tags = ['help desk triage'];
const configure = { action: 'tickets.configure' } as const;

async function settings(): Promise<TriageRulesSettings> {
  const { rules, updatedAt, updatedBy } = await triageRulesDocument();
  const names = await namesOf([updatedBy]);
  return { rules, updatedAt: updatedAt?.toISOString() ?? null, updatedBy: updatedBy ? { id: updatedBy, name: names.get(updatedBy) ?? null } : null };
}

/** The triage rules, for HR admins to read, test and change (tickets.configure). Declared before /tickets/:id. */
export function triageRoutes(api: ApiRouter): void {
  api.get(
    '/tickets/triage-rules',
    {
      summary: 'The triage rules in force',
      description: 'Request type defaults, answer rules and keyword rules, as new tickets are scored, prioritised and routed by them.',
      tags,
      access: configure,
      response: { description: 'The rules', schema: TriageRulesSettingsSchema },
    },
    (): Promise<TriageRulesSettings> => settings(),
  );

  api.put(
    '/tickets/triage-rules',
    {
      summary: 'Replace the triage rules',
      description:
        'Tickets filed from now on are triaged by them; tickets already filed keep their triage. A 400 names each invalid rule by its path (`body.keywordRules.2.pattern`), including request types, fields, choices and teams that are not in the catalogue. An audit event lists the rules that changed.',
      tags,
      access: configure,
      request: { body: TriageRulesSchema },
      response: { description: 'The rules as stored', schema: TriageRulesSettingsSchema },
    },
    async ({ body, actor }, request): Promise<TriageRulesSettings> => {
      await updateTriageRules(body, editorOf(actor, request));
      return settings();
    },
  );

  api.post(
    '/tickets/triage-rules/preview',
    {
      summary: 'Try the triage rules on a made-up request',
      description:
        'The scores, priority, team and explanation a ticket filed now would get, with the stored rules or with `rules` (being edited, not saved). Nothing is stored.',
      tags,
      access: configure,
      request: { body: TriagePreviewRequestSchema },
      response: { description: 'The triage', schema: TriagePreviewSchema },
    },
    ({ body }): Promise<TriagePreview> => previewTriage(body),
  );
}

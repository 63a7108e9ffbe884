import { model, Schema } from 'mongoose';

import { TriageRulesSchema, type TriageRules } from '@portico/shared/tickets/tickets.schemas';
import { isDuplicateKey } from '../../../platform/db/inserts';
import { defaultTriageRules } from './default-rules';

/**
 * The triage rules, one document (`_id: 'current'`) read by id when a ticket is filed. It is
 * written with the defaults the first time it is read, so HR always has a document to edit.
 * (Arrays of small objects only: no nested arrays on the embedded database.)
 */
const triageRulesSchema = new Schema(
  {
    _id: { type: String, required: true },
    rules: { type: Schema.Types.Mixed, required: true },
    updatedAt: { type: Date, required: true },
    updatedBy: { type: String, default: null },
  },
  { strict: 'throw', versionKey: false },
);
export const TriageRulesModel = model('TicketTriageRules', triageRulesSchema, 'ticket_triage_rules');

const RULES_ID = 'current';

/** The rules in force, and when and by whom the stored document last changed (read once, by id). */
export async function triageRulesDocument(): Promise<{ rules: TriageRules; updatedAt: Date | null; updatedBy: string | null }> {
  const stored = await TriageRulesModel.findById(RULES_ID).lean();
  if (!stored) {
    await seedTriageRules();
    return { rules: defaultTriageRules, updatedAt: null, updatedBy: null };
  }
  const parsed = TriageRulesSchema.safeParse(stored.rules);
  // A broken document must not stop people filing tickets: the defaults stand in.
  return {
    rules: parsed.success ? parsed.data : defaultTriageRules,
    updatedAt: stored.updatedBy ? stored.updatedAt : null,
    updatedBy: stored.updatedBy ?? null,
  };
}

export async function loadTriageRules(): Promise<TriageRules> {
  return (await triageRulesDocument()).rules;
}

/** Writes the default rules unless a document exists (an insert: what HR changed is kept). */
async function seedTriageRules(): Promise<void> {
  try {
    await TriageRulesModel.create({ _id: RULES_ID, rules: defaultTriageRules, updatedAt: new Date(), updatedBy: null });
  } catch (error) {
    if (!isDuplicateKey(error)) throw error;
  }
}

/** Replaces the rules (HR's editor: `triage-editor.ts`; specs). */
export async function saveTriageRules(rules: TriageRules, by: string | null): Promise<void> {
  const valid = TriageRulesSchema.parse(rules);
  await TriageRulesModel.replaceOne({ _id: RULES_ID }, { _id: RULES_ID, rules: valid, updatedAt: new Date(), updatedBy: by }, { upsert: true });
}

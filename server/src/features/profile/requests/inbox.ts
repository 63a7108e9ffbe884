import { isSensitive, type ApprovalItem, type Inbox, type PersonalField } from '@portico/shared/profile/profile.schemas';

import { countNumbered } from '../../../platform/db/numbered';
import { isHr, type Actor } from '../../auth';
import { EmployeeModel, namesOf, type Employee } from '../../directory';
import { ProfileDocumentModel } from '../documents';
import { directoryName, type Person } from '../my-data';
import type { StoredValues } from '../personal-record.models';
import { openSensitive, readRecord, sameValue } from '../personal-records';
import { ChangeDecisionModel, ChangeRequestModel, InboxEntryModel, InboxModel, type StoredChangeRequest, type StoredInboxEntry } from './change-request.models';
import { mayDecide } from './decisions';
import { managersWhoNamed } from './delegations';

/** Entries read at once while walking an inbox. */
const CHUNK = 25;
/** Requests an inbox shows at once, oldest first: deciding them brings the next. */
export const INBOX_PAGE = 50;

/**
 * The entries of one inbox not closed yet, oldest first (the first `limit` of them): from
 * where its open entries start, by id, a chunk at a time. Entries at the start that are
 * closed move the start on (a hint: a stale one only costs a few more reads).
 */
export async function openEntries(inbox: string, limit = Number.POSITIVE_INFINITY): Promise<StoredInboxEntry[]> {
  const bounds = await InboxModel.findById(inbox).lean();
  const first = bounds?.first ?? 1;
  const last = await countNumbered((n) => InboxEntryModel.exists({ _id: `${inbox}:${n}` }), bounds?.last ?? 0);
  const open: StoredInboxEntry[] = [];
  let firstOpen: number | null = null;
  for (let start = first; start <= last && open.length < limit; start += CHUNK) {
    const numbers = Array.from({ length: Math.min(CHUNK, last - start + 1) }, (_, index) => start + index);
    const entries = await Promise.all(numbers.map((n) => InboxEntryModel.findById(`${inbox}:${n}`).lean()));
    entries.forEach((entry, index) => {
      if (!entry || entry.closed || open.length >= limit) return;
      firstOpen ??= numbers[index]!;
      open.push(entry as StoredInboxEntry);
    });
  }
  const start = firstOpen ?? last + 1;
  if (bounds && start > first) await InboxModel.updateOne({ _id: inbox }, { $set: { first: start } });
  return open;
}

/** The inboxes a person reads: their own as a manager, those of managers who named them delegate today, and HR's. */
export async function inboxesOf(actor: Actor, now: Date): Promise<{ inbox: string; onBehalfOf: string | null }[]> {
  const delegators = await managersWhoNamed(actor.employeeId, { day: now.toISOString().slice(0, 10) });
  return [
    { inbox: `manager:${actor.employeeId}`, onBehalfOf: null },
    ...delegators.map((managerId) => ({ inbox: `manager:${managerId}`, onBehalfOf: managerId })),
    ...(isHr(actor) ? [{ inbox: 'hr', onBehalfOf: null }] : []),
  ];
}

/** A stored value as its approver sees it: sensitive ones opened (only here and to their owner). */
function shown(employeeId: string, field: PersonalField, value: unknown): unknown {
  if (value === null || value === undefined) return null;
  return isSensitive(field) ? openSensitive(employeeId, field, value as StoredValues['bankAccount']) : value;
}

/**
 * What waits for a person's decision, the oldest `INBOX_PAGE` first, each with what changed
 * and whether the record moved since; `more` when others wait behind them. By `_id` only.
 */
export async function inbox(actor: Actor, now: Date): Promise<Inbox> {
  const sources = await inboxesOf(actor, now);
  const seen = new Set<string>();
  let waiting: { request: StoredChangeRequest; onBehalfOf: string | null; employee: Employee & { _id: string } }[] = [];
  for (const source of sources) {
    // One more than a page, to know whether more wait; entries that cannot be shown (decided a
    // moment ago, their person gone from the directory) take no place: then it reads further.
    for (let limit = INBOX_PAGE + 1; ; limit *= 4) {
      const open = await openEntries(source.inbox, limit);
      const entries = open.filter((entry) => !seen.has(entry.requestId));
      const found = await Promise.all(
        entries.map(async (entry) => {
          const [request, decision] = await Promise.all([
            ChangeRequestModel.findById(entry.requestId).lean(),
            ChangeDecisionModel.findById(entry.requestId).lean(),
          ]);
          if (!request || decision || !(await mayDecide(actor, request, now))) return [];
          const employee = await EmployeeModel.findById(request.employeeId).lean();
          return employee ? [{ request, onBehalfOf: source.onBehalfOf, employee: employee as Employee & { _id: string } }] : [];
        }),
      );
      if (found.flat().length > INBOX_PAGE || open.length < limit) {
        for (const entry of entries) seen.add(entry.requestId);
        waiting.push(...found.flat());
        break;
      }
    }
  }
  waiting = waiting.sort((a, b) => a.request.createdAt.getTime() - b.request.createdAt.getTime());
  const more = waiting.length > INBOX_PAGE;
  waiting = waiting.slice(0, INBOX_PAGE);
  const names = await namesOf([...waiting.flatMap(({ request, onBehalfOf }) => [onBehalfOf, ...request.sharedAccountWith])]);
  const person = (id: string) => ({ id, name: names.get(id) ?? id });
  const items = await Promise.all(
    waiting.map(async ({ request, onBehalfOf, employee }): Promise<ApprovalItem[]> => {
      const [current, document] = await Promise.all([
        readRecord(request.employeeId, directoryName(employee as Person)),
        request.documentId ? ProfileDocumentModel.findById(request.documentId).lean() : null,
      ]);
      return [
        {
          id: request._id,
          employee: { id: employee._id, name: employee.displayName, jobTitle: employee.jobTitle },
          route: request.route,
          fields: request.fields.map((change) => {
            const field = change.field as PersonalField;
            const now = current.values[field];
            return {
              field,
              before: shown(request.employeeId, field, change.before),
              after: shown(request.employeeId, field, change.after),
              current: shown(request.employeeId, field, now),
              conflict: !sameValue(request.employeeId, field, now, change.before as StoredValues[typeof field]),
            };
          }),
          createdAt: request.createdAt.toISOString(),
          effectiveDate: request.effectiveDate,
          onBehalfOf: onBehalfOf ? person(onBehalfOf) : null,
          escalated: request.route === 'manager' && request.inboxEntries.some((entry) => entry.startsWith('hr:')),
          sharedAccountWith: request.sharedAccountWith.map(person),
          document: document ? { id: document._id, name: document.name } : null,
        },
      ];
    }),
  );
  return { items: items.flat(), more, delegatedBy: sources.flatMap((source) => (source.onBehalfOf ? [person(source.onBehalfOf)] : [])) };
}

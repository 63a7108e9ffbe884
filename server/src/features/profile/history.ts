import type { PersonalField, RecordHistory } from '@portico/shared/profile/profile.schemas';

import { namesOf } from '../directory';
import { directoryName, type Person } from './my-data';
import { PersonalRevisionModel } from './personal-record.models';
import { emptyValues, presentRecord, readRecord, revisionId } from './personal-records';
import { ChangeDecisionModel } from './requests/change-request.models';

/** Versions listed at once. */
const PAGE = 20;

/**
 * A record's trail, newest first: each version with who wrote it (and for whom, when a
 * delegate decided), when, the request it applies, and each field it changed before and
 * after, sensitive values masked as everywhere. `before` pages back. Reads by `_id` only.
 */
export async function recordHistory(employee: Person, before?: number): Promise<RecordHistory> {
  const latest = (await readRecord(employee._id, directoryName(employee))).version;
  const top = Math.min(latest, (before ?? latest + 1) - 1);
  const versions = Array.from({ length: Math.max(0, Math.min(PAGE, top)) }, (_, index) => top - index);
  // Each version and the one before it, for the values it replaced.
  const wanted = [...new Set(versions.flatMap((version) => [version, version - 1]).filter((version) => version > 0))];
  const revisions = new Map(
    (await Promise.all(wanted.map((version) => PersonalRevisionModel.findById(revisionId(employee._id, version)).lean()))).flatMap((revision) =>
      revision ? [[revision.version, revision] as const] : [],
    ),
  );
  const decisions = new Map(
    (
      await Promise.all(
        [...new Set(versions.map((version) => revisions.get(version)?.requestId).filter((id): id is string => Boolean(id)))].map((id) =>
          ChangeDecisionModel.findById(id).lean(),
        ),
      )
    ).flatMap((decision) => (decision ? [[decision._id, decision] as const] : [])),
  );
  const names = await namesOf([...revisions.values()].flatMap((revision) => [revision.by, decisions.get(revision.requestId ?? '')?.onBehalfOf]));
  const person = (id: string | null | undefined) => (id ? { id, name: names.get(id) ?? id } : null);
  const empty = emptyValues(directoryName(employee));

  const entries = versions.flatMap((version) => {
    const revision = revisions.get(version);
    if (!revision) return [];
    const shown = presentRecord({ employeeId: employee._id, version, values: revision.values, at: revision.at });
    const previous = presentRecord({ employeeId: employee._id, version: version - 1, values: revisions.get(version - 1)?.values ?? empty, at: null });
    return [
      {
        version,
        at: revision.at.toISOString(),
        by: person(revision.by),
        onBehalfOf: person(decisions.get(revision.requestId ?? '')?.onBehalfOf),
        requestId: revision.requestId ?? null,
        changes: (revision.changed as PersonalField[])
          .filter((field) => JSON.stringify(previous[field]) !== JSON.stringify(shown[field]))
          .map((field) => ({ field, before: previous[field], after: shown[field] })),
      },
    ];
  });
  const last = versions.at(-1);
  return { entries, next: last && last > 1 ? last : null };
}

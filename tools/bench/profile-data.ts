import { personalFields, type PersonalChanges, type PersonalField } from '@portico/shared/profile/profile.schemas';
import mongoose from 'mongoose';

import { demoLocations, EmployeeModel, generateDemoCompany, personas } from '../../server/src/features/directory';
import { NotificationModel } from '../../server/src/features/notifications';
import {
  ChangeApplicationModel,
  ChangeDecisionModel,
  ChangeRequestCountModel,
  ChangeRequestModel,
  demoRecord,
  EscalationModel,
  InboxEntryModel,
  InboxModel,
  PersonalRecordModel,
  PersonalRevisionModel,
  toStored,
  type StoredApplication,
  type StoredChangeRequest,
  type StoredDecision,
  type StoredInboxEntry,
  type StoredRevision,
  type StoredValues,
} from '../../server/src/features/profile/testing';
import { firstNames, lastNames } from './names';

/*
 * People's records and change requests at scale, as the server would have written them over
 * two years: every person's first version (the demo generator's values, sealed as the server
 * seals them), then submissions in time order, each split by approver, numbered per person,
 * filed in its approver's numbered inbox, decided (mostly approved and applied as the next
 * version, some rejected or withdrawn) or, for the latest, still pending. Notices as
 * `notify()` writes them, read once dealt with. Requests still waiting on a manager are
 * either younger than two days (no reminder due) or old enough to have been reminded and
 * offered to HR already, so the jobs the server runs at start find nothing to do.
 * Not written: audit events (the reads measured never read them).
 */

const DAY = 86_400_000;
const HOUR = 3_600_000;

/** Shares that shape the data (documented in docs/profile.md's bench paragraph). */
const shares = {
  /** A submission's approvers: the manager (home address), HR, or both at once. */
  managerOnly: 0.6,
  both: 0.05,
  /** The latest submission still waits: one for the manager only, one with an HR part. */
  pendingManager: 0.7,
  pendingHr: 0.075,
  /** A waiting manager request old enough to have been offered to HR. */
  escalated: 0.02,
  /** Of the decided ones: rejected, withdrawn (the rest approved and applied). */
  rejected: 0.08,
  withdrawn: 0.07,
  /** An immediate change (preferred name, phones) written before a submission. */
  immediateBefore: 0.2,
};

const hrFields: [PersonalField, number][] = [
  ['bankAccount', 0.5],
  ['nationalId', 0.2],
  ['dateOfBirth', 0.3],
];
/** HR staff of the demo company who decide HR's requests (Priya, Olivia). */
const hrDeciders = [personas.hrAgent.id, personas.hrAdmin.id];

/** A small seeded generator (mulberry32): the same data on every run, and fast. */
function random(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  return {
    next,
    between: (low: number, high: number) => low + next() * (high - low),
    pick: <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!,
    weighted: <T>(items: readonly [T, number][]) => {
      let left = next() * items.reduce((sum, [, weight]) => sum + weight, 0);
      for (const [item, weight] of items) if ((left -= weight) < 0) return item;
      return items[items.length - 1]![0];
    },
  };
}

interface Person {
  _id: string;
  firstName: string;
  lastName: string;
  managerId: string | null;
  locationId: string;
  hireDate: Date;
}

export interface ProfileData {
  people: number;
  revisions: number;
  requests: number;
  pending: { manager: number; hr: number; escalated: number };
  decisions: number;
  notifications: number;
  /** Notices of "My data" nobody has opened yet (what GET /api/profile/me marks read). */
  unreadMyData: number;
  inboxEntries: number;
  /** Per inbox read in the rows: requests open in it, and entries from its first open one to its last (what the inbox reads by id). */
  inboxes: Record<string, { open: number; span: number }>;
  generationMs: number;
  insertMs: number;
  /** Generated people, in order (the bench's submitters come from here). */
  generated: string[];
}

interface Writable {
  new (document: unknown): { validate(): Promise<unknown> };
  insertMany(documents: unknown[], options: { lean: true }): Promise<unknown>;
}

/**
 * Writes `rows` through their model in batches of 1,000. Every document is written whole (no
 * defaults to fill in), so the model checks a sample of them (strict schemas: an unknown or
 * missing field throws) and the rest go in without casting: a third of the time.
 */
async function insertAll(model: Writable, rows: readonly unknown[]): Promise<void> {
  for (const row of rows.slice(0, 200)) await new model(row).validate();
  for (let start = 0; start < rows.length; start += 1_000) await model.insertMany(rows.slice(start, start + 1_000), { lean: true });
}

/** Adds people beyond the demo company's (already seeded): teams of eight under a lead, the leads under the demo's department heads. */
function organisation(count: number, now: Date): { people: Person[]; rows: Record<string, unknown>[] } {
  const company = generateDemoCompany();
  const heads = company.departments.map((department) => ({ id: department.headId!, departmentId: department._id }));
  const rng = random(12);
  const people: Person[] = company.employees.map((employee) => ({
    _id: employee._id,
    firstName: employee.firstName,
    lastName: employee.lastName,
    managerId: employee.managerId ?? null,
    locationId: employee.locationId,
    hireDate: employee.hireDate,
  }));
  const rows: Record<string, unknown>[] = [];
  for (let index = 0; index < count; index++) {
    const team = Math.floor(index / 9);
    const head = heads[team % heads.length]!;
    const lead = index % 9 === 0;
    const firstName = firstNames[index % firstNames.length]!;
    const lastName = lastNames[Math.floor(index / firstNames.length) % lastNames.length]!;
    const person: Person = {
      _id: `E${600_000 + index}`,
      firstName,
      lastName,
      managerId: lead ? head.id : `E${600_000 + team * 9}`,
      locationId: demoLocations[team % demoLocations.length]!._id,
      hireDate: new Date(Date.UTC(2014, 0, 1) + Math.floor(rng.between(0, 10 * 365)) * DAY),
    };
    people.push(person);
    rows.push({
      ...person,
      workEmail: `profile.bench.${index}@lumenworks.example`,
      displayName: `${firstName} ${lastName}`,
      jobTitle: lead ? 'Team Lead' : 'Specialist',
      departmentId: head.departmentId,
      employmentType: 'full_time',
      status: 'active',
      preferredLanguage: 'en',
      interfaceLanguage: null,
      workPhone: null,
      createdAt: now,
      updatedAt: now,
    });
  }
  return { people, rows };
}

/** How many requests each person has made: `total` in all, about the same for everyone. */
function requestCounts(people: number, total: number, rng: ReturnType<typeof random>): number[] {
  const counts = Array.from({ length: people }, () => 0);
  for (let made = 0; made < total; made++) counts[Math.floor(rng.next() * people)]! += 1;
  return counts;
}

/** Generates and inserts everything; `people` includes the demo company's 200 (seeded before). */
export async function generateProfiles(options: { people: number; requests: number; now: Date }): Promise<ProfileData> {
  const started = performance.now();
  const { now } = options;
  const countries = new Map(demoLocations.map((location) => [location._id, location.countryCode]));
  const { people, rows: employees } = organisation(Math.max(0, options.people - 200), now);
  const rng = random(2026);

  const revisions: StoredRevision[] = [];
  const heads: { _id: string; version: number }[] = [];
  const requests: StoredChangeRequest[] = [];
  const counts: { _id: string; last: number }[] = [];
  const decisions: StoredDecision[] = [];
  const applications: StoredApplication[] = [];
  const escalations: { _id: string; at: Date }[] = [];
  const notifications: { _id: string; employeeId: string; type: string; params: Record<string, string>; link: string; createdAt: Date; readAt: Date | null }[] =
    [];
  const received = new Map<string, (typeof notifications)[number]>();
  const holders = new Map<string, string[]>();
  /** Each inbox's entries as they were filed (sorted by then before numbering). */
  const filed = new Map<string, { at: Date; request: StoredChangeRequest }[]>();
  const file = (inbox: string, at: Date, request: StoredChangeRequest) => {
    const list = filed.get(inbox) ?? [];
    list.push({ at, request });
    filed.set(inbox, list);
  };

  // First versions, as the demo seed writes them; their values also give other people's new addresses and phones.
  const firsts = people.map((person) => {
    const country = countries.get(person.locationId) ?? 'GB';
    return { person, country, values: toStored(person._id, demoRecord({ ...person, country })) as StoredValues };
  });
  const pool = new Map<string, { addresses: StoredValues['homeAddress'][]; phones: StoredValues['phones'][] }>();
  for (const { country, values } of firsts) {
    const entry = pool.get(country) ?? { addresses: [], phones: [] };
    entry.addresses.push(values.homeAddress);
    entry.phones.push(values.phones);
    pool.set(country, entry);
  }

  const counted = requestCounts(people.length, options.requests, rng);
  const pending = { manager: 0, hr: 0, escalated: 0 };
  for (const [index, { person, country, values: first }] of firsts.entries()) {
    const id = person._id;
    const name = `${person.firstName} ${person.lastName}`;
    let values = first;
    let version = 1;
    let lastAt = person.hireDate;
    let variant = 0;
    const write = (next: StoredValues, changed: PersonalField[], at: Date, by: string | null, requestId: string | null) => {
      version += 1;
      values = next;
      lastAt = at;
      revisions.push({ _id: `${id}:${version}`, employeeId: id, version, values, changed, by, requestId, at });
    };
    revisions.push({ _id: `${id}:1`, employeeId: id, version: 1, values, changed: [...personalFields], by: null, requestId: null, at: person.hireDate });

    // Submissions: a pair of requests (manager and HR at once) or a single one, until the person's count is made.
    const submissions: ('manager' | 'hr' | 'both')[] = [];
    for (let left = counted[index]!; left > 0;) {
      const kind = left >= 2 && person.managerId && rng.next() < shares.both ? 'both' : person.managerId && rng.next() < shares.managerOnly ? 'manager' : 'hr';
      submissions.push(kind);
      left -= kind === 'both' ? 2 : 1;
    }
    // The latest may still wait: for HR up to two weeks; for a manager under two days, or long enough to have been offered to HR.
    const last = submissions.at(-1);
    const waits = last !== undefined && rng.next() < (last === 'manager' ? shares.pendingManager : shares.pendingHr);
    const escalatedToo = waits && last === 'manager' && rng.next() < shares.escalated;
    const waitingSince = !waits
      ? null
      : last === 'hr'
        ? now.getTime() - rng.between(0, 14 * DAY)
        : escalatedToo
          ? now.getTime() - rng.between(15 * DAY, 30 * DAY)
          : now.getTime() - rng.between(0, 40 * HOUR);
    // The others (and the latest when it is decided) over the two years before, decided within three days.
    const until = (waitingSince ?? now.getTime()) - 2 * DAY;
    const from = Math.min(Math.max(now.getTime() - 730 * DAY, person.hireDate.getTime() + 30 * DAY), until - DAY);
    const times = submissions.map(() => rng.between(from, until)).sort((a, b) => a - b);
    if (waitingSince !== null) times[times.length - 1] = waitingSince;

    let number = 0;
    for (const [at, kind] of submissions.entries()) {
      const createdAt = new Date(times[at]!);
      const nextAt = times[at + 1] ?? now.getTime();
      const isPending = waits && at === submissions.length - 1;
      if (!isPending && rng.next() < shares.immediateBefore && createdAt.getTime() - HOUR > lastAt.getTime()) {
        const phones = rng.next() < 0.5;
        const change: Partial<StoredValues> = phones
          ? { phones: rng.pick(pool.get(country)!.phones) }
          : { preferredName: values.preferredName ? '' : person.firstName.slice(0, 3) };
        write({ ...values, ...change }, phones ? ['phones'] : ['preferredName'], new Date(createdAt.getTime() - HOUR), id, null);
      }
      const groups: { route: 'manager' | 'hr'; field: PersonalField }[] = [];
      if (kind !== 'hr') groups.push({ route: 'manager', field: 'homeAddress' });
      if (kind !== 'manager') groups.push({ route: 'hr', field: rng.weighted(hrFields) });
      const submissionId = `bench-${id}-${at}`;
      const made = groups.map(({ route, field }) => {
        let after: StoredValues[PersonalField];
        if (field === 'homeAddress') {
          const addresses = pool.get(country)!.addresses;
          do after = rng.pick(addresses);
          while (JSON.stringify(after) === JSON.stringify(values.homeAddress));
        } else if (field === 'dateOfBirth') {
          after = new Date(Date.UTC(1965, 0, 1) + Math.floor(rng.between(0, 35 * 365)) * DAY).toISOString().slice(0, 10);
        } else {
          const other = demoRecord({ ...person, country }, ++variant);
          after = toStored(id, { [field]: other[field] } as PersonalChanges)[field]!;
        }
        number += 1;
        const request: StoredChangeRequest = {
          _id: `${id}:${number}`,
          employeeId: id,
          submissionId,
          route,
          approverId: route === 'manager' ? person.managerId : null,
          fields: [{ field, before: values[field] ?? null, after }],
          baseVersion: version,
          effectiveDate: null,
          documentId: null,
          sharedAccountWith: [],
          createdAt,
          inboxEntries: [],
          state: 'pending',
        };
        requests.push(request);
        file(route === 'manager' ? `manager:${person.managerId}` : 'hr', createdAt, request);
        if (route === 'manager') {
          const notice = {
            _id: `profile.received:${request._id}`,
            employeeId: person.managerId!,
            type: 'profile.request_received',
            params: { title: name },
            link: '/approvals',
            createdAt,
            readAt: null,
          };
          notifications.push(notice);
          received.set(request._id, notice);
        }
        return request;
      });

      if (isPending) {
        for (const request of made) {
          if (request.route === 'hr') pending.hr += 1;
          else pending.manager += 1;
          if (request.route !== 'manager' || !escalatedToo) continue;
          // Reminded after three working days, offered to HR after five (what the hourly job did).
          pending.escalated += 1;
          escalations.push({ _id: request._id, at: new Date(createdAt.getTime() + 7 * DAY) });
          file('hr', new Date(createdAt.getTime() + 7 * DAY), request);
          notifications.push({
            _id: `profile.reminder:${request._id}`,
            employeeId: request.approverId!,
            type: 'profile.request_reminder',
            params: { title: '3' },
            link: '/approvals',
            createdAt: new Date(createdAt.getTime() + 4 * DAY),
            readAt: null,
          });
        }
        continue;
      }

      // Decided one after the other, before the next submission.
      let decidedAt = createdAt.getTime();
      for (const request of made) {
        decidedAt = Math.min(decidedAt + rng.between(HOUR, 72 * HOUR), nextAt - 60_000 * (made.length - made.indexOf(request)));
        const at = new Date(Math.max(decidedAt, lastAt.getTime() + 1_000, createdAt.getTime() + 1_000));
        const roll = rng.next();
        const outcome = roll < shares.withdrawn ? 'withdrawn' : roll < shares.withdrawn + shares.rejected ? 'rejected' : 'approved';
        const decider = request.route === 'manager' ? request.approverId! : hrDeciders.find((hr) => hr !== id)!;
        const reason = outcome === 'rejected' ? 'Please send the document that shows the change.' : null;
        decisions.push({ _id: request._id, outcome, by: outcome === 'withdrawn' ? id : decider, onBehalfOf: null, reason, at });
        request.state = outcome === 'approved' ? 'applied' : outcome;
        // Deciding marks the manager's notice read (settle).
        const notice = received.get(request._id);
        if (notice) notice.readAt = at;
        // "My data" notices older than a week were seen; the newer ones still wait.
        const seen = at.getTime() < now.getTime() - 7 * DAY ? new Date(at.getTime() + DAY) : null;
        if (outcome !== 'withdrawn') {
          notifications.push({
            _id: `profile.decided:${request._id}`,
            employeeId: id,
            type: outcome === 'approved' ? 'profile.request_approved' : 'profile.request_rejected',
            params: { title: reason ?? '' },
            link: '/my-data',
            createdAt: at,
            readAt: seen,
          });
        }
        if (outcome === 'approved') {
          const change = request.fields[0]!;
          write({ ...values, [change.field]: change.after }, [change.field as PersonalField], at, decider, request._id);
          applications.push({ _id: request._id, claimedAt: at, appliedAt: at, version });
          notifications.push({
            _id: `profile.applied:${request._id}`,
            employeeId: id,
            type: 'profile.change_applied',
            params: {},
            link: '/my-data',
            createdAt: at,
            readAt: seen,
          });
        }
        lastAt = at;
      }
    }
    heads.push({ _id: id, version });
    if (number) counts.push({ _id: id, last: number });
    if (values.bankAccount) holders.set(values.bankAccount.fingerprint, [...(holders.get(values.bankAccount.fingerprint) ?? []), id]);
  }

  // Inboxes: entries numbered in the order they were filed; the start hint at the first open one (where a read leaves it).
  const entries: StoredInboxEntry[] = [];
  const inboxes: { _id: string; first: number; last: number }[] = [];
  const shape: ProfileData['inboxes'] = {};
  for (const [inbox, list] of filed) {
    list.sort((a, b) => a.at.getTime() - b.at.getTime());
    let firstOpen = 0;
    for (const [index, { request }] of list.entries()) {
      const entryId = `${inbox}:${index + 1}`;
      const closed = request.state !== 'pending';
      if (!closed && !firstOpen) firstOpen = index + 1;
      request.inboxEntries.push(entryId);
      entries.push({
        _id: entryId,
        inbox,
        requestId: request._id,
        employeeId: request.employeeId,
        fields: request.fields.map((change) => change.field),
        createdAt: request.createdAt,
        closed,
      });
    }
    const first = firstOpen || list.length + 1;
    inboxes.push({ _id: inbox, first, last: list.length });
    shape[inbox] = { open: list.filter(({ request }) => request.state === 'pending').length, span: list.length - first + 1 };
  }
  const generationMs = performance.now() - started;

  const inserting = performance.now();
  // Two streams at once: the database writes one batch while the other is being sent.
  const accountHolders = mongoose.connection.db!.collection<{ _id: string; holders: string[] }>('profile_account_holders');
  const holderRows = [...holders].map(([fingerprint, ids]) => ({ _id: fingerprint, holders: ids }));
  await Promise.all([
    (async () => {
      await insertAll(PersonalRevisionModel, revisions);
      await insertAll(ChangeRequestModel, requests);
    })(),
    (async () => {
      await insertAll(NotificationModel, notifications);
      const others: [Writable, readonly unknown[]][] = [
        [EmployeeModel, employees],
        [PersonalRecordModel, heads],
        [ChangeRequestCountModel, counts],
        [ChangeDecisionModel, decisions],
        [ChangeApplicationModel, applications],
        [InboxEntryModel, entries],
        [InboxModel, inboxes],
        [EscalationModel, escalations],
      ];
      for (const [model, rows] of others) await insertAll(model, rows);
      // The account holders' model is private to the profile feature: the same documents through the driver.
      for (let start = 0; start < holderRows.length; start += 1_000) await accountHolders.insertMany(holderRows.slice(start, start + 1_000));
    })(),
  ]);
  const insertMs = performance.now() - inserting;

  return {
    people: people.length,
    revisions: revisions.length,
    requests: requests.length,
    pending,
    decisions: decisions.length,
    notifications: notifications.length,
    unreadMyData: notifications.filter((notice) => notice.link === '/my-data' && !notice.readAt).length,
    inboxEntries: entries.length,
    inboxes: shape,
    generationMs,
    insertMs,
    generated: employees.map((row) => row['_id'] as string),
  };
}

import { randomUUID } from 'node:crypto';
import mongoose from 'mongoose';

import { HandbookArticleModel, type HandbookArticle } from '../handbook.models';
import { readableAudiences } from '../handbook.policy';
import { chooseVariant, isReadable } from '../articles';
import { ACKNOWLEDGE_WITHIN_DAYS, AcknowledgementModel, acknowledgementId } from './acknowledgement.model';
import type { Actor } from '../../auth';
import { DepartmentModel, EmployeeModel, LocationModel } from '../../directory';
import { markReadByLink, notify } from '../../notifications';

const DAY = 86_400_000;

export const dueDate = (policy: Pick<HandbookArticle, 'majorPublishedAt' | 'publishedAt'>) => {
  const from = policy.majorPublishedAt ?? policy.publishedAt;
  return from ? new Date(from.getTime() + ACKNOWLEDGE_WITHIN_DAYS * DAY) : null;
};

/** The active employees a policy's audience covers (managers: people with reports). */
const currentEmployees = () =>
  EmployeeModel.find({ status: { $ne: 'terminated' } }, { departmentId: 1, locationId: 1, managerId: 1, preferredLanguage: 1 }).lean();
type AudienceMember = Awaited<ReturnType<typeof currentEmployees>>[number];

export async function audienceOf(policy: Pick<HandbookArticle, 'audience'>): Promise<AudienceMember[]> {
  return audienceAmong(policy, await currentEmployees());
}

function audienceAmong(policy: Pick<HandbookArticle, 'audience'>, employees: AudienceMember[]): AudienceMember[] {
  if (policy.audience === 'everyone') return employees;
  const managers = new Set(employees.map((employee) => employee.managerId).filter(Boolean));
  // HR-only policies reach the People department; manager policies reach managers and HR.
  return employees.filter((employee) => (policy.audience === 'managers' && managers.has(employee._id)) || employee.departmentId === 'people');
}

export async function publishedPolicies(): Promise<HandbookArticle[]> {
  return HandbookArticleModel.find({ kind: 'policy', status: 'published' }).lean<HandbookArticle[]>();
}

export interface PendingPolicy {
  slug: string;
  title: string;
  version: string;
  dueAt: string | null;
  overdue: boolean;
}

/** The policies this person still has to acknowledge, soonest due first. */
export async function pendingPolicies(actor: Actor, language: string): Promise<PendingPolicy[]> {
  const audiences = readableAudiences(actor);
  const policies = (await publishedPolicies()).filter((policy) => isReadable(policy, audiences));
  const acknowledged = await Promise.all(
    policies.map((policy) => AcknowledgementModel.exists({ _id: acknowledgementId(policy._id, policy.major, actor.employeeId) })),
  );
  const now = Date.now();
  return policies
    .filter((_policy, index) => !acknowledged[index])
    .map((policy) => {
      const due = dueDate(policy);
      return {
        slug: policy._id,
        title: chooseVariant(policy.variants, language)?.title ?? policy._id,
        version: `${policy.major}.${policy.minor}`,
        dueAt: due?.toISOString() ?? null,
        overdue: Boolean(due && due.getTime() < now),
      };
    })
    .sort((a, b) => (a.dueAt ?? '').localeCompare(b.dueAt ?? ''));
}

const policyLink = (policy: HandbookArticle) => `/handbook/${policy._id}`;

/** Records that the person read this major version; doing it again changes nothing. */
export async function acknowledgePolicy(policy: HandbookArticle, actor: Actor, language: string): Promise<Date> {
  const employee = await EmployeeModel.findById(actor.employeeId, { departmentId: 1, locationId: 1 }).lean();
  const id = acknowledgementId(policy._id, policy.major, actor.employeeId);
  try {
    const at = new Date();
    await AcknowledgementModel.create({
      _id: id,
      slug: policy._id,
      major: policy.major,
      employeeId: actor.employeeId,
      departmentId: employee?.departmentId ?? 'unknown',
      locationId: employee?.locationId ?? 'unknown',
      version: `${policy.major}.${policy.minor}`,
      language,
      at,
    });
    await markReadByLink(actor.employeeId, policyLink(policy));
    return at;
  } catch (error) {
    if (!(error instanceof mongoose.mongo.MongoServerError && error.code === 11000)) throw error;
    return (await AcknowledgementModel.findById(id).lean())!.at;
  }
}

export interface CompletionRow {
  key: string;
  name: string;
  acknowledged: number;
  total: number;
}

export interface Completion {
  total: number;
  acknowledged: number;
  byDepartment: CompletionRow[];
  byLocation: CompletionRow[];
}

/**
 * How many of each policy's audience acknowledged its current major version, by
 * department and by location. The directory and the acknowledgements are read once for
 * all the policies: each of those reads is a scan on the embedded database.
 */
export async function policyCompletions(policies: HandbookArticle[]): Promise<Map<string, Completion>> {
  const [employees, acknowledgements, departments, locations] = await Promise.all([
    currentEmployees(),
    AcknowledgementModel.find(policies.length === 1 ? { slug: policies[0]!._id } : {}, { slug: 1, major: 1, employeeId: 1 }).lean(),
    DepartmentModel.find({}, { name: 1 }).lean(),
    LocationModel.find({}, { name: 1 }).lean(),
  ]);
  const names = {
    departmentId: new Map(departments.map((department) => [department._id, department.name])),
    locationId: new Map(locations.map((location) => [location._id, location.name])),
  };
  // Who acknowledged which version, grouped once rather than filtered again for each policy.
  const acknowledgedBy = new Map<string, Set<string>>();
  for (const { slug, major, employeeId } of acknowledgements) {
    const key = `${slug}:${major}`;
    acknowledgedBy.set(key, (acknowledgedBy.get(key) ?? new Set()).add(employeeId));
  }
  const completions = new Map<string, Completion>();
  for (const policy of policies) {
    const audience = audienceAmong(policy, employees);
    const acknowledged = acknowledgedBy.get(`${policy._id}:${policy.major}`) ?? new Set<string>();
    const rows = (key: 'departmentId' | 'locationId'): CompletionRow[] => {
      const groups = new Map<string, CompletionRow>();
      for (const employee of audience) {
        const row = groups.get(employee[key]) ?? { key: employee[key], name: names[key].get(employee[key]) ?? employee[key], acknowledged: 0, total: 0 };
        row.total++;
        if (acknowledged.has(employee._id)) row.acknowledged++;
        groups.set(employee[key], row);
      }
      return [...groups.values()].sort((a, b) => a.name.localeCompare(b.name));
    };
    completions.set(policy._id, {
      total: audience.length,
      acknowledged: audience.filter((employee) => acknowledged.has(employee._id)).length,
      byDepartment: rows('departmentId'),
      byLocation: rows('locationId'),
    });
  }
  return completions;
}

export async function policyCompletion(policy: HandbookArticle): Promise<Completion> {
  return (await policyCompletions([policy])).get(policy._id)!;
}

/** New policy, or new major version: everyone in its audience hears of it once. */
export async function announcePolicy(policy: HandbookArticle): Promise<number> {
  if (policy.kind !== 'policy' || policy.status !== 'published') return 0;
  const audience = await audienceOf(policy);
  const due = dueDate(policy);
  return notify(
    audience.map((employee) => ({
      id: `policy:${policy._id}:${policy.major}:${employee._id}`,
      employeeId: employee._id,
      type: 'policy.published',
      params: { title: chooseVariant(policy.variants, employee.preferredLanguage)?.title ?? policy._id, dueAt: due?.toISOString() ?? '' },
      link: policyLink(policy),
    })),
  );
}

/**
 * Announces a published policy's current major version once readers can see it, and
 * notes that it did; a scheduled one waits for its moment (`announceScheduledPolicies`).
 */
export async function announceIfVisible(policy: HandbookArticle, now = new Date()): Promise<number> {
  if (policy.kind !== 'policy' || policy.status !== 'published' || (policy.publishAt && policy.publishAt > now)) return 0;
  const sent = await announcePolicy(policy);
  // Not an edit: the article's updatedAt stays as it is.
  await HandbookArticleModel.updateOne({ _id: policy._id }, { $set: { announcedMajor: policy.major } }, { timestamps: false });
  return sent;
}

/**
 * Scheduled policies whose moment has come and whose major version was not announced
 * yet. Any instance may run it at the same time as another: notifications have
 * deterministic ids, so each person hears once.
 */
export async function announceScheduledPolicies(now = new Date()): Promise<number> {
  const due = await HandbookArticleModel.find({ kind: 'policy', status: 'published', publishAt: { $ne: null, $lte: now } }).lean<HandbookArticle[]>();
  let sent = 0;
  for (const policy of due) if (policy.announcedMajor !== policy.major) sent += await announceIfVisible(policy, now);
  return sent;
}

/** A reminder to everyone who has not acknowledged yet: one per person per run. */
export async function remindPending(policy: HandbookArticle): Promise<number> {
  const audience = await audienceOf(policy);
  const acknowledged = new Set(
    (await AcknowledgementModel.find({ slug: policy._id, major: policy.major }, { employeeId: 1 }).lean()).map((acknowledgement) => acknowledgement.employeeId),
  );
  const run = randomUUID();
  const due = dueDate(policy);
  return notify(
    audience
      .filter((employee) => !acknowledged.has(employee._id))
      .map((employee) => ({
        id: `reminder:${run}:${policy._id}:${employee._id}`,
        employeeId: employee._id,
        type: 'policy.reminder',
        params: { title: chooseVariant(policy.variants, employee.preferredLanguage)?.title ?? policy._id, dueAt: due?.toISOString() ?? '' },
        link: policyLink(policy),
      })),
  );
}

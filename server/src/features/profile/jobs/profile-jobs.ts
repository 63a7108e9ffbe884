import { DateTime } from 'luxon';

import { insertedFirst } from '../../../platform/db/inserts';
import type { Jobs } from '../../../platform/jobs/jobs';
import type { Logger } from '../../../platform/logger';
import { recordAuditEvent } from '../../audit';
import { EmployeeModel } from '../../directory';
import type { JobContext } from '../../feature';
import { notify, type Messenger } from '../../notifications';
import { workingCalendars, type CalendarOf } from '../../settings';
import { ChangeDecisionModel, ChangeRequestModel, EscalationModel, InboxModel, ToApplyModel } from '../requests/change-request.models';
import { addToInbox } from '../requests/change-requests';
import { applyRequest } from '../requests/decisions';
import { openEntries } from '../requests/inbox';
import { approvalTiming } from '../field-policy';

/*
 * The profile's timed work, on the portal's scheduler (ADR 0008): approved changes whose day
 * has come (and applications a stopped process left unfinished) reach the record; requests
 * waiting too long remind their approver, then are offered to HR. Each step is decided by
 * inserts, so two instances at once do each thing once.
 */

export const profileJobs = { applyDue: 'profile.apply-due', remind: 'profile.remind' } as const;

export interface ProfileJobContext {
  now: Date;
  log: Logger;
  messenger: Messenger;
}

/** Applies every approved request whose effective day has come; returns how many it applied. */
export async function applyDue(context: ProfileJobContext): Promise<number> {
  const today = context.now.toISOString().slice(0, 10);
  let applied = 0;
  for (const entry of await ToApplyModel.find({ due: { $lte: today } }).lean()) {
    if (entry.notBefore && entry.notBefore > context.now) continue;
    const request = await ChangeRequestModel.findById(entry._id).lean();
    if (!request) continue;
    try {
      const done = await applyRequest(request, {
        by: entry.by,
        onBehalfOf: entry.onBehalfOf,
        now: context.now,
        log: context.log,
        requestId: `job:${profileJobs.applyDue}`,
        messenger: context.messenger,
      });
      if (done) applied += 1;
    } catch (error) {
      // One request that cannot be applied (its person left the directory) holds up no other; it stays listed.
      context.log.warn({ err: error, changeRequest: request._id }, 'approved personal data change not applied');
    }
  }
  return applied;
}

/** Whole working days from `from` to `to` in a calendar (its weekdays, less its holidays, in its time zone). */
export function workingDaysBetween(from: Date, to: Date, calendar: ReturnType<CalendarOf>): number {
  let day = DateTime.fromJSDate(from, { zone: calendar.timeZone }).startOf('day').plus({ days: 1 });
  const end = DateTime.fromJSDate(to, { zone: calendar.timeZone });
  let count = 0;
  while (day <= end) {
    if (calendar.days.includes(day.weekday) && !calendar.holidays.includes(day.toISODate()!)) count += 1;
    day = day.plus({ days: 1 });
  }
  return count;
}

/**
 * For each manager's inbox: a request waiting `remindAfterDays` working days (HR's setting,
 * in the manager's office calendar) reminds the manager once, in the bell; after
 * `escalateAfterDays` it is also put in HR's inbox, once, with an audit event.
 */
export async function remindAndEscalate(context: ProfileJobContext): Promise<{ reminded: number; escalated: number }> {
  const [calendarOf, timing] = await Promise.all([workingCalendars(), approvalTiming()]);
  let reminded = 0;
  let escalated = 0;
  // One document per manager with requests: a small collection.
  for (const { _id: inbox } of await InboxModel.find({ _id: /^manager:/ }, { _id: 1 }).lean()) {
    const managerId = inbox.slice('manager:'.length);
    const manager = await EmployeeModel.findById(managerId, { locationId: 1 }).lean();
    const calendar = calendarOf(manager?.locationId ?? '');
    for (const entry of await openEntries(inbox)) {
      const waited = workingDaysBetween(entry.createdAt, context.now, calendar);
      if (waited < timing.remindAfterDays) continue;
      if (await ChangeDecisionModel.exists({ _id: entry.requestId })) continue;
      reminded += await notify([
        {
          id: `profile.reminder:${entry.requestId}`,
          employeeId: managerId,
          type: 'profile.request_reminder',
          params: { title: String(waited) },
          link: '/approvals',
        },
      ]);
      if (waited < timing.escalateAfterDays) continue;
      const request = await ChangeRequestModel.findById(entry.requestId).lean();
      if (!request || !(await insertedFirst(() => EscalationModel.create({ _id: request._id, at: context.now })))) continue;
      await addToInbox('hr', request);
      escalated += 1;
      await recordAuditEvent(context.log, {
        type: 'profile.request_escalated',
        outcome: 'success',
        employeeId: null,
        requestId: `job:${profileJobs.remind}`,
        details: { subject: request.employeeId, changeRequest: request._id, manager: managerId, workingDays: waited },
      });
    }
  }
  return { reminded, escalated };
}

export async function scheduleProfileJobs(jobs: Jobs, context: JobContext): Promise<void> {
  const log = context.logger.child({ component: 'profile jobs' });
  const messenger: Messenger = { mailer: context.mailer, publicUrl: context.publicUrl, logger: log };
  jobs.define(profileJobs.applyDue, async () => {
    const applied = await applyDue({ now: context.clock.now(), log, messenger });
    if (applied) log.info({ applied }, 'approved personal data changes applied');
  });
  jobs.define(profileJobs.remind, async () => {
    const done = await remindAndEscalate({ now: context.clock.now(), log, messenger });
    if (done.reminded || done.escalated) log.info(done, 'approvers reminded, requests offered to HR');
  });
  await jobs.every('15 minutes', profileJobs.applyDue);
  await jobs.every('1 hour', profileJobs.remind);
}

import type { Clock } from '../../../platform/clock';
import type { Jobs } from '../../../platform/jobs/jobs';
import type { Logger } from '../../../platform/logger';
import type { Mailer } from '../../../platform/mail/mailer';
import { autoCloseResolved } from './auto-close';
import { sweepSlaBreaches, type JobContext } from './sla-sweep';

/*
 * The help desk's timed work (issue 5 §5, §6): recurring sweeps on the portal's scheduler
 * (platform/jobs, ADR 0008), never one job per ticket, which would fill the `jobs`
 * collection every poll scans. Each sweep is idempotent and safe on several instances at
 * once (the scheduler runs an occurrence once; the sweeps decide per ticket by inserts too).
 */

export const ticketJobs = { slaSweep: 'tickets.sla-sweep', autoClose: 'tickets.auto-close' } as const;

export interface TicketJobDependencies {
  clock: Clock;
  mailer: Mailer;
  logger: Logger;
  /** The portal's address, for links in mail. */
  publicUrl: string;
}

const contextOf = ({ clock, mailer, logger, publicUrl }: TicketJobDependencies): JobContext => ({ now: clock.now(), messenger: { mailer, publicUrl, logger } });

/** Defines the help desk's jobs and makes sure each recurring one exists (once, whatever the number of instances). */
export async function scheduleTicketJobs(jobs: Jobs, dependencies: TicketJobDependencies): Promise<void> {
  const log = dependencies.logger.child({ component: 'help desk jobs' });
  jobs.define(ticketJobs.slaSweep, async () => {
    const breaches = await sweepSlaBreaches(contextOf({ ...dependencies, logger: log }));
    if (breaches) log.info({ breaches }, 'SLA breaches recorded');
  });
  jobs.define(ticketJobs.autoClose, async () => {
    const closed = await autoCloseResolved(contextOf({ ...dependencies, logger: log }));
    if (closed) log.info({ closed }, 'resolved tickets closed automatically');
  });
  await jobs.every('1 minute', ticketJobs.slaSweep);
  await jobs.every('1 hour', ticketJobs.autoClose);
}

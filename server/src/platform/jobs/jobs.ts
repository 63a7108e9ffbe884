import { Agenda, Job } from 'agenda';
import mongoose from 'mongoose';
import { createHash, randomUUID } from 'node:crypto';
import { setTimeout as delay } from 'node:timers/promises';

import type { Clock } from '../clock';
import { isDuplicateKey } from '../db/inserts';
import type { Logger } from '../logger';
import { ClaimingMongoBackend, type OccurrenceRecordingRepository } from './claiming-backend';
import { JobClaims, type JobClaim } from './job-claims';

/** What a handler learns about the run it is asked to do. */
export interface JobRun<Data> {
  name: string;
  data: Data;
  /** The moment this occurrence was due (null for a job that was never scheduled). */
  dueAt: Date | null;
  /** 1, or more when an instance died while running this occurrence before. */
  attempt: number;
}

export type JobHandler<Data = unknown> = (run: JobRun<Data>) => Promise<void> | void;

/** `'5 minutes'`, `'1 day'` (human-interval), a cron expression, or milliseconds. */
export type JobInterval = string | number;

export interface RunDueResult {
  /** Handlers this instance ran (failed ones included). */
  ran: number;
  failed: number;
  /** Due occurrences another instance had claimed already. */
  skipped: number;
}

/**
 * Timed work for features, on Agenda (docs/adr/0008-job-scheduler.md) without
 * depending on it: jobs live in the database, so they survive restarts, and each
 * occurrence runs once however many instances run a scheduler.
 */
export interface Jobs {
  /** The handler for a job name. Define every name before `start()`. */
  define<Data = unknown>(name: string, handler: JobHandler<Data>): void;
  /** A recurring job, one per name whatever the number of instances; the first run is due now. */
  every(interval: JobInterval, name: string): Promise<void>;
  /** A one-off run of `name` at `when`; returns the job's id. */
  schedule<Data>(when: Date, name: string, data: Data): Promise<string>;
  /** Removes pending jobs of `name` (those whose data holds every field of `data`, if given). */
  cancel(name: string, data?: Record<string, string | number | boolean>): Promise<number>;
  /** Polls the database on the real clock and runs what comes due (production). */
  start(): Promise<void>;
  /** Stops polling, then waits (up to `stopTimeoutMs`) for the handlers still running. */
  stop(): Promise<void>;
  /** Runs every job due at `clock.now()`, then returns: specs jump time and call this. */
  runDue(): Promise<RunDueResult>;
}

export interface JobsOptions {
  clock: Clock;
  logger: Logger;
  /** Defaults to Mongoose's connection, the one the portal opened. */
  db?: mongoose.mongo.Db;
  /** Names this instance in the job documents and claims. */
  instance?: string;
  processEveryMs?: number;
  /** After this long a lock is presumed dead and another instance may run the job. */
  lockLifetimeMs?: number;
  stopTimeoutMs?: number;
  /** How long claims are kept (they only matter while their occurrence could be locked again). */
  claimRetentionMs?: number;
}

export const jobCollections = { jobs: 'jobs', claims: 'jobClaims' } as const;

const purgeClaimsJob = 'platform.jobs.purge-claims';

/**
 * Recurring jobs get an id derived from their name: every instance calls `every()` at
 * start, and only an insert of one known `_id` keeps that from creating one job per
 * instance (an upsert by name is not atomic on the embedded database, nor without a
 * unique index on MongoDB).
 */
export function recurringJobId(name: string): mongoose.Types.ObjectId {
  return new mongoose.Types.ObjectId(createHash('sha256').update(`portico-recurring-job:${name}`).digest('hex').slice(0, 24));
}

export function createJobs(options: JobsOptions): Jobs {
  const { clock, logger } = options;
  const db = options.db ?? mongoose.connection.db;
  if (!db) throw new Error('createJobs needs an open database connection');
  const instance = options.instance ?? `portico-${randomUUID().slice(0, 8)}`;
  const lockLifetimeMs = options.lockLifetimeMs ?? 10 * 60_000;
  const stopTimeoutMs = options.stopTimeoutMs ?? 10_000;
  const claimRetentionMs = options.claimRetentionMs ?? 7 * 86_400_000;
  const log = logger.child({ component: 'jobs', instance });

  const backend = new ClaimingMongoBackend(db, jobCollections.jobs);
  const repository: OccurrenceRecordingRepository = backend.repository;
  const agenda = new Agenda({
    backend,
    name: instance,
    processEvery: options.processEveryMs ?? 30_000,
    defaultLockLifetime: lockLifetimeMs,
    // Done one-off jobs go: on the embedded database every poll scans this collection.
    removeOnComplete: true,
  });
  agenda.on('error', (error: Error) => {
    // A job another instance ran and removed while this one had locked it too (the
    // embedded database's lock is not atomic): nothing ran twice, nothing to report.
    if (/cannot be updated in the database/.test(error.message)) log.debug({ err: error }, 'job gone before it could run');
    else log.warn({ err: error }, 'job scheduler error');
  });
  const claims = new JobClaims(db.collection<JobClaim>(jobCollections.claims), clock, instance, lockLifetimeMs / 2);
  const running = new Set<Promise<unknown>>();
  const handlers = new Map<string, JobHandler<never>>();
  const repositoryOptions = { lastModifiedBy: instance };

  /** Claims the occurrence, then runs the handler; 'skipped' when another instance has it. */
  async function runClaimed(job: Job): Promise<'ran' | 'skipped'> {
    const { name } = job.attrs;
    const jobId = job.attrs._id!.toString();
    const dueAt = repository.takeDueAt(jobId);
    if (dueAt === undefined) throw new Error(`job ${name} (${jobId}) runs without a lock taken by this instance`);
    const claim = await claims.claim({ job: name, jobId, dueAt });
    if (!claim) {
      log.debug({ job: name, jobId, dueAt }, 'occurrence claimed by another instance');
      return 'skipped';
    }
    const handler = handlers.get(name)!;
    const run = Promise.resolve().then(() => handler({ name, data: job.attrs.data as never, dueAt, attempt: claim.attempt }));
    running.add(run);
    try {
      await run;
      await claims.finish(claim, 'succeeded');
      return 'ran';
    } catch (error) {
      log.error({ err: error, job: name, jobId }, 'job failed');
      await claims.finish(claim, 'failed');
      throw error;
    } finally {
      running.delete(run);
    }
  }

  /** Agenda's `Job.run` on the injected clock (it reads the system clock itself). */
  async function runLocked(job: Job, now: Date): Promise<'ran' | 'skipped' | 'failed'> {
    job.attrs.lastRunAt = now;
    // Agenda's next occurrence, counted from `now` (this wrapper offers no `repeatAt` jobs).
    if (job.attrs.repeatInterval) job.repeatEvery(job.attrs.repeatInterval, { timezone: job.attrs.repeatTimezone });
    else job.attrs.nextRunAt = null;
    try {
      await repository.saveJobState(job.attrs, repositoryOptions);
    } catch (error) {
      // Both instances locked it and the other one has run it and removed it already.
      if (!(await repository.getJobById(job.attrs._id!))) return 'skipped';
      throw error;
    }
    let outcome: 'ran' | 'skipped' | 'failed';
    try {
      outcome = await runClaimed(job);
      job.attrs.lastFinishedAt = clock.now();
    } catch (error) {
      job.fail(error instanceof Error ? error : String(error));
      outcome = 'failed';
    }
    job.attrs.lockedAt = undefined;
    try {
      if (outcome !== 'failed' && !job.attrs.nextRunAt) await repository.removeJobs({ id: job.attrs._id! });
      else await repository.saveJobState(job.attrs, repositoryOptions);
    } catch (error) {
      // As in Agenda: the job may be gone already (removed by the instance that ran it).
      log.debug({ err: error, job: job.attrs.name }, 'job state not saved');
    }
    return outcome;
  }

  const jobs: Jobs = {
    define(name, handler) {
      handlers.set(name, handler as JobHandler<never>);
      agenda.define(name, async (job: Job) => {
        await runClaimed(job);
      });
    },

    async every(interval, name) {
      await agenda.ready;
      const probe = new Job(agenda, { name, type: 'single', priority: 0, data: null, nextRunAt: null, lastRunAt: clock.now() }).repeatEvery(interval);
      if (!probe.attrs.nextRunAt) throw new Error(`"${interval}" is not an interval the scheduler understands`);
      const _id = recurringJobId(name);
      try {
        await repository.collection.insertOne({
          _id,
          name,
          type: 'single',
          priority: 0,
          data: null,
          nextRunAt: clock.now(),
          repeatInterval: interval,
          lockedAt: null,
          disabled: null,
          lastModifiedBy: instance,
        });
      } catch (error) {
        if (!isDuplicateKey(error)) throw error;
        // It exists (another instance, an earlier start): keep its schedule, adopt a new interval.
        const existing = await repository.collection.findOne({ _id });
        if (existing && existing.repeatInterval !== interval) await repository.collection.updateOne({ _id }, { $set: { repeatInterval: interval } });
      }
    },

    async schedule(when, name, data) {
      const job = await agenda.schedule(when, name, data);
      return job.attrs._id!.toString();
    },

    async cancel(name, data) {
      await agenda.ready;
      return repository.removeJobs(data ? { name, data } : { name });
    },

    async start() {
      jobs.define(purgeClaimsJob, () =>
        claims.purgeOlderThan(new Date(clock.now().getTime() - claimRetentionMs)).then((purged) => {
          if (purged) log.info({ purged }, 'old job claims purged');
        }),
      );
      await jobs.every('1 day', purgeClaimsJob);
      await agenda.start();
      log.info({ jobs: [...handlers.keys()] }, 'job scheduler started');
    },

    async stop() {
      // Unlocks what this instance locked but has not started; running handlers go on.
      await agenda.stop(false);
      if (running.size) await Promise.race([Promise.allSettled([...running]), delay(stopTimeoutMs)]);
    },

    async runDue() {
      await agenda.ready;
      const result: RunDueResult = { ran: 0, failed: 0, skipped: 0 };
      for (const name of handlers.keys()) {
        // Bounded: a job that keeps coming due at the same instant must not spin forever.
        for (let round = 0; round < 1_000; round++) {
          const now = clock.now();
          const locked = await repository.getNextJobToRun(name, now, new Date(now.getTime() - lockLifetimeMs), now, repositoryOptions);
          if (!locked) break;
          if (locked.nextRunAt && locked.nextRunAt > now) {
            // A dead instance's lock on a job that is not due yet: free it, as Agenda does.
            repository.takeDueAt(locked._id!.toString());
            await repository.unlockJob(locked);
            continue;
          }
          const outcome = await runLocked(new Job(agenda, locked, true), now);
          if (outcome === 'skipped') result.skipped++;
          else result.ran++;
          if (outcome === 'failed') result.failed++;
        }
      }
      return result;
    },
  };
  return jobs;
}

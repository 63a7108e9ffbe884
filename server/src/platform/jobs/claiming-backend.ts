import { MongoJobRepository } from '@agendajs/mongo-backend';
import type { AgendaBackend, JobParameters, JobRepositoryOptions } from 'agenda';
import type mongoose from 'mongoose';

/**
 * Agenda's MongoDB repository, remembering the moment each job it locks was due. A job's
 * handler runs after Agenda has already moved `nextRunAt` on to the next occurrence, and
 * the claim must name the occurrence that was locked, the same one on every instance that
 * locked it (see job-claims.ts).
 */
export class OccurrenceRecordingRepository extends MongoJobRepository {
  private readonly lockedDueAt = new Map<string, Date | null>();

  override async getNextJobToRun(
    jobName: string,
    nextScanAt: Date,
    lockDeadline: Date,
    now: Date | undefined,
    options: JobRepositoryOptions | undefined,
  ): Promise<JobParameters | undefined> {
    return this.remember(await super.getNextJobToRun(jobName, nextScanAt, lockDeadline, now, options));
  }

  override async lockJob(job: JobParameters, options: JobRepositoryOptions | undefined): Promise<JobParameters | undefined> {
    return this.remember(await super.lockJob(job, options));
  }

  /** When the occurrence locked last for this job was due (forgotten once asked). */
  takeDueAt(jobId: string): Date | null | undefined {
    const dueAt = this.lockedDueAt.get(jobId);
    this.lockedDueAt.delete(jobId);
    return dueAt;
  }

  private remember(job: JobParameters | undefined): JobParameters | undefined {
    if (job?._id) this.lockedDueAt.set(job._id.toString(), job.nextRunAt ? new Date(job.nextRunAt) : null);
    return job;
  }
}

/**
 * The MongoDB backend for Agenda on a connection the portal already has (Mongoose's), so
 * the scheduler never opens or closes a connection of its own.
 */
export class ClaimingMongoBackend implements AgendaBackend {
  readonly name = 'MongoDB';
  readonly ownsConnection = false;
  readonly repository: OccurrenceRecordingRepository;

  constructor(db: mongoose.mongo.Db, collection: string) {
    this.repository = new OccurrenceRecordingRepository({ mongo: db, db: { collection } });
  }

  connect(): Promise<void> {
    return this.repository.connect();
  }

  async disconnect(): Promise<void> {
    // The connection belongs to the portal.
  }
}

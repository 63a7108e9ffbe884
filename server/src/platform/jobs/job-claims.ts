import type mongoose from 'mongoose';

import type { Clock } from '../clock';
import { isDuplicateKey } from '../db/inserts';

/**
 * One run of one job occurrence. The `_id` names the occurrence (job id, the moment it
 * was due) and the attempt, so two schedulers that both think they locked the same
 * occurrence insert the same `_id` and the database tells the second one it lost.
 */
export interface JobClaim {
  _id: string;
  job: string;
  jobId: string;
  dueAt: Date | null;
  attempt: number;
  claimedAt: Date;
  claimedBy: string;
  finishedAt?: Date;
  outcome?: 'succeeded' | 'failed';
}

export interface ClaimedOccurrence {
  id: string;
  attempt: number;
}

export interface OccurrenceToClaim {
  job: string;
  jobId: string;
  dueAt: Date | null;
}

/** Attempts at one occurrence after which it is left alone (and logged) instead of retried again. */
const maxAttempts = 5;

/**
 * The idempotency guard of the job scheduler. Agenda locks a job with `findOneAndUpdate`,
 * which the embedded database runs as a read followed by a write, so two instances can
 * both "lock" one job (we measured it; see docs/adr/0008-job-scheduler.md). An insert of
 * a deterministic `_id` is decided by the unique `_id` index on both databases.
 */
export class JobClaims {
  constructor(
    private readonly collection: mongoose.mongo.Collection<JobClaim>,
    private readonly clock: Clock,
    private readonly instance: string,
    /**
     * An unfinished claim older than this belongs to an instance that died mid-run:
     * the next attempt may take over. Well above any handler's run time, well below the
     * time after which the scheduler hands a dead instance's lock to another.
     */
    private readonly staleAfterMs: number,
  ) {}

  static idOf(occurrence: OccurrenceToClaim, attempt: number): string {
    return `${occurrence.jobId}:${occurrence.dueAt ? occurrence.dueAt.toISOString() : 'unscheduled'}:${attempt}`;
  }

  /** The claim, or undefined when another instance runs (or ran) this occurrence. */
  async claim(occurrence: OccurrenceToClaim): Promise<ClaimedOccurrence | undefined> {
    for (let attempt = 1; attempt <= maxAttempts; attempt++) {
      const id = JobClaims.idOf(occurrence, attempt);
      try {
        await this.collection.insertOne({ _id: id, ...occurrence, attempt, claimedAt: this.clock.now(), claimedBy: this.instance });
        return { id, attempt };
      } catch (error) {
        if (!isDuplicateKey(error)) throw error;
      }
      const existing = await this.collection.findOne({ _id: id });
      if (!existing || existing.finishedAt) return undefined;
      if (this.clock.now().getTime() - existing.claimedAt.getTime() < this.staleAfterMs) return undefined;
    }
    throw new Error(`job ${occurrence.job} (${occurrence.jobId}) was claimed ${maxAttempts} times and never finished; it is left alone`);
  }

  async finish(claim: ClaimedOccurrence, outcome: 'succeeded' | 'failed'): Promise<void> {
    await this.collection.updateOne({ _id: claim.id }, { $set: { finishedAt: this.clock.now(), outcome } });
  }

  /** Claims only matter while their occurrence could still be locked again; older ones go. */
  async purgeOlderThan(cutoff: Date): Promise<number> {
    return (await this.collection.deleteMany({ claimedAt: { $lt: cutoff } })).deletedCount;
  }
}

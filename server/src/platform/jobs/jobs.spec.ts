import mongoose from 'mongoose';
import { randomBytes } from 'node:crypto';
import { setTimeout as delay } from 'node:timers/promises';

import { currentDatabase } from '../../test/test-database';
import { silentLogger } from '../../test/test-app';
import { systemClock, TestClock, type Clock } from '../clock';
import { JobClaims, type JobClaim } from './job-claims';
import { createJobs, jobCollections, recurringJobId, type Jobs, type JobRun } from './jobs';

/** A second connection to the test database: another API instance, with a pool of its own. */
async function secondConnection(): Promise<mongoose.Connection> {
  const uri = currentDatabase().embedded?.uri ?? process.env['TEST_MONGODB_URI'];
  if (!uri) throw new Error('no address for the test database');
  return mongoose.createConnection(uri, { dbName: currentDatabase().connection.name }).asPromise();
}

describe('jobs', () => {
  const names: string[] = [];
  const instances: Jobs[] = [];
  let other: mongoose.Connection;

  /** A job name of this spec's own, so no other spec's scheduler ever runs it. */
  const jobName = (label: string) => {
    const name = `spec.${label}.${randomBytes(3).toString('hex')}`;
    names.push(name);
    return name;
  };

  function scheduler(clock: Clock, options: { db?: mongoose.mongo.Db; processEveryMs?: number } = {}): Jobs {
    const jobs = createJobs({ clock, logger: silentLogger, ...options });
    instances.push(jobs);
    return jobs;
  }

  /** A handler that counts its runs by a key of the job's data. */
  function counter() {
    const runs = new Map<string, number>();
    const handler = async (run: JobRun<{ key: string }>) => {
      // Long enough for the other instance to reach the same occurrence meanwhile.
      await delay(5);
      runs.set(run.data.key, (runs.get(run.data.key) ?? 0) + 1);
    };
    return { runs, handler };
  }

  const jobDocuments = (name: string) => currentDatabase().connection.db!.collection(jobCollections.jobs).find({ name }).toArray();

  beforeAll(async () => {
    other = await secondConnection();
  });

  afterEach(async () => {
    await Promise.all(instances.splice(0).map((jobs) => jobs.stop()));
  });

  afterAll(async () => {
    const db = currentDatabase().connection.db!;
    await db.collection(jobCollections.jobs).deleteMany({ name: { $in: names } });
    await db.collection(jobCollections.claims).deleteMany({ job: { $in: names } });
    await other.close();
  });

  it('runs a scheduled job once it is due, after a jump of the clock', async () => {
    const clock = new TestClock('2026-03-02T09:00:00Z');
    const jobs = scheduler(clock);
    const name = jobName('scheduled');
    const runs: JobRun<{ ticketId: string }>[] = [];
    jobs.define<{ ticketId: string }>(name, (run) => {
      runs.push(run);
    });
    await jobs.schedule(new Date('2026-03-02T10:00:00Z'), name, { ticketId: 'T-1' });

    expect(await jobs.runDue())
      .withContext('not due yet')
      .toEqual({ ran: 0, failed: 0, skipped: 0 });
    clock.advance({ minutes: 59 });
    expect((await jobs.runDue()).ran).toBe(0);

    clock.advance({ minutes: 1 });
    expect((await jobs.runDue()).ran).toBe(1);
    expect(runs).toEqual([{ name, data: { ticketId: 'T-1' }, dueAt: new Date('2026-03-02T10:00:00Z'), attempt: 1 }]);

    clock.advance({ days: 30 });
    expect((await jobs.runDue()).ran)
      .withContext('a one-off runs once')
      .toBe(0);
    expect(await jobDocuments(name))
      .withContext('and is removed when done')
      .toEqual([]);
  });

  it('runs a recurring job every interval, once per jump however long the jump', async () => {
    const clock = new TestClock('2026-03-02T09:00:00Z');
    const jobs = scheduler(clock);
    const name = jobName('recurring');
    const dueAts: (Date | null)[] = [];
    jobs.define(name, (run) => {
      dueAts.push(run.dueAt);
    });
    await jobs.every('5 minutes', name);
    await jobs.every('5 minutes', name);
    expect((await jobDocuments(name)).map((job) => job._id.toString()))
      .withContext('one job per name')
      .toEqual([recurringJobId(name).toString()]);

    expect((await jobs.runDue()).ran)
      .withContext('first run due at once')
      .toBe(1);
    expect((await jobs.runDue()).ran).toBe(0);
    clock.advance({ minutes: 4 });
    expect((await jobs.runDue()).ran).toBe(0);
    clock.advance({ minutes: 1 });
    expect((await jobs.runDue()).ran).toBe(1);
    clock.advance({ days: 1 });
    expect((await jobs.runDue()).ran)
      .withContext('missed occurrences are not replayed one by one')
      .toBe(1);
    expect(dueAts).toEqual([new Date('2026-03-02T09:00:00Z'), new Date('2026-03-02T09:05:00Z'), new Date('2026-03-02T09:10:00Z')]);
  });

  it('still runs a due job after a restart, on a new scheduler over the same database', async () => {
    const clock = new TestClock(new Date(Date.now() + 86_400_000));
    const name = jobName('restart');
    const before = scheduler(clock, { processEveryMs: 60_000 });
    const lost = jasmine.createSpy('handler of the stopped instance');
    before.define(name, lost);
    await before.start();
    await before.schedule(new Date(clock.now().getTime() + 3_600_000), name, { key: 'after-restart' });
    await before.stop();

    const after = scheduler(clock);
    const { runs, handler } = counter();
    after.define(name, handler);
    clock.advance({ hours: 2 });
    expect((await after.runDue()).ran).toBe(1);
    expect(runs.get('after-restart')).toBe(1);
    expect(lost).not.toHaveBeenCalled();
  });

  it('runs a job again on another instance when the one running it died, once its lock has expired', async () => {
    const clock = new TestClock('2026-03-02T09:00:00Z');
    const name = jobName('died');
    const dying = scheduler(clock);
    let release = () => {};
    const started = new Promise<void>((resolve) =>
      dying.define(name, () => {
        resolve();
        return new Promise<void>((done) => (release = done));
      }),
    );
    await dying.schedule(clock.now(), name, { key: 'died' });
    const abandoned = dying.runDue();
    await started; // the instance is now "dead" in the middle of the run

    const survivor = scheduler(clock);
    const { runs, handler } = counter();
    survivor.define(name, handler);
    clock.advance({ minutes: 9 });
    expect((await survivor.runDue()).ran)
      .withContext('the lock is still fresh')
      .toBe(0);
    clock.advance({ minutes: 2 });
    expect((await survivor.runDue()).ran)
      .withContext('the lock has expired')
      .toBe(1);
    expect(runs.get('died')).toBe(1);

    release();
    await abandoned;
  });

  it('runs each due occurrence exactly once when two instances race for it', async () => {
    const clock = new TestClock('2026-03-02T09:00:00Z');
    const first = scheduler(clock);
    const second = scheduler(clock, { db: other.db! });
    const name = jobName('race');
    const recurring = jobName('race-recurring');
    const { runs, handler } = counter();
    let recurringRuns = 0;
    for (const jobs of [first, second]) {
      jobs.define(name, handler);
      jobs.define(recurring, () => {
        recurringRuns++;
      });
    }
    await Promise.all([first.every('1 hour', recurring), second.every('1 hour', recurring)]);
    const keys = Array.from({ length: 20 }, (_, index) => `job-${index}`);
    for (const key of keys) await first.schedule(clock.now(), name, { key });

    let skipped = 0;
    for (let round = 0; round < 3; round++) {
      const results = await Promise.all([first.runDue(), second.runDue()]);
      skipped += results[0].skipped + results[1].skipped;
      clock.advance({ hours: 1 });
    }

    // On the embedded database both instances usually lock the same job (skipped > 0:
    // without the claims those would have run twice); on MongoDB the lock alone decides.
    const context = `runs per job: ${JSON.stringify([...runs])}; occurrences the other instance had claimed: ${skipped}`;
    expect([...runs.values()].every((count) => count === 1))
      .withContext(context)
      .toBeTrue();
    expect(runs.size).toBe(keys.length);
    expect(recurringRuns).withContext('one run per hour, over three hours').toBe(3);
  });

  it('runs a due job once with two instances polling the real clock', async () => {
    const first = scheduler(systemClock, { processEveryMs: 100 });
    const second = scheduler(systemClock, { db: other.db!, processEveryMs: 100 });
    const name = jobName('polling');
    const { runs, handler } = counter();
    first.define(name, handler);
    second.define(name, handler);
    const keys = Array.from({ length: 10 }, (_, index) => `job-${index}`);
    for (const key of keys) await first.schedule(new Date(), name, { key });

    await Promise.all([first.start(), second.start()]);
    for (let waited = 0; runs.size < keys.length && waited < 15_000; waited += 50) await delay(50);
    await delay(1_000); // several more polls of both instances
    expect(runs.size).toBe(keys.length);
    expect([...runs.values()].every((count) => count === 1))
      .withContext(`runs per job: ${JSON.stringify([...runs])}`)
      .toBeTrue();
  });

  it('reports a failing handler and does not run that occurrence again', async () => {
    const clock = new TestClock('2026-03-02T09:00:00Z');
    const jobs = scheduler(clock);
    const name = jobName('failing');
    const handler = jasmine.createSpy('handler').and.rejectWith(new Error('mail server down'));
    jobs.define(name, handler);
    await jobs.schedule(clock.now(), name, {});

    expect(await jobs.runDue()).toEqual({ ran: 1, failed: 1, skipped: 0 });
    clock.advance({ hours: 1 });
    expect((await jobs.runDue()).ran).toBe(0);
    expect(handler).toHaveBeenCalledTimes(1);
    const [job] = await jobDocuments(name);
    expect(job?.['failReason']).toBe('mail server down');
  });

  it('cancels pending jobs by name and data', async () => {
    const clock = new TestClock('2026-03-02T09:00:00Z');
    const jobs = scheduler(clock);
    const name = jobName('cancel');
    const { runs, handler } = counter();
    jobs.define(name, handler);
    await jobs.schedule(new Date('2026-03-03T09:00:00Z'), name, { key: 'kept' });
    await jobs.schedule(new Date('2026-03-03T09:00:00Z'), name, { key: 'cancelled' });

    expect(await jobs.cancel(name, { key: 'cancelled' })).toBe(1);
    clock.advance({ days: 2 });
    await jobs.runDue();
    expect([...runs.keys()]).toEqual(['kept']);
  });

  it('refuses an interval it cannot read', async () => {
    const jobs = scheduler(new TestClock());
    await expectAsync(jobs.every('every now and then', jobName('bad-interval'))).toBeRejectedWithError(/not an interval/);
  });
});

describe('job claims', () => {
  const jobId = `spec-claims-${randomBytes(3).toString('hex')}`;
  const occurrence = { job: 'spec.claims', jobId, dueAt: new Date('2026-03-02T10:00:00Z') };
  const collection = () => currentDatabase().connection.db!.collection<JobClaim>(jobCollections.claims);

  afterAll(async () => {
    await collection().deleteMany({ jobId });
  });

  it('lets one instance claim an occurrence; a dead claimant is replaced after the stale time, a finished one never', async () => {
    const clock = new TestClock('2026-03-02T10:00:00Z');
    const first = new JobClaims(collection(), clock, 'first', 300_000);
    const second = new JobClaims(collection(), clock, 'second', 300_000);

    const claim = await first.claim(occurrence);
    expect(claim).toEqual({ id: `${jobId}:2026-03-02T10:00:00.000Z:1`, attempt: 1 });
    expect(await second.claim(occurrence))
      .withContext('taken by the first')
      .toBeUndefined();

    clock.advance({ minutes: 6 });
    const takeover = await second.claim(occurrence);
    expect(takeover?.attempt).withContext('the first never finished').toBe(2);
    await second.finish(takeover!, 'succeeded');
    clock.advance({ days: 1 });
    expect(await first.claim(occurrence))
      .withContext('finished: never again')
      .toBeUndefined();

    expect(await first.claim({ ...occurrence, dueAt: new Date('2026-03-02T10:05:00Z') }))
      .withContext('the next occurrence is new')
      .toEqual(jasmine.objectContaining({ attempt: 1 }));
  });

  it('purges claims older than the retention', async () => {
    const clock = new TestClock('2026-03-02T10:00:00Z');
    const claims = new JobClaims(collection(), clock, 'purger', 300_000);
    await claims.claim({ ...occurrence, dueAt: new Date('2020-01-01T00:00:00Z') });
    expect(await collection().countDocuments({ jobId })).toBeGreaterThan(0);
    clock.advance({ days: 30 });
    await claims.purgeOlderThan(new Date(clock.now().getTime() - 7 * 86_400_000));
    expect(await collection().countDocuments({ jobId })).toBe(0);
  });
});

import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import mongoose from 'mongoose';

import { startEmbeddedDatabase } from './embedded-database';

const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe('embedded database', () => {
  let dataDir: string;

  beforeEach(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'portico-embedded-'));
  });

  afterEach(() => rm(dataDir, { recursive: true, force: true }));

  it('keeps data across a restart on the same directory', async () => {
    const first = await startEmbeddedDatabase({ dataDir });
    const client = await mongoose.mongo.MongoClient.connect(first.uri);
    await client.db('kept').collection('notes').insertOne({ _id: 'n1' as never, text: 'still here' });
    await client.close();
    await first.stop();
    expect(isAlive(first.pid)).toBeFalse();

    const second = await startEmbeddedDatabase({ dataDir });
    const again = await mongoose.mongo.MongoClient.connect(second.uri);
    expect(await again.db('kept').collection('notes').findOne({ _id: 'n1' as never })).toEqual(jasmine.objectContaining({ text: 'still here' }));
    await again.close();
    await second.stop();
  });

  it('is shared, not started twice, when a second process asks for the same directory', async () => {
    const owner = await startEmbeddedDatabase({ dataDir });
    const guest = await startEmbeddedDatabase({ dataDir });
    expect(guest.owned).toBeFalse();
    expect(guest.uri).toBe(owner.uri);
    expect(guest.pid).toBe(owner.pid);
    await guest.stop();
    expect(isAlive(owner.pid)).toBeTrue();
    await owner.stop();
  });
});

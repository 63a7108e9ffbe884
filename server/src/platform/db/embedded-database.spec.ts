import mongoose from 'mongoose';

import { isAlive, useTemporaryDirectory } from '../../test/helpers';
import { startEmbeddedDatabase } from './embedded-database';

describe('embedded database', () => {
  const directory = useTemporaryDirectory('portico-embedded');

  it('keeps data across a restart on the same directory', async () => {
    const first = await startEmbeddedDatabase({ dataDir: directory.path });
    const client = await mongoose.mongo.MongoClient.connect(first.uri);
    await client.db('kept').collection('notes').insertOne({ _id: 'n1' as never, text: 'still here' });
    await client.close();
    await first.stop();
    expect(isAlive(first.pid)).toBeFalse();

    const second = await startEmbeddedDatabase({ dataDir: directory.path });
    const again = await mongoose.mongo.MongoClient.connect(second.uri);
    expect(await again.db('kept').collection('notes').findOne({ _id: 'n1' as never })).toEqual(jasmine.objectContaining({ text: 'still here' }));
    await again.close();
    await second.stop();
  });

  it('is shared, not started twice, when a second process asks for the same directory', async () => {
    const owner = await startEmbeddedDatabase({ dataDir: directory.path });
    const guest = await startEmbeddedDatabase({ dataDir: directory.path });
    expect(guest.owned).toBeFalse();
    expect(guest.uri).toBe(owner.uri);
    expect(guest.pid).toBe(owner.pid);
    await guest.stop();
    expect(isAlive(owner.pid)).toBeTrue();
    await owner.stop();
  });
});

import mongoose from 'mongoose';

import { isAlive, useTemporaryDirectory } from '../../test/helpers';
import { startEmbeddedDatabase } from './embedded-database';

describe('embedded database', () => {
  const directory = useTemporaryDirectory('portico-embedded');

  it('keeps data across a restart on the same directory', async () => {
    const first = await startEmbeddedDatabase({ dataDir: directory.path });
    const client = await mongoose.mongo.MongoClient.connect(first.uri);
    await client
      .db('kept')
      .collection('notes')
      .insertOne({ _id: 'n1' as never, text: 'still here' });
    await client.close();
    await first.stop();
    expect(isAlive(first.pid)).toBeFalse();

    const second = await startEmbeddedDatabase({ dataDir: directory.path });
    const again = await mongoose.mongo.MongoClient.connect(second.uri);
    expect(
      await again
        .db('kept')
        .collection('notes')
        .findOne({ _id: 'n1' as never }),
    ).toEqual(jasmine.objectContaining({ text: 'still here' }));
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

  it('looks documents up by _id through an index, not a scan (on collections created while it runs too)', async () => {
    const database = await startEmbeddedDatabase({ dataDir: directory.path });
    const client = await mongoose.mongo.MongoClient.connect(database.uri);
    const db = client.db('lookups');
    await db.collection('sessions').insertOne({ _id: 's1' as never, expires: new Date() });
    // FerretDB's explain shows SQLite's plan for the statement it runs (a connection sees a
    // new index after its next write, hence the insert before each look).
    let writes = 0;
    const plan = async () => {
      await db.collection('sessions').insertOne({ _id: `w${writes++}` as never, expires: new Date() });
      return JSON.stringify(await db.command({ explain: { find: 'sessions', filter: { _id: 's1' } } }));
    };
    const deadline = Date.now() + 10_000;
    while (!(await plan()).includes('__portico_id_lookup') && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 250));
    expect(await plan()).toMatch(/SEARCH .*USING INDEX .*__portico_id_lookup/);
    await client.close();
    await database.stop();
  });
});

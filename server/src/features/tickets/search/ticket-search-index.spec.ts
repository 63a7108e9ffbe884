import { clearTickets, file, leaveQuestion, useHelpDesk, type Cast } from '../help-desk.testing';
import { TicketModel, type StoredTicket } from '../ticket.models';
import { recordSearchEntry, TicketSearchIndex } from './ticket-search-index';
import { TicketSearchChangeModel, TicketSearchModel } from './ticket-search.models';

describe('the ticket search index', () => {
  let cast: Cast;

  useHelpDesk((_server, signedIn) => void (cast = signedIn), { clearEach: true });

  const subjects = async (index: TicketSearchIndex) => [...(await index.current()).values()].map((entry) => entry.subject).sort();

  it('gives tickets filed before it existed their entries, once', async () => {
    const older = await file(cast.employee, leaveQuestion('Filed before the index'));
    await TicketSearchModel.deleteOne({ _id: older });
    const index = new TicketSearchIndex();
    expect(await subjects(index)).toEqual(['Filed before the index']);
    expect(await TicketSearchModel.exists({ _id: older })).not.toBeNull();
  });

  it('follows a long run of changes made elsewhere, in order', async () => {
    const index = new TicketSearchIndex();
    const id = await file(cast.employee, leaveQuestion('Version 0'));
    expect(await subjects(index)).toEqual(['Version 0']);
    const ticket = (await TicketModel.findById(id).lean<StoredTicket>())!;
    for (let version = 1; version <= 120; version++) await recordSearchEntry({ ...ticket, subject: `Version ${version}` });
    expect(await subjects(index)).toEqual(['Version 120']);
  });

  it('reads everything again when changes it had not read were removed as old, or the collections were emptied', async () => {
    const index = new TicketSearchIndex();
    await file(cast.employee, leaveQuestion('First'));
    expect(await subjects(index)).toEqual(['First']);
    await file(cast.employee, leaveQuestion('Second'));
    await file(cast.employee, leaveQuestion('Third'));
    // As the hourly pruning would, had this instance slept through those changes.
    await TicketSearchChangeModel.deleteMany({});
    expect(await subjects(index)).toEqual(['First', 'Second', 'Third']);

    await clearTickets();
    expect(await subjects(index)).toEqual([]);
  });
});

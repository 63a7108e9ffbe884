import { model, Schema } from 'mongoose';

import { addToRequesterList, formatReference, insertWithReference, requesterTicketIds } from './ticket-numbers';
import { RequesterCountModel, RequesterEntryModel, TicketCounterModel, TicketMessageModel } from './ticket.models';
import { appendMessage, readMessages } from './ticket-store';

const ProbeModel = model('TicketReferenceProbe', new Schema({ _id: { type: String, required: true } }, { versionKey: false }), 'ticket_reference_probes');

describe('ticket numbers', () => {
  const year = 2031;

  beforeEach(async () => {
    await ProbeModel.deleteMany({});
    await TicketCounterModel.deleteMany({ _id: `HR-${year}` });
  });

  afterAll(async () => {
    await ProbeModel.deleteMany({});
    await TicketCounterModel.deleteMany({ _id: `HR-${year}` });
    await TicketMessageModel.deleteMany({ ticketId: 'HR-2031-00001' });
    await RequesterEntryModel.deleteMany({ ticketId: /^spec-/ });
    await RequesterCountModel.deleteMany({ _id: 'SPEC-REQUESTER' });
  });

  it('writes references as HR-<year>-<five digits or more>', () => {
    expect(formatReference(2026, 42)).toBe('HR-2026-00042');
    expect(formatReference(2026, 123456)).toBe('HR-2026-123456');
  });

  it('never gives two parallel creations the same reference', async () => {
    const references = await Promise.all(Array.from({ length: 40 }, () => insertWithReference(year, (reference) => ProbeModel.create({ _id: reference }))));
    expect(new Set(references).size).toBe(40);
    expect(references.every((reference) => /^HR-2031-\d{5}$/.test(reference))).toBeTrue();
    expect(await ProbeModel.countDocuments()).toBe(40);
  });

  it('walks past taken numbers when the counter is behind (lost, or restored from a backup)', async () => {
    await ProbeModel.create([{ _id: formatReference(year, 1) }, { _id: formatReference(year, 2) }, { _id: formatReference(year, 3) }]);
    const references = await Promise.all([1, 2].map(() => insertWithReference(year, (reference) => ProbeModel.create({ _id: reference }))));
    expect(references.sort()).toEqual([formatReference(year, 4), formatReference(year, 5)]);
  });

  it('numbers a ticket\u2019s messages uniquely when they are posted at once, and reads them all though the count lags', async () => {
    const ticket = { _id: 'HR-2031-00001', messageCount: 0 };
    const posted = await Promise.all(
      Array.from({ length: 20 }, (_, index) =>
        appendMessage(ticket, { kind: 'reply', internal: false, authorId: 'E1', authorSide: 'requester', body: `message ${index}`, createdAt: new Date() }),
      ),
    );
    expect(posted.map((message) => message.number).sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, index) => index + 1));
    // The ticket still says 0 messages: readers look further.
    const { messages, older } = await readMessages(ticket);
    expect(messages.length).toBe(20);
    expect(older).toBeFalse();
    expect((await readMessages({ ...ticket, messageCount: 20 }, 11)).messages.map((message) => message.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it('keeps every ticket in its requester\u2019s list, newest first, however many are filed at once', async () => {
    await Promise.all(Array.from({ length: 8 }, (_, index) => addToRequesterList('SPEC-REQUESTER', `spec-${index}`, new Date())));
    const { total, ids } = await requesterTicketIds('SPEC-REQUESTER', 1, 5);
    expect(total).toBe(8);
    expect(ids.length).toBe(5);
    const all = [...ids, ...(await requesterTicketIds('SPEC-REQUESTER', 2, 5)).ids];
    expect(new Set(all).size).toBe(8);
  });
});

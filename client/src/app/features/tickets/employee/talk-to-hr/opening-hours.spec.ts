import type { ContactSchedule } from '@portico/shared/settings/hr-contact.schemas';

import { openingStatus } from './opening-hours';

const london: ContactSchedule = {
  timeZone: 'Europe/London',
  days: [1, 2, 3, 4, 5],
  hours: { start: '09:00', end: '17:30' },
  holidays: ['2026-12-25', '2026-12-28'],
};

describe('openingStatus', () => {
  it('is open during the hours, until closing time', () => {
    // Tuesday 3 March 2026, 10:00 in London (GMT).
    expect(openingStatus(london, new Date('2026-03-03T10:00:00Z'))).toEqual({ open: true, closesAt: new Date('2026-03-03T17:30:00Z') });
  });

  it('opens later the same day before the hours start', () => {
    expect(openingStatus(london, new Date('2026-03-03T07:59:00Z'))).toEqual({ open: false, nextOpening: new Date('2026-03-03T09:00:00Z') });
  });

  it('opens on Monday after a Friday evening, in summer time', () => {
    // Friday 3 July 2026 18:00 BST → Monday 6 July 09:00 BST = 08:00Z.
    expect(openingStatus(london, new Date('2026-07-03T17:00:00Z'))).toEqual({ open: false, nextOpening: new Date('2026-07-06T08:00:00Z') });
  });

  it('skips holidays', () => {
    // Thursday 24 December 2026 at 18:00: Christmas and the substitute Monday are off, the weekend too.
    expect(openingStatus(london, new Date('2026-12-24T18:00:00Z'))).toEqual({ open: false, nextOpening: new Date('2026-12-29T09:00:00Z') });
  });

  it('reads the hours in HR\u2019s time zone across a DST change', () => {
    const madrid: ContactSchedule = { timeZone: 'Europe/Madrid', days: [1, 2, 3, 4, 5, 6, 7], hours: { start: '09:00', end: '18:00' }, holidays: [] };
    // Saturday 28 March 2026 19:00 CET; clocks go forward overnight, so Sunday 09:00 is 07:00Z.
    expect(openingStatus(madrid, new Date('2026-03-28T18:00:00Z'))).toEqual({ open: false, nextOpening: new Date('2026-03-29T07:00:00Z') });
  });

  it('makes no claim from a schedule it cannot read', () => {
    expect(openingStatus({ ...london, hours: { start: '17:00', end: '09:00' } }, new Date())).toBeNull();
    expect(openingStatus({ ...london, timeZone: 'Mars/Olympus' }, new Date())).toBeNull();
    expect(openingStatus({ ...london, days: [] }, new Date())).toBeNull();
  });

  it('says nothing of a next opening when none comes in the next weeks', () => {
    expect(openingStatus({ ...london, days: [1], holidays: ['2026-03-09', '2026-03-16', '2026-03-23'] }, new Date('2026-03-03T10:00:00Z'))).toEqual({
      open: false,
      nextOpening: null,
    });
  });
});

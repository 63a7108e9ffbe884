import { DateTime } from 'luxon';

import { demoLocations as locations } from '../../directory';
import { addBusinessMinutes, businessDueAt, businessMinutesBetween, elapsedBusinessMinutes, isBusinessTime, type WorkingCalendar } from './business-hours';
import { demoCalendars } from '../../settings';

const madrid = demoCalendars['madrid']!;
const newYork = demoCalendars['new-york']!;
const london = demoCalendars['london']!;

/** An instant written as local time in a zone: `local('2026-03-02T10:00', madrid)`. */
const local = (wallTime: string, calendar: WorkingCalendar) => DateTime.fromISO(wallTime, { zone: calendar.timeZone }).toJSDate();
const utc = (instant: string) => new Date(instant);

describe('business hours', () => {
  describe('addBusinessMinutes and businessMinutesBetween', () => {
    it('stay within one working day', () => {
      expect(addBusinessMinutes(local('2026-03-02T10:00', madrid), 120, madrid)).toEqual(utc('2026-03-02T11:00:00Z'));
      expect(businessMinutesBetween(local('2026-03-02T10:00', madrid), local('2026-03-02T12:00', madrid), madrid)).toBe(120);
      expect(addBusinessMinutes(local('2026-03-02T16:00', madrid), 120, madrid))
        .withContext('used up at closing time: due at closing time')
        .toEqual(local('2026-03-02T18:00', madrid));
    });

    it('carry over night to the next morning', () => {
      expect(addBusinessMinutes(local('2026-03-03T17:00', madrid), 120, madrid)).toEqual(local('2026-03-04T10:00', madrid));
      expect(businessMinutesBetween(local('2026-03-03T17:00', madrid), local('2026-03-04T10:00', madrid), madrid)).toBe(120);
    });

    it('skip the weekend', () => {
      expect(addBusinessMinutes(local('2026-03-06T17:00', madrid), 120, madrid)).toEqual(local('2026-03-09T10:00', madrid));
      expect(businessMinutesBetween(local('2026-03-06T17:00', madrid), local('2026-03-09T10:00', madrid), madrid)).toBe(120);
      expect(businessMinutesBetween(local('2026-03-02T00:00', madrid), local('2026-03-09T00:00', madrid), madrid))
        .withContext('a week: 5 × 9 h')
        .toBe(2_700);
    });

    it('skip holidays', () => {
      // Friday 1 May (Labour Day), then the weekend.
      expect(addBusinessMinutes(local('2026-04-30T17:00', madrid), 120, madrid)).toEqual(local('2026-05-04T10:00', madrid));
      expect(addBusinessMinutes(local('2026-04-30T17:00', madrid), 120, { ...madrid, holidays: [] }))
        .withContext('without the holiday')
        .toEqual(local('2026-05-01T10:00', madrid));
      // Maundy Thursday and Good Friday in Madrid.
      expect(addBusinessMinutes(local('2026-04-01T17:00', madrid), 120, madrid)).toEqual(utc('2026-04-06T08:00:00Z'));
      expect(businessMinutesBetween(local('2026-04-01T00:00', madrid), local('2026-04-07T00:00', madrid), madrid)).toBe(2 * 540);
    });

    it('follow Madrid across both DST changes', () => {
      // Clocks go forward on Sunday 29 March 2026: 09:00 is 08:00Z before, 07:00Z after.
      expect(addBusinessMinutes(utc('2026-03-27T15:00:00Z'), 240, madrid)).toEqual(utc('2026-03-30T09:00:00Z'));
      expect(businessMinutesBetween(local('2026-03-23T00:00', madrid), local('2026-03-30T00:00', madrid), madrid)).toBe(2_700);
      expect(isBusinessTime(utc('2026-03-30T07:30:00Z'), madrid))
        .withContext('Monday 09:30 CEST')
        .toBeTrue();
      expect(isBusinessTime(utc('2026-03-27T07:30:00Z'), madrid))
        .withContext('Friday 08:30 CET')
        .toBeFalse();
      // And back on Sunday 25 October.
      expect(addBusinessMinutes(utc('2026-10-23T15:00:00Z'), 120, madrid)).toEqual(utc('2026-10-26T09:00:00Z'));
      expect(businessMinutesBetween(utc('2026-10-23T15:00:00Z'), utc('2026-10-26T09:00:00Z'), madrid)).toBe(120);
    });

    it('follow New York across both DST changes', () => {
      // Forward on Sunday 8 March 2026, back on Sunday 1 November; the office opens 09:00 to 17:00.
      expect(addBusinessMinutes(utc('2026-03-06T21:00:00Z'), 120, newYork)).toEqual(utc('2026-03-09T14:00:00Z'));
      expect(addBusinessMinutes(utc('2026-10-30T20:00:00Z'), 120, newYork)).toEqual(utc('2026-11-02T15:00:00Z'));
      expect(businessMinutesBetween(local('2026-03-02T00:00', newYork), local('2026-03-16T00:00', newYork), newYork)).toBe(10 * 480);
    });

    it('count real minutes over a DST night in a calendar open around the clock', () => {
      const always: WorkingCalendar = { timeZone: 'Europe/Madrid', days: [1, 2, 3, 4, 5, 6, 7], hours: { start: '00:00', end: '24:00' }, holidays: [] };
      expect(businessMinutesBetween(local('2026-03-28T12:00', always), local('2026-03-29T12:00', always), always))
        .withContext('23 hours')
        .toBe(1_380);
      expect(businessMinutesBetween(local('2026-10-24T12:00', always), local('2026-10-25T12:00', always), always))
        .withContext('25 hours')
        .toBe(1_500);
      expect(addBusinessMinutes(utc('2026-03-28T23:30:00Z'), 60, always)).toEqual(utc('2026-03-29T00:30:00Z'));
    });

    it('start counting at the next opening when started outside hours', () => {
      expect(addBusinessMinutes(local('2026-03-07T12:00', madrid), 60, madrid))
        .withContext('Saturday')
        .toEqual(local('2026-03-09T10:00', madrid));
      expect(addBusinessMinutes(local('2026-03-03T07:00', madrid), 30, madrid))
        .withContext('before opening')
        .toEqual(local('2026-03-03T09:30', madrid));
      expect(addBusinessMinutes(local('2026-03-03T20:00', madrid), 30, madrid))
        .withContext('after closing')
        .toEqual(local('2026-03-04T09:30', madrid));
      expect(addBusinessMinutes(local('2026-03-07T12:00', madrid), 0, madrid))
        .withContext('nothing to add: the next opening')
        .toEqual(local('2026-03-09T09:00', madrid));
      expect(businessMinutesBetween(local('2026-03-07T08:00', madrid), local('2026-03-08T20:00', madrid), madrid)).toBe(0);
      expect(businessMinutesBetween(local('2026-03-04T10:00', madrid), local('2026-03-03T17:00', madrid), madrid))
        .withContext('backwards')
        .toBe(-120);
    });

    it('read hours in each calendar\u2019s own time zone', () => {
      // 16:00Z on Monday 2 March: 16:00 in London (closing 17:30), 11:00 in New York.
      expect(addBusinessMinutes(utc('2026-03-02T16:00:00Z'), 120, london)).toEqual(utc('2026-03-03T09:30:00Z'));
      expect(addBusinessMinutes(utc('2026-03-02T16:00:00Z'), 120, newYork)).toEqual(utc('2026-03-02T18:00:00Z'));
      // Between the US and the EU changes the two are four hours apart, not five.
      expect(isBusinessTime(utc('2026-03-16T13:30:00Z'), newYork))
        .withContext('09:30 EDT')
        .toBeTrue();
      expect(isBusinessTime(utc('2026-03-02T13:30:00Z'), newYork))
        .withContext('08:30 EST')
        .toBeFalse();
    });

    it('are each other\u2019s inverse for any start, in every demo office', () => {
      let seed = 42;
      const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
      for (let index = 0; index < 400; index++) {
        const calendar = Object.values(demoCalendars)[index % 5]!;
        const start = new Date(Date.UTC(2026, 0, 1) + Math.floor(random() * 700 * 86_400_000));
        const minutes = Math.floor(random() * 5 * 540);
        const due = addBusinessMinutes(start, minutes, calendar);
        expect(businessMinutesBetween(start, due, calendar))
          .withContext(`${calendar.timeZone} from ${start.toISOString()} + ${minutes}`)
          .toBe(minutes);
      }
    });
  });

  describe('a paused clock', () => {
    // Running Monday 09:00–11:00, waiting on the employee until Wednesday 15:00, running since.
    const intervals = [
      { start: local('2026-03-02T09:00', madrid), end: local('2026-03-02T11:00', madrid) },
      { start: local('2026-03-04T15:00', madrid), end: null },
    ];

    it('counts only the running intervals', () => {
      expect(elapsedBusinessMinutes(intervals, madrid, local('2026-03-04T17:00', madrid))).toBe(240);
      expect(elapsedBusinessMinutes(intervals.slice(0, 1), madrid))
        .withContext('paused: no now needed')
        .toBe(120);
      expect(() => elapsedBusinessMinutes(intervals, madrid)).toThrowError(/still running/);
      const overlapping = [intervals[0]!, { start: local('2026-03-02T10:00', madrid), end: local('2026-03-02T12:00', madrid) }];
      expect(elapsedBusinessMinutes(overlapping, madrid)).withContext('a minute counts once').toBe(180);
    });

    it('gives a due date while running and none while paused short of the target', () => {
      // 8 h target: 2 h on Monday, 3 h on Wednesday afternoon, 3 h on Thursday morning.
      expect(businessDueAt(intervals, 480, madrid)).toEqual(local('2026-03-05T12:00', madrid));
      expect(businessDueAt(intervals.slice(0, 1), 480, madrid)).toBeNull();
      expect(businessDueAt(intervals.slice(0, 1), 60, madrid))
        .withContext('reached before the pause')
        .toEqual(local('2026-03-02T10:00', madrid));
    });
  });

  describe('working calendars', () => {
    it('cover every office of the demo company in its own time zone', () => {
      expect(Object.keys(demoCalendars).sort()).toEqual(locations.map((location) => location._id).sort());
      for (const location of locations) expect(demoCalendars[location._id]!.timeZone).withContext(location._id).toBe(location.timeZone);
    });

    it('list holidays of 2026 and 2027 in order, none twice', () => {
      for (const [id, calendar] of Object.entries(demoCalendars)) {
        expect(calendar.holidays.every((day) => /^202[67]-\d\d-\d\d$/.test(day) && DateTime.fromISO(day).isValid))
          .withContext(id)
          .toBeTrue();
        expect([...calendar.holidays])
          .withContext(id)
          .toEqual([...new Set(calendar.holidays)].sort());
      }
    });

    it('are refused when they make no sense', () => {
      const start = new Date('2026-03-02T10:00:00Z');
      expect(() => addBusinessMinutes(start, 60, { ...madrid, timeZone: 'Europe/Atlantis' })).toThrowError(/IANA/);
      expect(() => addBusinessMinutes(start, 60, { ...madrid, hours: { start: '9', end: '18:00' } })).toThrowError(/HH:mm/);
      expect(() => addBusinessMinutes(start, 60, { ...madrid, hours: { start: '18:00', end: '09:00' } })).toThrowError(/end before/);
      expect(() => addBusinessMinutes(start, 60, { ...madrid, days: [] })).toThrowError(/weekdays/);
      expect(() => addBusinessMinutes(start, 60, { ...madrid, holidays: ['2026-02-30'] })).toThrowError(/holiday/);
      expect(() => addBusinessMinutes(start, -1, madrid)).toThrowError(/zero or more/);
    });
  });
});

import type { ContactSchedule } from '@portico/shared/settings/hr-contact.schemas';

/** Open now (and until when), or closed and when it opens next (null: not in the next weeks). */
export type OpeningStatus = { open: true; closesAt: Date } | { open: false; nextOpening: Date | null };

/** Far enough to cross a long holiday period; a calendar closed for longer says nothing. */
const daysSearched = 21;
const dayMs = 86_400_000;

function minuteOfDay(time: string): number | null {
  const match = /^(\d{2}):(\d{2})$/.exec(time);
  if (!match) return null;
  const minute = Number(match[1]) * 60 + Number(match[2]);
  return minute <= 24 * 60 ? minute : null;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** The wall clock in a time zone at an instant, as if that wall time were UTC. */
function wallClock(timeZone: string, instant: number): number {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, format);
  }
  const parts = Object.fromEntries(format.formatToParts(instant).map((part) => [part.type, part.value]));
  return Date.UTC(
    Number(parts['year']),
    Number(parts['month']) - 1,
    Number(parts['day']),
    Number(parts['hour']),
    Number(parts['minute']),
    Number(parts['second']),
  );
}

/**
 * The instant a local wall time (given as if it were UTC) happens in a time zone. Two
 * passes settle the offset across a DST change; a time in a spring-forward gap comes out
 * an hour later, as clocks do.
 */
function instantOf(timeZone: string, localAsUtc: number): number {
  const first = localAsUtc - (wallClock(timeZone, localAsUtc) - localAsUtc);
  const offset = wallClock(timeZone, first) - first;
  return localAsUtc - offset;
}

const isoDate = (localAsUtc: number) => new Date(localAsUtc).toISOString().slice(0, 10);

/**
 * Whether HR is open at `now`, from its schedule (HR's hours in its time zone, the shared
 * `ContactSchedule`, the shape of the server's working calendars); null when it cannot be read.
 */
export function openingStatus(schedule: ContactSchedule, now: Date): OpeningStatus | null {
  const start = minuteOfDay(schedule.hours.start);
  const end = minuteOfDay(schedule.hours.end);
  if (start === null || end === null || start >= end || !schedule.days.length) return null;
  let today: number;
  try {
    const wall = wallClock(schedule.timeZone, now.getTime());
    today = wall - (wall % dayMs);
  } catch {
    return null; // An unknown time zone: better no claim than a wrong one.
  }
  const holidays = new Set(schedule.holidays);
  for (let offset = 0; offset < daysSearched; offset++) {
    const day = today + offset * dayMs;
    const weekday = new Date(day).getUTCDay() || 7;
    if (!schedule.days.includes(weekday) || holidays.has(isoDate(day))) continue;
    const opens = instantOf(schedule.timeZone, day + start * 60_000);
    const closes = instantOf(schedule.timeZone, day + end * 60_000);
    if (now.getTime() < opens) return { open: false, nextOpening: new Date(opens) };
    if (now.getTime() < closes) return { open: true, closesAt: new Date(closes) };
  }
  return { open: false, nextOpening: null };
}

import { DateTime, IANAZone } from 'luxon';

/**
 * The SLA clock: business minutes in a location's working calendar. Pure functions, no
 * database. Local times are read in the calendar's IANA time zone with Luxon (Intl-based,
 * already in the tree under Agenda), so 09:00 in Madrid is 08:00Z in winter and 07:00Z in
 * summer, and a weekend with a DST change is still a weekend. A business minute is a real
 * minute (60 s) inside opening hours on a working day that is not a holiday.
 */
export interface WorkingCalendar {
  /** IANA time zone of the hours and holidays (`Europe/Madrid`). */
  timeZone: string;
  /** ISO weekdays worked: 1 = Monday … 7 = Sunday. */
  days: readonly number[];
  /** Opening hours of a working day in local time, `HH:mm`; `end` may be `24:00`. */
  hours: { start: string; end: string };
  /** Local dates off, `YYYY-MM-DD`. */
  holidays: readonly string[];
}

/** A stretch of time the ticket's clock ran; `end` absent while it is still running. */
export interface ClockInterval {
  start: Date;
  end?: Date | null;
}

interface Compiled {
  zone: string;
  days: ReadonlySet<number>;
  openMinute: number;
  closeMinute: number;
  holidays: ReadonlySet<string>;
}

const minuteMs = 60_000;
/** No calendar has ten years without a working day; one that does is a mistake. */
const maxDaysSearched = 3_660;
const timeOfDay = /^(?:([01]\d|2[0-3]):([0-5]\d)|(24):(00))$/;
const isoDate = /^\d{4}-\d{2}-\d{2}$/;
const compiledCalendars = new WeakMap<WorkingCalendar, Compiled>();

function minuteOfDay(value: string, field: string): number {
  const match = timeOfDay.exec(value);
  if (!match) throw new Error(`Working calendar: ${field} "${value}" is not a time HH:mm`);
  return Number(match[1] ?? match[3]) * 60 + Number(match[2] ?? match[4]);
}

function compile(calendar: WorkingCalendar): Compiled {
  const cached = compiledCalendars.get(calendar);
  if (cached) return cached;
  if (!IANAZone.isValidZone(calendar.timeZone)) throw new Error(`Working calendar: "${calendar.timeZone}" is not an IANA time zone`);
  if (!calendar.days.length || calendar.days.some((day) => !Number.isInteger(day) || day < 1 || day > 7)) {
    throw new Error('Working calendar: days must be ISO weekdays, 1 (Monday) to 7 (Sunday), at least one');
  }
  const openMinute = minuteOfDay(calendar.hours.start, 'start');
  const closeMinute = minuteOfDay(calendar.hours.end, 'end');
  if (openMinute >= closeMinute) throw new Error(`Working calendar: hours ${calendar.hours.start}–${calendar.hours.end} end before they start`);
  for (const holiday of calendar.holidays) {
    if (!isoDate.test(holiday) || !DateTime.fromISO(holiday).isValid) throw new Error(`Working calendar: holiday "${holiday}" is not a date YYYY-MM-DD`);
  }
  const compiled = { zone: calendar.timeZone, days: new Set(calendar.days), openMinute, closeMinute, holidays: new Set(calendar.holidays) };
  compiledCalendars.set(calendar, compiled);
  return compiled;
}

const localDay = (instant: number, calendar: Compiled): DateTime => DateTime.fromMillis(instant, { zone: calendar.zone }).startOf('day');
const nextDay = (day: DateTime): DateTime => day.plus({ days: 1 }).startOf('day');

/** A local time of day as an instant; in a DST gap Luxon moves it forward, as clocks do. */
function at(day: DateTime, minute: number): number {
  if (minute === 24 * 60) return nextDay(day).toMillis();
  return day.set({ hour: Math.floor(minute / 60), minute: minute % 60, second: 0, millisecond: 0 }).toMillis();
}

/** Opening and closing instants of a local day, or undefined on a day off. */
function hoursOn(day: DateTime, calendar: Compiled): { open: number; close: number } | undefined {
  if (!calendar.days.has(day.weekday) || calendar.holidays.has(day.toISODate()!)) return undefined;
  return { open: at(day, calendar.openMinute), close: at(day, calendar.closeMinute) };
}

/**
 * The moment `minutes` business minutes after `start` have passed: the due date of a
 * target. A start outside hours counts from the next opening; a target used up exactly at
 * closing time is due at closing time, not at the next opening.
 */
export function addBusinessMinutes(start: Date, minutes: number, calendar: WorkingCalendar): Date {
  if (!Number.isFinite(minutes) || minutes < 0) throw new Error(`Business minutes must be zero or more, not ${minutes}`);
  const compiled = compile(calendar);
  let remaining = minutes * minuteMs;
  const from = start.getTime();
  let day = localDay(from, compiled);
  for (let searched = 0; searched < maxDaysSearched; searched++, day = nextDay(day)) {
    const hours = hoursOn(day, compiled);
    if (!hours) continue;
    const begin = Math.max(from, hours.open);
    if (begin >= hours.close) continue;
    if (remaining <= hours.close - begin) return new Date(begin + remaining);
    remaining -= hours.close - begin;
  }
  throw new Error(`Working calendar in ${calendar.timeZone} has no working day in ten years`);
}

/** Business minutes between two instants (negative when `to` is before `from`). */
export function businessMinutesBetween(from: Date, to: Date, calendar: WorkingCalendar): number {
  if (to < from) return -businessMinutesBetween(to, from, calendar);
  const compiled = compile(calendar);
  const [start, end] = [from.getTime(), to.getTime()];
  let total = 0;
  for (let day = localDay(start, compiled); day.toMillis() < end; day = nextDay(day)) {
    const hours = hoursOn(day, compiled);
    if (hours) total += Math.max(0, Math.min(end, hours.close) - Math.max(start, hours.open));
  }
  return total / minuteMs;
}

/** Whether `instant` falls inside opening hours (the closing minute itself does not). */
export function isBusinessTime(instant: Date, calendar: WorkingCalendar): boolean {
  const compiled = compile(calendar);
  const hours = hoursOn(localDay(instant.getTime(), compiled), compiled);
  return Boolean(hours && instant.getTime() >= hours.open && instant.getTime() < hours.close);
}

/** Intervals sorted, open ones closed at `now`, overlaps merged (a minute counts once). */
function normalise(intervals: readonly ClockInterval[], now: Date | undefined): { start: number; end: number | undefined }[] {
  const sorted = intervals
    .map(({ start, end }) => ({ start: start.getTime(), end: end ? end.getTime() : now?.getTime() }))
    .sort((left, right) => left.start - right.start);
  const merged: { start: number; end: number | undefined }[] = [];
  for (const interval of sorted) {
    const last = merged.at(-1);
    if (last && (last.end === undefined || interval.start <= last.end)) {
      last.end = last.end === undefined || interval.end === undefined ? undefined : Math.max(last.end, interval.end);
    } else {
      merged.push({ ...interval });
    }
  }
  return merged;
}

/**
 * Business minutes a ticket's clock has run: only inside its running intervals (it is
 * paused in between, while HR waits on the employee). An interval still running counts
 * up to `now`, which is then required.
 */
export function elapsedBusinessMinutes(intervals: readonly ClockInterval[], calendar: WorkingCalendar, now?: Date): number {
  let total = 0;
  for (const { start, end } of normalise(intervals, now)) {
    if (end === undefined) throw new Error('elapsedBusinessMinutes: an interval is still running; say what time it is now');
    total += businessMinutesBetween(new Date(start), new Date(end), calendar);
  }
  return total;
}

/**
 * When a target of `minutes` business minutes is (or was) reached by a clock that runs in
 * these intervals, the last one possibly still running. Null while paused short of it:
 * a paused clock has no due date.
 */
export function businessDueAt(intervals: readonly ClockInterval[], minutes: number, calendar: WorkingCalendar): Date | null {
  let remaining = minutes;
  for (const { start, end } of normalise(intervals, undefined)) {
    if (end === undefined) return addBusinessMinutes(new Date(start), remaining, calendar);
    const ran = businessMinutesBetween(new Date(start), new Date(end), calendar);
    if (ran >= remaining) return addBusinessMinutes(new Date(start), remaining, calendar);
    remaining -= ran;
  }
  return null;
}

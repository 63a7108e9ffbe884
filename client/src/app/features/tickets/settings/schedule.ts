/* What the pages that edit a working schedule share (the HR contact's, an office's calendar). */

export const isoWeekdays = [1, 2, 3, 4, 5, 6, 7] as const;

/** Every IANA zone the browser knows; the browser's own first. */
export function timeZones(): string[] {
  const own = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const all = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return [own, ...all.filter((zone) => zone !== own)];
}

/** The ISO weekdays with their names in a locale, Monday first. */
export function weekdayNames(locale: string): { day: number; index: number; name: string }[] {
  const names = new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' });
  // 1 January 2024 was a Monday: ISO weekday n is n - 1 days later.
  return isoWeekdays.map((day, index) => ({ day, index, name: names.format(Date.UTC(2024, 0, day)) }));
}

/** Zones matching what is typed (spaces read as underscores), at most 50. */
export function matchingZones(zones: readonly string[], typed: string): string[] {
  const query = typed.trim().toLowerCase().replace(/\s+/g, '_');
  return (query ? zones.filter((zone) => zone.toLowerCase().includes(query)) : zones).slice(0, 50);
}

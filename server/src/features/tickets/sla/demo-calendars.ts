import type { WorkingCalendar } from './business-hours';

const weekdays = [1, 2, 3, 4, 5] as const;

/**
 * Working calendars of the demo company's offices (the location ids of the directory
 * seed), with public holidays for 2026 and 2027 as published by each country, region
 * and city. Demo data: HR keeps the real ones. Where a holiday falls on a weekend and
 * the country moves it, the day off is the substitute weekday.
 */
export const demoCalendars: Readonly<Record<string, WorkingCalendar>> = {
  london: {
    timeZone: 'Europe/London',
    days: weekdays,
    hours: { start: '09:00', end: '17:30' },
    // Bank holidays in England and Wales.
    holidays: [
      '2026-01-01', '2026-04-03', '2026-04-06', '2026-05-04', '2026-05-25', '2026-08-31', '2026-12-25', '2026-12-28',
      '2027-01-01', '2027-03-26', '2027-03-29', '2027-05-03', '2027-05-31', '2027-08-30', '2027-12-27', '2027-12-28',
    ],
  },
  madrid: {
    timeZone: 'Europe/Madrid',
    days: weekdays,
    hours: { start: '09:00', end: '18:00' },
    // National, Comunidad de Madrid (Maundy Thursday, 2 May) and Madrid city (San Isidro, La Almudena).
    holidays: [
      '2026-01-01', '2026-01-06', '2026-04-02', '2026-04-03', '2026-05-01', '2026-05-02', '2026-05-15', '2026-08-15',
      '2026-10-12', '2026-11-02', '2026-11-09', '2026-12-07', '2026-12-08', '2026-12-25',
      '2027-01-01', '2027-01-06', '2027-03-25', '2027-03-26', '2027-05-01', '2027-05-03', '2027-05-15', '2027-08-16',
      '2027-10-12', '2027-11-01', '2027-11-09', '2027-12-06', '2027-12-08', '2027-12-25',
    ],
  },
  'new-york': {
    timeZone: 'America/New_York',
    days: weekdays,
    hours: { start: '09:00', end: '17:00' },
    // US federal holidays the company observes (weekend ones on the observed weekday), and the day after Thanksgiving.
    holidays: [
      '2026-01-01', '2026-01-19', '2026-02-16', '2026-05-25', '2026-06-19', '2026-07-03', '2026-09-07', '2026-11-26',
      '2026-11-27', '2026-12-25',
      '2027-01-01', '2027-01-18', '2027-02-15', '2027-05-31', '2027-06-18', '2027-07-05', '2027-09-06', '2027-11-25',
      '2027-11-26', '2027-12-24', '2027-12-31',
    ],
  },
  bucharest: {
    timeZone: 'Europe/Bucharest',
    days: weekdays,
    hours: { start: '09:00', end: '18:00' },
    // Romanian public holidays (Orthodox Easter and Pentecost: 12 April and 31 May 2026, 2 May and 20 June 2027).
    holidays: [
      '2026-01-01', '2026-01-02', '2026-01-06', '2026-01-07', '2026-01-24', '2026-04-10', '2026-04-12', '2026-04-13',
      '2026-05-01', '2026-05-31', '2026-06-01', '2026-08-15', '2026-11-30', '2026-12-01', '2026-12-25', '2026-12-26',
      '2027-01-01', '2027-01-02', '2027-01-06', '2027-01-07', '2027-01-24', '2027-04-30', '2027-05-01', '2027-05-02',
      '2027-05-03', '2027-06-01', '2027-06-20', '2027-06-21', '2027-08-15', '2027-11-30', '2027-12-01', '2027-12-25',
      '2027-12-26',
    ],
  },
  'sao-paulo': {
    timeZone: 'America/Sao_Paulo',
    days: weekdays,
    hours: { start: '09:00', end: '18:00' },
    // National, São Paulo state (9 July) and city (25 January, Corpus Christi) holidays, and Carnival Monday and Tuesday.
    holidays: [
      '2026-01-01', '2026-01-25', '2026-02-16', '2026-02-17', '2026-04-03', '2026-04-21', '2026-05-01', '2026-06-04',
      '2026-07-09', '2026-09-07', '2026-10-12', '2026-11-02', '2026-11-15', '2026-11-20', '2026-12-25',
      '2027-01-01', '2027-01-25', '2027-02-08', '2027-02-09', '2027-03-26', '2027-04-21', '2027-05-01', '2027-05-27',
      '2027-07-09', '2027-09-07', '2027-10-12', '2027-11-02', '2027-11-15', '2027-11-20', '2027-12-25',
    ],
  },
};

/** The calendar of a demo office; an unknown location gets London's (the head office). */
export function demoCalendarFor(locationId: string): WorkingCalendar {
  return demoCalendars[locationId] ?? demoCalendars['london']!;
}

import { stringify } from 'csv-stringify/sync';

import { ticketCategories, ticketCategoryNames, type TicketCategory } from '@portico/shared/tickets/catalogue.schemas';
import type { BacklogBucket, Compliance, DurationStats, HelpDeskReport, HelpDeskReportName } from '@portico/shared/tickets/reports.schemas';
import type { InterfaceLanguage } from '@portico/shared/i18n/languages';

/*
 * The reports as CSV files for a spreadsheet: UTF-8 with a byte order mark (so Excel reads
 * accents), CRLF line ends, and every cell that a spreadsheet would take for a formula
 * (starting with = + - @, a tab or a carriage return, or their full-width forms) prefixed
 * with an apostrophe by csv-stringify's `escape_formulas` (OWASP, "CSV injection"). Team
 * names are typed by HR and could start with "="; negative numbers are left as numbers.
 * Aggregates only: no subject or text of any ticket is exported.
 */

type Cell = string | number | null;

/** Rows to a CSV document; the first row is the heading. */
export function toCsv(rows: readonly (readonly Cell[])[]): string {
  // A lone CR or LF is quoted too (csv-stringify quotes only the whole record delimiter): Excel breaks lines on either.
  return stringify(rows as Cell[][], { bom: true, escape_formulas: true, record_delimiter: 'windows', quoted_match: /[\r\n]/ });
}

const words = {
  en: {
    week: 'ISO week',
    weekStart: 'Week starting',
    total: 'Total',
    category: 'Category',
    scope: 'Scope',
    team: 'Team',
    all: 'All tickets',
    measure: 'Measure',
    firstResponse: 'First response',
    resolution: 'Resolution',
    tickets: 'Tickets',
    median: 'Median (hours)',
    p90: '90th percentile (hours)',
    basis: 'Hours',
    business: 'business hours',
    wallClock: 'wall-clock hours',
    group: 'Grouped by',
    overall: 'Overall',
    firstMet: 'First response: met',
    firstMissed: 'First response: missed',
    firstRate: 'First response: % met',
    resolutionMet: 'Resolution: met',
    resolutionMissed: 'Resolution: missed',
    resolutionRate: 'Resolution: % met',
    rating: 'Rating',
    ratings: 'Ratings',
    share: '% of ratings',
    average: 'Average',
    deflections: 'Deflections',
    deflectionRate: 'Deflection rate (%)',
    from: 'From',
    to: 'To',
    age: 'Age',
    open: 'Open tickets',
  },
  es: {
    week: 'Semana ISO',
    weekStart: 'Semana del',
    total: 'Total',
    category: 'Categoría',
    scope: 'Ámbito',
    team: 'Equipo',
    all: 'Todas las solicitudes',
    measure: 'Medida',
    firstResponse: 'Primera respuesta',
    resolution: 'Resolución',
    tickets: 'Solicitudes',
    median: 'Mediana (horas)',
    p90: 'Percentil 90 (horas)',
    basis: 'Horas',
    business: 'horas laborables',
    wallClock: 'horas naturales',
    group: 'Agrupado por',
    overall: 'Total',
    firstMet: 'Primera respuesta: a tiempo',
    firstMissed: 'Primera respuesta: fuera de plazo',
    firstRate: 'Primera respuesta: % a tiempo',
    resolutionMet: 'Resolución: a tiempo',
    resolutionMissed: 'Resolución: fuera de plazo',
    resolutionRate: 'Resolución: % a tiempo',
    rating: 'Valoración',
    ratings: 'Valoraciones',
    share: '% de valoraciones',
    average: 'Media',
    deflections: 'Resueltas con el manual',
    deflectionRate: 'Tasa de desvío (%)',
    from: 'Desde',
    to: 'Hasta',
    age: 'Antigüedad',
    open: 'Solicitudes abiertas',
  },
} as const;

const bucketNames: Record<InterfaceLanguage, Record<BacklogBucket, string>> = {
  en: { 'under-1-day': 'Under 1 day', '1-3-days': '1 to 3 days', '3-7-days': '3 to 7 days', '7-14-days': '7 to 14 days', 'over-14-days': '14 days or more' },
  es: {
    'under-1-day': 'Menos de 1 día',
    '1-3-days': 'De 1 a 3 días',
    '3-7-days': 'De 3 a 7 días',
    '7-14-days': 'De 7 a 14 días',
    'over-14-days': '14 días o más',
  },
};

const hours = (minutes: number | null) => (minutes === null ? null : Math.round((minutes / 60) * 100) / 100);
const percent = (rate: number | null) => (rate === null ? null : Math.round(rate * 1000) / 10);

/** One report of the page as a table, headings in `language`. */
export function reportTable(report: HelpDeskReport, name: HelpDeskReportName, language: InterfaceLanguage): Cell[][] {
  const w = words[language];
  const category = (id: TicketCategory) => ticketCategoryNames[id][language];
  switch (name) {
    case 'volume':
      return [
        [w.week, w.weekStart, ...ticketCategories.map(category), w.total],
        ...report.volume.weeks.map((week) => [week.week, week.start, ...ticketCategories.map((id) => week.counts[id]), week.total]),
      ];
    case 'times': {
      const unit = report.times.basis === 'business' ? w.business : w.wallClock;
      const rows = (scope: string, stats: { firstResponse: DurationStats; resolution: DurationStats }): Cell[][] =>
        (
          [
            ['firstResponse', stats.firstResponse],
            ['resolution', stats.resolution],
          ] as const
        ).map(([measure, figures]) => [scope, w[measure], figures.count, hours(figures.medianMinutes), hours(figures.p90Minutes), unit]);
      return [
        [w.scope, w.measure, w.tickets, w.median, w.p90, w.basis],
        ...rows(w.all, report.times),
        ...report.times.byCategory.flatMap((row) => rows(category(row.category), row)),
      ];
    }
    case 'sla': {
      const cells = (first: Compliance, resolution: Compliance): Cell[] => [
        first.met,
        first.missed,
        percent(first.rate),
        resolution.met,
        resolution.missed,
        percent(resolution.rate),
      ];
      return [
        [w.group, w.scope, w.firstMet, w.firstMissed, w.firstRate, w.resolutionMet, w.resolutionMissed, w.resolutionRate],
        [w.overall, w.all, ...cells(report.sla.overall.firstResponse, report.sla.overall.resolution)],
        ...report.sla.byTeam.map((row) => [w.team, row.name[language], ...cells(row.firstResponse, row.resolution)]),
        ...report.sla.byCategory.map((row) => [w.category, category(row.category), ...cells(row.firstResponse, row.resolution)]),
      ];
    }
    case 'csat':
      return [
        [w.rating, w.ratings, w.share],
        ...report.csat.distribution.map((row) => [row.rating, row.count, percent(report.csat.count ? row.count / report.csat.count : null)]),
        [w.total, report.csat.count, null],
        [w.average, report.csat.average === null ? null : Math.round(report.csat.average * 100) / 100, null],
      ];
    case 'deflection':
      return [
        [w.from, w.to, w.deflections, w.tickets, w.deflectionRate],
        [report.period.from, report.period.to, report.deflection.deflections, report.deflection.tickets, percent(report.deflection.rate)],
      ];
    case 'backlog':
      return [[w.age, w.open], ...report.backlog.buckets.map((row) => [bucketNames[language][row.bucket], row.count]), [w.total, report.backlog.total]];
  }
}

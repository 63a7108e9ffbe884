import {
  HelpDeskExportQuerySchema,
  HelpDeskReportQuerySchema,
  HelpDeskReportSchema,
  resolveReportPeriod,
  type HelpDeskReportQuery,
  type ReportPeriod,
} from '@portico/shared/tickets/reports.schemas';
import { validationFailed } from '../../../platform/errors';
import type { Clock } from '../../../platform/clock';
import type { ApiRouter } from '../../../platform/http/api-router';
import { helpDeskReport } from './help-desk-reports';
import { reportTable, toCsv } from './reports-csv';

const access = { action: 'reports.read' } as const;
const tags = ['help desk: reports'];

/** The period asked for, defaults from the clock's day (UTC); a 400 naming the field otherwise. */
function periodOf(query: HelpDeskReportQuery, now: Date): ReportPeriod {
  const resolved = resolveReportPeriod(query, now.toISOString().slice(0, 10));
  if ('errors' in resolved) throw validationFailed(resolved.errors);
  return resolved.period;
}

/**
 * HR admins' help desk reports (reports.read). Aggregates only, confidential tickets
 * counted like the rest: no subject or text leaves, in the page or in the files.
 */
export function helpDeskReportRoutes(api: ApiRouter, dependencies: { clock: Clock }): void {
  api.get(
    '/tickets/reports',
    {
      summary: 'The help desk in figures over a period (HR admins)',
      description:
        'Volume by category and ISO week, first-response and resolution times (median, 90th percentile), SLA compliance overall, by team and by category, CSAT, deflection rate, and the open backlog by age. Days are UTC; the default period is the last 26 ISO weeks up to today; at most 731 days.',
      tags,
      access,
      request: { query: HelpDeskReportQuerySchema },
      response: { description: 'The figures', schema: HelpDeskReportSchema },
    },
    ({ query }) => {
      const now = dependencies.clock.now();
      return helpDeskReport(periodOf(query, now), now);
    },
  );

  api.get(
    '/tickets/reports/export.csv',
    {
      summary: 'One report as a CSV file (HR admins)',
      description: 'UTF-8 with a byte order mark; cells a spreadsheet would read as a formula are prefixed with an apostrophe.',
      tags,
      access,
      request: { query: HelpDeskExportQuerySchema },
      response: { description: 'The report as CSV', contentType: 'text/csv' },
    },
    async ({ query }, _request, response) => {
      const now = dependencies.clock.now();
      const period = periodOf(query, now);
      const report = await helpDeskReport(period, now);
      response
        .status(200)
        .attachment(`help-desk-${query.report}-${period.from}-to-${period.to}.csv`)
        .type('text/csv; charset=utf-8')
        .set('Cache-Control', 'no-store')
        .send(toCsv(reportTable(report, query.report, query.lang ?? 'en')));
    },
  );
}

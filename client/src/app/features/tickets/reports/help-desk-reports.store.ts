import { Injectable, computed, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import type { InterfaceLanguage } from '@portico/shared/i18n/languages';
import type { HelpDeskReportName, ReportPeriod } from '@portico/shared/tickets/reports.schemas';

import { problemOf } from '../../../core/http/problem';
import { HelpDeskReportsApi } from './help-desk-reports-api';

/** The help desk's report for the period asked, and its CSV addresses (provided by the reports page). */
@Injectable()
export class HelpDeskReportsStore {
  private readonly api = inject(HelpDeskReportsApi);
  /** Null: the server's default period (the last 26 weeks). */
  readonly requested = signal<ReportPeriod | null>(null);
  readonly report = rxResource({ params: () => ({ period: this.requested() }), stream: ({ params }) => this.api.report(params.period) });
  readonly problem = computed(() => (this.report.error() ? problemOf(this.report.error()) : null));

  csvUrl(name: HelpDeskReportName, period: ReportPeriod, language: InterfaceLanguage): string {
    return this.api.csvUrl(name, period, language);
  }
}

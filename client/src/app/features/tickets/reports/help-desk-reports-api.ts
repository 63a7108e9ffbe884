import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { InterfaceLanguage } from '@portico/shared/i18n/languages';
import type { HelpDeskReport, HelpDeskReportName, ReportPeriod } from '@portico/shared/tickets/reports.schemas';
import type { Observable } from 'rxjs';

const REPORTS = '/api/tickets/reports';

/** The help desk reports (HR admins, reports.read). */
@Injectable({ providedIn: 'root' })
export class HelpDeskReportsApi {
  private readonly http = inject(HttpClient);

  /** The figures over `period`; without one, the server's default (the last 26 weeks). */
  report(period: ReportPeriod | null): Observable<HelpDeskReport> {
    const params = period ? new HttpParams().set('from', period.from).set('to', period.to) : new HttpParams();
    return this.http.get<HelpDeskReport>(REPORTS, { params });
  }

  /** Where one report's CSV file downloads from: a plain link, the session cookie goes along. */
  csvUrl(report: HelpDeskReportName, period: ReportPeriod, language: InterfaceLanguage): string {
    const params = new HttpParams().set('report', report).set('from', period.from).set('to', period.to).set('lang', language);
    return `${REPORTS}/export.csv?${params.toString()}`;
  }
}

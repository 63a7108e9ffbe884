import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { TranslocoLocaleService, type DateFormatOptions } from '@jsverse/transloco-locale';
import { ticketCategories, ticketCategoryNames, type TicketCategory } from '@portico/shared/tickets/catalogue.schemas';
import {
  lastWeeks,
  MAX_REPORT_DAYS,
  ReportDateSchema,
  resolveReportPeriod,
  type Compliance,
  type DurationStats,
  type HelpDeskReportName,
} from '@portico/shared/tickets/reports.schemas';

import { interfaceLanguageOf } from '../../../core/i18n/interface-language';
import { BarList, type BarRow } from './charts/bar-list';
import { StackedColumns, type ChartSeries, type StackedColumn } from './charts/stacked-columns';
import { HelpDeskReportsStore } from './help-desk-reports.store';
import { ReportSection } from './report-section';

/**
 * One colour per category: ColorBrewer's Dark2 without its yellow, each at least 3:1
 * against both the light and the dark surface (WCAG 1.4.11), in the categories' order.
 */
const categoryColors: Record<TicketCategory, string> = {
  pay: '#1b9e77',
  'time-off': '#d95f02',
  benefits: '#7570b3',
  documents: '#e7298a',
  'working-arrangements': '#66a61e',
  conduct: '#a6761d',
  other: '#666666',
};

export const presets = [4, 13, 26, 52] as const;
type Preset = (typeof presets)[number] | 'custom';
/** The day in UTC, as the server counts days. */
const todayUtc = () => new Date().toISOString().slice(0, 10);

@Component({
  selector: 'app-help-desk-reports-page',
  imports: [
    BarList,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
    ReactiveFormsModule,
    ReportSection,
    StackedColumns,
    TranslocoPipe,
  ],
  templateUrl: './help-desk-reports-page.html',
  styleUrl: './help-desk-reports-page.scss',
  providers: [HelpDeskReportsStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class HelpDeskReportsPage {
  private readonly store = inject(HelpDeskReportsStore);
  private readonly transloco = inject(TranslocoService);
  private readonly locales = inject(TranslocoLocaleService);
  private readonly locale = toSignal(this.locales.localeChanges$, { initialValue: this.locales.getLocale() });
  /** The messages of the active language once loaded: what labels built in code wait for. */
  private readonly messages = toSignal(this.transloco.selectTranslation());
  protected readonly language = interfaceLanguageOf(this.transloco);

  protected readonly presets = presets;
  protected readonly categories = ticketCategories;
  protected readonly preset = signal<Preset>(26);
  private readonly requested = this.store.requested;
  protected readonly report = this.store.report;
  protected readonly problem = this.store.problem;

  protected readonly dates = new FormGroup({ from: new FormControl('', { nonNullable: true }), to: new FormControl('', { nonNullable: true }) });
  protected readonly dateErrors = signal<{ from?: string; to?: string }>({});

  protected choosePreset(preset: Preset): void {
    this.preset.set(preset);
    const shown = this.report.value()?.period;
    if (preset === 'custom') {
      if (shown) this.dates.setValue({ from: shown.from, to: shown.to });
      return;
    }
    this.requested.set(lastWeeks(preset, todayUtc()));
  }

  /** Custom dates, checked with the server's own rules before asking. */
  protected showDates(): void {
    const { from, to } = this.dates.getRawValue();
    const invalid = (value: string) => !ReportDateSchema.safeParse(value).success;
    if (invalid(from) || invalid(to)) {
      const message = this.transloco.translate('hr.helpDeskReports.errors.date');
      this.dateErrors.set({ ...(invalid(from) ? { from: message } : {}), ...(invalid(to) ? { to: message } : {}) });
      return;
    }
    const resolved = resolveReportPeriod({ from, to }, todayUtc());
    if ('errors' in resolved) {
      const tooLong = resolved.errors.some((error) => error.path === 'query.from');
      this.dateErrors.set(
        tooLong
          ? { from: this.transloco.translate('hr.helpDeskReports.errors.tooLong', { max: MAX_REPORT_DAYS }) }
          : { to: this.transloco.translate('hr.helpDeskReports.errors.order') },
      );
      return;
    }
    this.dateErrors.set({});
    this.requested.set(resolved.period);
  }

  protected csv(name: HelpDeskReportName): string | null {
    const period = this.report.value()?.period;
    return period ? this.store.csvUrl(name, period, this.language()) : null;
  }

  /* ---- Formatting, in the reader's locale ---- */

  protected number(value: number, digits = 0): string {
    return this.locales.localizeNumber(value, 'decimal', this.locale(), { maximumFractionDigits: digits });
  }

  protected percent(rate: number | null): string {
    return rate === null ? '—' : this.locales.localizeNumber(rate, 'percent', this.locale(), { maximumFractionDigits: 0 });
  }

  /** Minutes under an hour, hours with a decimal above. */
  protected hours(minutes: number | null): string {
    if (minutes === null) return '—';
    if (minutes < 60) return this.transloco.translate('hr.helpDeskReports.minutes', { value: this.number(minutes) });
    return this.transloco.translate('hr.helpDeskReports.hours', { value: this.number(minutes / 60, 1) });
  }

  protected day(date: string, style: 'medium' | 'short' = 'medium'): string {
    const options: DateFormatOptions = style === 'medium' ? { dateStyle: 'medium', timeZone: 'UTC' } : { day: 'numeric', month: 'short', timeZone: 'UTC' };
    return this.locales.localizeDate(`${date}T00:00:00Z`, this.locale(), options);
  }

  protected categoryName(category: TicketCategory): string {
    return ticketCategoryNames[category][this.language()];
  }

  /** "67% (4 of 6)", or a dash when no target was decided. */
  protected compliance(figures: Compliance): string {
    if (figures.rate === null) return '—';
    return `${this.percent(figures.rate)} (${this.transloco.translate('hr.helpDeskReports.ofTotal', { count: figures.met, total: figures.met + figures.missed })})`;
  }

  protected stats(figures: DurationStats): { median: string; p90: string } {
    return { median: this.hours(figures.medianMinutes), p90: this.hours(figures.p90Minutes) };
  }

  /* ---- Charts ---- */

  protected readonly categorySeries = computed<ChartSeries[]>(() => {
    this.messages();
    this.locale();
    return ticketCategories.map((category) => ({ key: category, label: this.categoryName(category), color: categoryColors[category] }));
  });

  protected readonly volumeColumns = computed<StackedColumn[]>(() => {
    const weeks = this.report.value()?.volume.weeks ?? [];
    this.messages();
    this.locale();
    // Four labels at most whatever the number of weeks, so they never overlap at 360 px.
    const every = Math.max(1, Math.ceil(weeks.length / 4));
    return weeks.map((week, index) => ({ key: week.week, tick: index % every === 0 ? this.day(week.start, 'short') : null, values: week.counts }));
  });

  protected readonly csatBars = computed<BarRow[]>(() => {
    const csat = this.report.value()?.csat;
    this.messages();
    this.locale();
    if (!csat) return [];
    return [...csat.distribution].reverse().map((row) => ({
      key: String(row.rating),
      label: this.transloco.translate('hr.helpDeskReports.csat.stars', { rating: row.rating }),
      value: row.count,
      display: this.number(row.count),
    }));
  });

  protected readonly backlogBars = computed<BarRow[]>(() => {
    const backlog = this.report.value()?.backlog;
    this.messages();
    this.locale();
    return (backlog?.buckets ?? []).map((row) => ({
      key: row.bucket,
      label: this.transloco.translate(`hr.helpDeskReports.backlog.buckets.${row.bucket}`),
      value: row.count,
      display: this.number(row.count),
    }));
  });

  protected readonly slaGroups = computed(() => {
    const sla = this.report.value()?.sla;
    const language = this.language();
    if (!sla) return [];
    return [
      {
        caption: 'hr.helpDeskReports.sla.byTeam',
        column: 'hr.helpDeskReports.sla.team',
        rows: sla.byTeam.map((row) => ({ ...row, key: row.teamId, name: row.name[language] })),
      },
      {
        caption: 'hr.helpDeskReports.sla.byCategory',
        column: 'hr.helpDeskReports.category',
        rows: sla.byCategory.map((row) => ({ ...row, key: row.category, name: this.categoryName(row.category) })),
      },
    ];
  });

  /** A chart's label lists its figures when there are few of them. */
  protected listed(rows: readonly BarRow[]): string {
    return rows.map((row) => `${row.label}: ${row.display}`).join('; ');
  }
}

import { HttpTestingController } from '@angular/common/http/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { MatSelectHarness } from '@angular/material/select/testing';
import { TranslocoService } from '@jsverse/transloco';
import { lastWeeks, type HelpDeskReport } from '@portico/shared/tickets/reports.schemas';
import { firstValueFrom } from 'rxjs';

import { appInitialized, appTestProviders, signIn } from '../../../testing/app-test-providers';
import { meWithRoles } from '../../../testing/me.fixture';
import { provideWorkspaceIcons } from '../../../core/icons/workspace-icons';
import { HelpDeskReportsPage } from './help-desk-reports-page';

const none = { pay: 0, 'time-off': 0, benefits: 0, documents: 0, 'working-arrangements': 0, conduct: 0, other: 0 };
const stats = (count: number, medianMinutes: number | null, p90Minutes: number | null) => ({ count, medianMinutes, p90Minutes });
const row = (met: number, missed: number) => ({ met, missed, rate: met + missed ? met / (met + missed) : null });

function aReport(overrides: Partial<HelpDeskReport> = {}): HelpDeskReport {
  return {
    period: { from: '2026-03-02', to: '2026-03-16' },
    generatedAt: '2026-03-16T12:00:00.000Z',
    tickets: 10,
    volume: {
      weeks: [
        { week: '2026-W10', start: '2026-03-02', counts: { ...none, pay: 1, 'time-off': 2, conduct: 1 }, total: 4 },
        { week: '2026-W11', start: '2026-03-09', counts: { ...none, 'time-off': 4 }, total: 4 },
        { week: '2026-W12', start: '2026-03-16', counts: { ...none, 'time-off': 2 }, total: 2 },
      ],
      byCategory: { ...none, pay: 1, 'time-off': 8, conduct: 1 },
    },
    times: {
      basis: 'business',
      firstResponse: stats(5, 60, 372),
      resolution: stats(3, 540, 1708),
      byCategory: [{ category: 'pay', firstResponse: stats(1, 120, 120), resolution: stats(1, 2000, 2000) }],
    },
    sla: {
      overall: { firstResponse: row(4, 2), resolution: row(2, 2) },
      byTeam: [{ teamId: 'payroll', name: { en: 'Payroll', es: 'Nóminas' }, firstResponse: row(1, 0), resolution: row(0, 1) }],
      byCategory: [{ category: 'pay', firstResponse: row(1, 0), resolution: row(0, 1) }],
    },
    csat: { count: 3, average: 11 / 3, distribution: [1, 2, 3, 4, 5].map((rating) => ({ rating, count: [0, 1, 0, 1, 1][rating - 1]! })) },
    deflection: { deflections: 2, tickets: 10, rate: 2 / 12 },
    backlog: {
      total: 7,
      buckets: [
        { bucket: 'under-1-day', count: 2 },
        { bucket: '1-3-days', count: 1 },
        { bucket: '3-7-days', count: 1 },
        { bucket: '7-14-days', count: 1 },
        { bucket: 'over-14-days', count: 2 },
      ],
    },
    ...overrides,
  };
}

describe('HelpDeskReportsPage', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<HelpDeskReportsPage>;
  let element: HTMLElement;
  const byTestId = (id: string) => element.querySelector<HTMLElement>(`[data-testid="${id}"]`)!;
  const text = (id: string) => byTestId(id).innerText.replace(/\s+/g, ' ').trim();
  const reportRequest = () => http.expectOne((candidate) => candidate.url === '/api/tickets/reports');

  async function open(report: HelpDeskReport | null = aReport()) {
    fixture = TestBed.createComponent(HelpDeskReportsPage);
    element = fixture.nativeElement as HTMLElement;
    fixture.detectChanges();
    const request = reportRequest();
    expect(request.request.params.keys()).withContext('the server\u2019s default period').toEqual([]);
    if (report) request.flush(report);
    await fixture.whenStable();
  }

  beforeEach(async () => {
    TestBed.configureTestingModule({ providers: [...appTestProviders(), provideWorkspaceIcons()] });
    await appInitialized();
    signIn(meWithRoles('hr_admin'));
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => {
    // The shell's bell asks for notifications once signed in; not this page's business.
    http.match((request) => request.url.startsWith('/api/notifications'));
    http.verify();
  });

  it('shows the figures of the period: times in business hours, shares, satisfaction, deflection and the backlog', async () => {
    await open();
    expect(text('period-shown')).toBe('Tickets filed from Mar 2, 2026 to Mar 16, 2026 (days in UTC): 10.');
    const summary = text('summary');
    expect(summary).toContain('First response 1 h median · 90% within 6.2 h');
    expect(text('report-times')).toContain('All tickets 1 h 6.2 h 9 h 28.5 h');
    expect(summary).toContain('Resolution 9 h median · 90% within 28.5 h');
    expect(summary).toContain('First responses on time 67% 4 of 6');
    expect(summary).toContain('Resolutions on time 50% 2 of 4');
    expect(summary).toContain('Satisfaction 3.7 / 5 3 ratings');
    expect(summary).toContain('Deflection rate 17% 2 of 12');
    expect(summary).toContain('Open now 7');
    expect(text('time-basis')).toContain('business hours');
    expect(text('report-times')).toContain('Pay 2 h 2 h 33.3 h 33.3 h');
    expect(text('report-sla')).toContain('Payroll 100% (1 of 1) 0% (0 of 1)');
  });

  it('draws each chart as one labelled image, with the same figures as a table on request', async () => {
    await open();
    const backlog = byTestId('report-backlog');
    const chart = backlog.querySelector('app-bar-list [role="img"]')!;
    expect(chart.getAttribute('aria-label')).toBe(
      'Bar chart of open tickets by age: Under 1 day: 2; 1 to 3 days: 1; 3 to 7 days: 1; 7 to 14 days: 1; 14 days or more: 2.',
    );
    const table = backlog.querySelector('table')!;
    expect(table.closest('[hidden]')).not.toBeNull();

    const toggle = backlog.querySelector<HTMLButtonElement>('[data-testid="show-as-table"]')!;
    expect(toggle.getAttribute('aria-pressed')).toBe('false');
    toggle.click();
    fixture.detectChanges();
    expect(toggle.getAttribute('aria-pressed')).toBe('true');
    expect(table.closest('[hidden]')).toBeNull();
    expect(chart.closest('[hidden]')).not.toBeNull();
    expect(Array.from(table.querySelectorAll('tbody tr'), (tr) => Array.from(tr.children, (cell) => cell.textContent!.trim()).join(' '))).toEqual([
      'Under 1 day 2',
      '1 to 3 days 1',
      '3 to 7 days 1',
      '7 to 14 days 1',
      '14 days or more 2',
      'Total 7',
    ]);

    const volume = byTestId('report-volume');
    expect(volume.querySelector('app-stacked-columns [role="img"]')!.getAttribute('aria-label')).toContain('10 in all');
    // The tallest weeks reach the top of a 4-ticket axis; a week's segments are its categories.
    const stacks = Array.from(volume.querySelectorAll<HTMLElement>('.stack'));
    expect(stacks.map((stack) => stack.style.height)).toEqual(['100%', '100%', '50%']);
    expect(stacks[0]!.querySelectorAll('.segment').length).toBe(3);
    expect(Array.from(volume.querySelectorAll('tbody th'), (th) => th.textContent!.trim())[0]).toBe('2026-W10, from Mar 2, 2026');
  });

  it('links each report\u2019s CSV for the period shown, in the reader\u2019s language', async () => {
    await open();
    const links = Array.from(element.querySelectorAll<HTMLAnchorElement>('[data-testid="csv-link"]'));
    expect(links.map((link) => new URL(link.href).searchParams.get('report'))).toEqual(['volume', 'times', 'sla', 'csat', 'deflection', 'backlog']);
    expect(links[0]!.getAttribute('href')).toBe('/api/tickets/reports/export.csv?report=volume&from=2026-03-02&to=2026-03-16&lang=en');
    expect(links[0]!.hasAttribute('download')).toBeTrue();
    expect(links[0]!.getAttribute('aria-label')).toBe('Download “Tickets by week and category” as a CSV file');
  });

  it('asks for a preset period, and checks chosen dates with the server\u2019s rules before asking', async () => {
    await open();
    const select = await TestbedHarnessEnvironment.loader(fixture).getHarness(MatSelectHarness);
    // Clicked without the harness: it would wait for the request the click starts.
    const choose = async (label: string) => {
      await select.open();
      Array.from(document.querySelectorAll<HTMLElement>('mat-option'))
        .find((option) => option.textContent!.trim() === label)!
        .click();
      TestBed.tick();
    };
    await choose('Last 4 weeks');
    const expected = lastWeeks(4, new Date().toISOString().slice(0, 10));
    const request = reportRequest();
    expect(request.request.params.get('from')).toBe(expected.from);
    expect(request.request.params.get('to')).toBe(expected.to);
    request.flush(aReport({ period: expected }));
    await fixture.whenStable();

    await choose('Choose dates');
    fixture.detectChanges();
    const from = byTestId('period-from') as HTMLInputElement;
    const to = byTestId('period-to') as HTMLInputElement;
    expect(from.value).toBe(expected.from);
    const enter = (input: HTMLInputElement, value: string) => {
      input.value = value;
      input.dispatchEvent(new Event('input'));
    };
    enter(from, '2026-03-10');
    enter(to, '2026-03-01');
    byTestId('period-show').click();
    fixture.detectChanges();
    expect(element.textContent).toContain('The last day must be on or after the first.');
    enter(from, '2023-01-01');
    byTestId('period-show').click();
    fixture.detectChanges();
    expect(element.textContent).toContain('A period can be at most 731 days long.');
    http.expectNone('/api/tickets/reports');

    enter(from, '2026-01-05');
    byTestId('period-show').click();
    TestBed.tick();
    const custom = reportRequest();
    expect(custom.request.params.get('from')).toBe('2026-01-05');
    expect(custom.request.params.get('to')).toBe('2026-03-01');
    custom.flush(aReport());
  });

  it('says so when nothing happened in the period, and writes it in Spanish', async () => {
    await open(
      aReport({
        tickets: 0,
        volume: { weeks: [{ week: '2026-W10', start: '2026-03-02', counts: none, total: 0 }], byCategory: none },
        times: { basis: 'business', firstResponse: stats(0, null, null), resolution: stats(0, null, null), byCategory: [] },
        sla: { overall: { firstResponse: row(0, 0), resolution: row(0, 0) }, byTeam: [], byCategory: [] },
        csat: { count: 0, average: null, distribution: [1, 2, 3, 4, 5].map((rating) => ({ rating, count: 0 })) },
        deflection: { deflections: 0, tickets: 0, rate: null },
        backlog: { total: 0, buckets: [] },
      }),
    );
    expect(text('report-volume')).toContain('No tickets were filed in this period.');
    expect(byTestId('report-volume').querySelector('[data-testid="show-as-table"]')).toBeNull();
    expect(text('report-csat')).toContain('No ratings yet');
    expect(text('report-deflection')).toContain('No questions were asked in this period.');
    expect(text('report-backlog')).toContain('No open tickets');
    expect(text('summary')).toContain('First response — median');

    const transloco = TestBed.inject(TranslocoService);
    await firstValueFrom(transloco.load('es'));
    transloco.setActiveLang('es');
    await fixture.whenStable();
    fixture.detectChanges();
    expect(text('report-volume')).toContain('No se registró ninguna solicitud en este periodo.');
    expect(element.querySelector<HTMLAnchorElement>('[data-testid="csv-link"]')!.getAttribute('href')).toContain('lang=es');
  });

  it('says when the report could not be loaded, and tries again', async () => {
    fixture = TestBed.createComponent(HelpDeskReportsPage);
    element = fixture.nativeElement as HTMLElement;
    fixture.detectChanges();
    reportRequest().flush(null, { status: 500, statusText: 'Server Error' });
    await fixture.whenStable();
    expect(element.querySelector('[role="alert"]')!.textContent).toContain('This could not be loaded');
    element.querySelector<HTMLButtonElement>('.error + button')!.click();
    TestBed.tick();
    reportRequest().flush(aReport());
    await fixture.whenStable();
    expect(text('summary')).toContain('Tickets filed 10');
  });
});

import type { HelpDeskReport } from '@portico/shared/tickets/reports.schemas';
import type { SamlBrowser } from '../../../test/saml-browser';
import { TeamModel } from '../catalogue/catalogue.models';
import { type Cast, file, type HelpDeskServer, leaveQuestion, misconductReport, resetRateLimit, useHelpDesk } from '../help-desk.testing';
import { personas } from '../../directory';

/*
 * The reports over tickets filed, answered, paused, resolved, rated and withdrawn through
 * the real API at chosen moments, on the real embedded database. Emma works in Madrid
 * (09:00–18:00, UTC+1 in March 2026), so business minutes below are Madrid's.
 */

const FORMULA_TEAM = 'spec-formula-team';
const FORMULA = '=HYPERLINK("http://x")';
const period = 'from=2026-03-02&to=2026-03-16';

describe('help desk reports', () => {
  let server: HelpDeskServer;
  let cast: Cast;
  let report: HelpDeskReport;

  const at = (instant: string) => server.clock.set(instant);
  const fileAt = async (instant: string, browser: SamlBrowser = cast.employee, body = leaveQuestion()) => {
    at(instant);
    await resetRateLimit();
    return file(browser, body);
  };
  const expectOk = async (call: Promise<{ status: number; body: unknown }>) => {
    const response = await call;
    if (response.status >= 300) throw new Error(`answered ${response.status}: ${JSON.stringify(response.body)}`);
  };
  const reply = (id: string, instant: string, state?: string) => {
    at(instant);
    return expectOk(
      cast.admin.sendWithXsrf('post', `/api/tickets/agent/tickets/${id}/messages`, { kind: 'reply', body: 'Here is the answer.', ...(state ? { state } : {}) }),
    );
  };
  const resolve = (id: string, instant: string) => {
    at(instant);
    return expectOk(cast.admin.sendWithXsrf('post', `/api/tickets/agent/tickets/${id}/state`, { state: 'resolved' }));
  };
  const rate = (id: string, instant: string, rating: number) => {
    at(instant);
    return expectOk(cast.employee.sendWithXsrf('post', `/api/tickets/${id}/rating`, { rating, comment: '' }));
  };
  const deflect = (instant: string) => {
    at(instant);
    return expectOk(cast.employee.sendWithXsrf('post', '/api/tickets/deflections', { query: 'annual leave', articleSlug: 'annual-leave' }));
  };

  useHelpDesk(async (started, signedIn) => {
    server = started;
    cast = signedIn;

    // Before the period: still open (backlog), but in no other figure; a deflection too.
    await fileAt('2026-02-27T10:00:00Z');
    await deflect('2026-02-20T10:00:00Z');

    // Week 10. T1: answered in 60 business minutes, resolved after 540, rated 5.
    const t1 = await fileAt('2026-03-02T09:00:00Z');
    await reply(t1, '2026-03-02T10:00:00Z');
    await resolve(t1, '2026-03-03T09:00:00Z');
    await rate(t1, '2026-03-03T10:00:00Z', 5);
    // T2: answered after 540 (target 480: missed), still open, its resolution clock long past 2,400.
    const t2 = await fileAt('2026-03-02T11:00:00Z');
    await reply(t2, '2026-03-03T11:00:00Z');
    // T3, confidential (targets 120 and 4,800): answered in 60, waiting on Emma from Monday to Wednesday (paused), resolved after 60 + 120 = 180, rated 2.
    const t3 = await fileAt('2026-03-02T13:00:00Z', cast.employee, misconductReport());
    await reply(t3, '2026-03-02T14:00:00Z', 'waiting_on_employee');
    at('2026-03-04T09:00:00Z');
    await expectOk(cast.employee.sendWithXsrf('post', `/api/tickets/${t3}/replies`, { body: 'It happened again on Tuesday.' }));
    await resolve(t3, '2026-03-04T11:00:00Z');
    await rate(t3, '2026-03-04T12:00:00Z', 2);
    // T4, payroll (targets 480 and 1,440): answered in 120, resolved after 2,000 (missed), rated 4, then closed by Emma.
    const t4 = await fileAt('2026-03-02T15:00:00Z', cast.employee, {
      requestTypeId: 'payroll-question',
      question: 'My February payslip shows a deduction I do not understand.',
      answers: { payPeriod: '2026-02-27', topic: 'deductions', details: 'The line says "adjustment".' },
    });
    await reply(t4, '2026-03-02T17:00:00Z');
    await resolve(t4, '2026-03-06T12:20:00Z');
    await rate(t4, '2026-03-06T13:00:00Z', 4);
    at('2026-03-06T14:00:00Z');
    await expectOk(cast.employee.sendWithXsrf('post', `/api/tickets/${t4}/close`));
    await deflect('2026-03-03T10:00:00Z');

    // Week 11. T9: answered in 30, waiting on Emma since (moved to a team whose name looks like a formula).
    const t9 = await fileAt('2026-03-09T09:00:00Z');
    await reply(t9, '2026-03-09T09:30:00Z', 'waiting_on_employee');
    // T5: never answered (first response missed); its resolution clock has run 2,340 of 2,400.
    await fileAt('2026-03-10T09:00:00Z');
    // T7: withdrawn half an hour after filing: counted as filed, in no clock.
    const t7 = await fileAt('2026-03-11T09:00:00Z');
    at('2026-03-11T09:30:00Z');
    await expectOk(cast.employee.sendWithXsrf('post', `/api/tickets/${t7}/close`));
    await deflect('2026-03-12T10:00:00Z');
    // T8: filed on a Saturday; the clock starts on Monday.
    await fileAt('2026-03-14T10:00:00Z');

    // Week 12: T6 and T10, within their targets.
    await fileAt('2026-03-16T09:00:00Z');
    await fileAt('2026-03-16T11:00:00Z', cast.otherEmployee);
    await deflect('2026-03-17T10:00:00Z');

    at('2026-03-16T11:30:00Z');
    await expectOk(
      cast.admin.sendWithXsrf('put', `/api/tickets/catalogue/manage/teams/${FORMULA_TEAM}`, {
        name: { en: FORMULA, es: FORMULA },
        leadId: personas.hrAdmin.id,
        memberIds: [personas.hrAdmin.id],
      }),
    );
    await expectOk(
      cast.admin.sendWithXsrf('post', `/api/tickets/agent/tickets/${t9}/triage`, {
        priority: 'normal',
        teamId: FORMULA_TEAM,
        reason: 'Spec: a team named like a formula.',
      }),
    );

    at('2026-03-16T12:00:00Z');
    const response = await cast.admin.get(`/api/tickets/reports?${period}`);
    expect(response.status).toBe(200);
    report = response.body;
  });

  afterAll(async () => {
    await TeamModel.deleteOne({ _id: FORMULA_TEAM });
  });

  const counts = (values: Partial<Record<string, number>>) => ({
    pay: 0,
    'time-off': 0,
    benefits: 0,
    documents: 0,
    'working-arrangements': 0,
    conduct: 0,
    other: 0,
    ...values,
  });

  it('counts the tickets filed by ISO week and category, empty categories included', () => {
    expect(report.period).toEqual({ from: '2026-03-02', to: '2026-03-16' });
    expect(report.tickets).toBe(10);
    expect(report.volume.weeks).toEqual([
      { week: '2026-W10', start: '2026-03-02', counts: counts({ 'time-off': 2, conduct: 1, pay: 1 }), total: 4 },
      { week: '2026-W11', start: '2026-03-09', counts: counts({ 'time-off': 4 }), total: 4 },
      { week: '2026-W12', start: '2026-03-16', counts: counts({ 'time-off': 2 }), total: 2 },
    ]);
    expect(report.volume.byCategory).toEqual(counts({ 'time-off': 8, conduct: 1, pay: 1 }));
  });

  it('gives the median and 90th percentile of first-response and resolution times in business minutes, pauses left out', () => {
    expect(report.times.basis).toBe('business');
    // First responses 30, 60, 60, 120, 540: median 60; p90 at rank 3.6 = 120 + 0.6 × 420.
    expect(report.times.firstResponse).toEqual({ count: 5, medianMinutes: 60, p90Minutes: 372 });
    // Resolutions 180, 540, 2,000: median 540; p90 at rank 1.8 = 540 + 0.8 × 1,460.
    expect(report.times.resolution).toEqual({ count: 3, medianMinutes: 540, p90Minutes: 1708 });
    expect(report.times.byCategory).toEqual([
      { category: 'pay', firstResponse: { count: 1, medianMinutes: 120, p90Minutes: 120 }, resolution: { count: 1, medianMinutes: 2000, p90Minutes: 2000 } },
      { category: 'time-off', firstResponse: { count: 3, medianMinutes: 60, p90Minutes: 444 }, resolution: { count: 1, medianMinutes: 540, p90Minutes: 540 } },
      { category: 'conduct', firstResponse: { count: 1, medianMinutes: 60, p90Minutes: 60 }, resolution: { count: 1, medianMinutes: 180, p90Minutes: 180 } },
    ]);
  });

  it('counts SLA targets met and missed, overall, by team and by category; tickets still within their targets are not counted', () => {
    const row = (firstMet: number, firstMissed: number, resolutionMet: number, resolutionMissed: number) => ({
      firstResponse: { met: firstMet, missed: firstMissed, rate: firstMet + firstMissed ? firstMet / (firstMet + firstMissed) : null },
      resolution: {
        met: resolutionMet,
        missed: resolutionMissed,
        rate: resolutionMet + resolutionMissed ? resolutionMet / (resolutionMet + resolutionMissed) : null,
      },
    });
    expect(report.sla.overall).toEqual(row(4, 2, 2, 2));
    expect(report.sla.overall.firstResponse.rate).toBeCloseTo(2 / 3, 10);
    const byTeam = Object.fromEntries(report.sla.byTeam.map(({ teamId, ...rest }) => [teamId, rest]));
    expect(byTeam).toEqual({
      'people-ops': jasmine.objectContaining(row(1, 2, 1, 1)),
      'employee-relations': jasmine.objectContaining(row(1, 0, 1, 0)),
      payroll: jasmine.objectContaining(row(1, 0, 0, 1)),
      [FORMULA_TEAM]: jasmine.objectContaining({ ...row(1, 0, 0, 0), name: { en: FORMULA, es: FORMULA } }),
    });
    expect(byTeam['payroll'].name).toEqual({ en: 'Payroll', es: 'Nóminas' });
    expect(report.sla.byCategory).toEqual([
      { category: 'pay', ...row(1, 0, 0, 1) },
      { category: 'time-off', ...row(2, 2, 1, 1) },
      { category: 'conduct', ...row(1, 0, 1, 0) },
    ]);
  });

  it('averages the ratings, counts each score, and divides deflections by deflections plus tickets', () => {
    expect(report.csat.count).toBe(3);
    expect(report.csat.average).toBeCloseTo(11 / 3, 10);
    expect(report.csat.distribution).toEqual([1, 2, 3, 4, 5].map((rating) => ({ rating, count: [0, 1, 0, 1, 1][rating - 1] })));
    expect(report.deflection.deflections).toBe(2);
    expect(report.deflection.tickets).toBe(10);
    expect(report.deflection.rate).toBeCloseTo(2 / 12, 10);
  });

  it('sorts the tickets open now by age, whenever they were filed', () => {
    expect(report.generatedAt).toBe('2026-03-16T12:00:00.000Z');
    expect(report.backlog).toEqual({
      total: 7,
      buckets: [
        { bucket: 'under-1-day', count: 2 },
        { bucket: '1-3-days', count: 1 },
        { bucket: '3-7-days', count: 1 },
        { bucket: '7-14-days', count: 1 },
        { bucket: 'over-14-days', count: 2 },
      ],
    });
  });

  it('covers the last 26 ISO weeks up to today when no period is given', async () => {
    const response = await cast.admin.get('/api/tickets/reports');
    expect(response.body.period).toEqual({ from: '2025-09-22', to: '2026-03-16' });
    expect(response.body.volume.weeks.length).toBe(26);
    expect(response.body.tickets).toBe(11);
  });

  it('refuses a bad period with a 400 that names the field', async () => {
    const problem = async (query: string) => {
      const response = await cast.admin.get(`/api/tickets/reports?${query}`);
      expect(response.status).withContext(query).toBe(400);
      return (response.body.errors as { path: string; message: string }[]).map((error) => `${error.path}: ${error.message}`);
    };
    expect(await problem('from=2026-03-10&to=2026-03-01')).toEqual(['query.to: must be on or after the first day (from)']);
    expect(await problem('from=2024-01-01&to=2026-03-16')).toEqual(['query.from: the period may be at most 731 days (two years), not 806']);
    expect(await problem('from=2026-02-30')).toEqual(['query.from: is not a date in the calendar']);
    expect(await problem('from=yesterday')).toEqual(['query.from: must be a date YYYY-MM-DD']);
    expect((await problem('teamId=payroll'))[0]).toMatch(/^query: /);
    expect((await cast.admin.get(`/api/tickets/reports/export.csv?report=everything&${period}`)).status).toBe(400);
  });

  it('is for HR admins only: 403 for an agent, a manager and an employee', async () => {
    for (const browser of [cast.agent, cast.manager, cast.employee]) {
      expect((await browser.get(`/api/tickets/reports?${period}`)).status).toBe(403);
      expect((await browser.get(`/api/tickets/reports/export.csv?report=volume&${period}`)).status).toBe(403);
    }
  });

  it('exports each report as a CSV attachment for Excel: BOM, CRLF, and a cell that starts like a formula neutralised', async () => {
    const response = await cast.admin.get(`/api/tickets/reports/export.csv?report=sla&${period}`);
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toBe('attachment; filename=help-desk-sla-2026-03-02-to-2026-03-16.csv');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.text.charCodeAt(0)).toBe(0xfeff);
    const lines = response.text.slice(1).split('\r\n');
    expect(lines[0]).toBe(
      'Grouped by,Scope,First response: met,First response: missed,First response: % met,Resolution: met,Resolution: missed,Resolution: % met',
    );
    expect(lines[1]).toBe('Overall,All tickets,4,2,66.7,2,2,50');
    expect(lines).toContain(`Team,"'=HYPERLINK(""http://x"")",1,0,100,0,0,`);
    expect(lines).toContain('Team,Payroll,1,0,100,0,1,0');
    expect(lines).toContain('Category,Time off,2,2,50,1,1,50');
    expect(response.text).not.toMatch(/(^|,)"?=/m);
  });

  it('writes the other reports with their headings in the reader\u2019s language, and no text of any ticket', async () => {
    const csv = async (name: string, lang = 'en') => {
      const response = await cast.admin.get(`/api/tickets/reports/export.csv?report=${name}&${period}&lang=${lang}`);
      expect(response.status).withContext(name).toBe(200);
      return response.text.slice(1).split('\r\n');
    };
    expect((await csv('volume')).slice(0, 2)).toEqual([
      'ISO week,Week starting,Pay,Time off,Benefits,Documents,Working arrangements,Conduct,Other,Total',
      '2026-W10,2026-03-02,1,2,0,0,0,1,0,4',
    ]);
    expect((await csv('times')).slice(0, 3)).toEqual([
      'Scope,Measure,Tickets,Median (hours),90th percentile (hours),Hours',
      'All tickets,First response,5,1,6.2,business hours',
      'All tickets,Resolution,3,9,28.47,business hours',
    ]);
    expect(await csv('csat')).toEqual(['Rating,Ratings,% of ratings', '1,0,0', '2,1,33.3', '3,0,0', '4,1,33.3', '5,1,33.3', 'Total,3,', 'Average,3.67,', '']);
    expect(await csv('deflection')).toEqual(['From,To,Deflections,Tickets,Deflection rate (%)', '2026-03-02,2026-03-16,2,10,16.7', '']);
    expect(await csv('backlog', 'es')).toEqual([
      'Antigüedad,Solicitudes abiertas',
      'Menos de 1 día,2',
      'De 1 a 3 días,1',
      'De 3 a 7 días,1',
      'De 7 a 14 días,1',
      '14 días o más,2',
      'Total,7',
      '',
    ]);
    const everything = (await Promise.all(['volume', 'times', 'sla', 'csat', 'deflection', 'backlog'].map((name) => csv(name)))).flat().join('\n');
    for (const text of ['harassment', 'payslip', 'annual leave', 'HR-2026', personas.employee.id]) expect(everything).withContext(text).not.toContain(text);
  });
});

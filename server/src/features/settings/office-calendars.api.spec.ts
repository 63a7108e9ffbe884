import type { OfficeCalendars, WorkingCalendar } from '@portico/shared/settings/office-calendars.schemas';
import { SamlBrowser, identityOf } from '../../test/saml-browser';
import { startTestServer, type TestServer } from '../../test/test-app';
import { seedDemoPeople } from '../../test/demo-company';
import { AuditEventModel } from '../audit';
import { personas } from '../directory';
import { workingCalendars } from './office-calendars';
import { PORTAL_SETTINGS_ID, PortalSettingsModel } from './portal-settings.model';
import { demoCalendars } from './seed/demo-calendars';
import { seedDemoSettings } from './seed/seed-demo-settings';

const canaries: WorkingCalendar = { timeZone: 'Atlantic/Canary', days: [1, 2, 3, 4], hours: { start: '08:00', end: '15:00' }, holidays: ['2026-05-30'] };

describe('office calendars API', () => {
  let server: TestServer;
  let agent: SamlBrowser;
  let admin: SamlBrowser;

  const url = '/api/settings/office-calendars';
  const put = (locationId: string, calendar: WorkingCalendar | null) => admin.sendWithXsrf('put', `${url}/${locationId}`, { calendar });
  const office = (body: OfficeCalendars, id: string) => body.offices.find((entry) => entry.locationId === id)!;

  beforeAll(async () => {
    await seedDemoPeople();
    server = await startTestServer();
    agent = new SamlBrowser(server);
    await agent.signIn(await identityOf(personas.hrAgent.id, ['portico-hr-agents']));
    admin = new SamlBrowser(server);
    await admin.signIn(await identityOf(personas.hrAdmin.id, ['portico-hr-admins']));
  });

  /** The demo offices' calendars, as the seed leaves them: each spec starts from them, and other spec files find them. */
  async function demoCalendarsBack() {
    await PortalSettingsModel.updateOne({ _id: PORTAL_SETTINGS_ID }, { $unset: { officeCalendars: 1 } });
    await seedDemoSettings();
  }

  beforeEach(demoCalendarsBack);

  afterAll(async () => {
    await demoCalendarsBack();
    await server.close();
  });

  it('lists every office of the directory with the calendar the demo seed gave it, and the HR contact schedule as the fallback', async () => {
    const response = await admin.get(url);
    expect(response.status).toBe(200);
    const body = response.body as OfficeCalendars;
    expect(body.offices.map((entry) => entry.locationId).sort()).toEqual(Object.keys(demoCalendars).sort());
    expect(office(body, 'madrid').calendar).toEqual(jasmine.objectContaining({ timeZone: 'Europe/Madrid', hours: { start: '09:00', end: '18:00' } }));
    expect(office(body, 'madrid').calendar!.holidays).toContain('2026-05-15');
    expect(body.fallback?.timeZone).toBe('Europe/London');
    expect((await agent.get(url)).status).toBe(403);
  });

  it('sets an office calendar and counts the SLA in it; removing it falls back to the HR contact schedule', async () => {
    const before = await AuditEventModel.countDocuments({ type: 'settings.office_calendar_updated' });
    const set = await put('madrid', canaries);
    expect(set.status).toBe(200);
    expect(office(set.body, 'madrid').calendar).toEqual(canaries);
    expect((await workingCalendars())('madrid')).toEqual(canaries);

    const removed = await put('madrid', null);
    expect(office(removed.body, 'madrid').calendar).toBeNull();
    const fallback = (await workingCalendars())('madrid');
    expect(fallback.timeZone).toBe('Europe/London');
    expect(fallback.hours).toEqual({ start: '09:00', end: '17:30' });
    // The other offices keep theirs.
    expect((await workingCalendars())('new-york').timeZone).toBe('America/New_York');
    expect(await AuditEventModel.countDocuments({ type: 'settings.office_calendar_updated' })).toBe(before + 2);
  });

  it('refuses a bad calendar field by field, an unknown office and anyone but an HR admin, changing nothing', async () => {
    const bad = await put('madrid', { timeZone: 'Europe/Atlantis', days: [1, 1], hours: { start: '18:00', end: '09:00' }, holidays: ['2026-02-30'] });
    expect(bad.status).toBe(400);
    expect(Object.fromEntries((bad.body.errors as { path: string; code: string }[]).map((error) => [error.path, error.code]))).toEqual({
      'body.calendar.timeZone': 'time_zone',
      'body.calendar.days': 'listed_twice',
      'body.calendar.hours.end': 'end_before_start',
      'body.calendar.holidays.0': 'date',
    });
    expect((await put('atlantis', canaries)).status).toBe(404);
    expect((await agent.sendWithXsrf('put', `${url}/madrid`, { calendar: canaries })).status).toBe(403);
    expect((await workingCalendars())('madrid').timeZone).toBe('Europe/Madrid');
  });
});

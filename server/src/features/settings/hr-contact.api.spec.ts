import type { HrContactInput } from '@portico/shared/settings/hr-contact.schemas';
import { SamlBrowser, identityOf } from '../../test/saml-browser';
import { startTestServer, type TestServer } from '../../test/test-app';
import { seedDemoPeople } from '../../test/demo-company';
import { PORTAL_SETTINGS_ID, PortalSettingsModel } from './portal-settings.model';
import { demoHrContact } from './seed/demo-hr-contact';
import { AuditEventModel } from '../audit';
import { personas } from '../directory';

const madrid: HrContactInput = {
  email: 'rrhh@lumenworks.example',
  phone: '+34 910 000 000',
  hours: '',
  office: 'Madrid office, 3rd floor — People team',
  schedule: { timeZone: 'Europe/Madrid', days: [5, 1, 2, 3, 4], hours: { start: '08:30', end: '18:00' }, holidays: ['2026-12-25', '2026-01-06'] },
};

describe('HR contact settings API', () => {
  let server: TestServer;
  let employee: SamlBrowser;
  let agent: SamlBrowser;
  let admin: SamlBrowser;
  let original: unknown;

  const put = (body: object) => admin.sendWithXsrf('put', '/api/settings/hr-contact', body);
  const paths = (body: { errors: { path: string }[] }) => body.errors.map((error) => error.path).sort();

  beforeAll(async () => {
    await seedDemoPeople();
    original = (await PortalSettingsModel.findById(PORTAL_SETTINGS_ID).lean())?.hrContact;
    server = await startTestServer();
    employee = new SamlBrowser(server);
    await employee.signIn();
    agent = new SamlBrowser(server);
    await agent.signIn(await identityOf(personas.hrAgent.id, ['portico-hr-agents']));
    admin = new SamlBrowser(server);
    await admin.signIn(await identityOf(personas.hrAdmin.id, ['portico-hr-admins']));
  });

  // Each spec starts from the demo contact, whatever order they run in.
  beforeEach(() => PortalSettingsModel.updateOne({ _id: PORTAL_SETTINGS_ID }, { $set: { hrContact: demoHrContact } }));

  afterAll(async () => {
    await PortalSettingsModel.updateOne({ _id: PORTAL_SETTINGS_ID }, { $set: { hrContact: original } });
    await server.close();
  });

  it('shows the demo contact with its office and schedule, publicly and to HR admins', async () => {
    const visitor = new SamlBrowser(server);
    const publicContact = await visitor.get('/api/public/hr-contact');
    expect(publicContact.status).toBe(200);
    expect(publicContact.body).toEqual(demoHrContact as never);
    expect(publicContact.body.schedule).toEqual(
      jasmine.objectContaining({ timeZone: 'Europe/London', days: [1, 2, 3, 4, 5], hours: { start: '09:00', end: '17:30' } }),
    );
    expect(publicContact.body.schedule.holidays).toContain('2026-12-25');

    const settings = await admin.get('/api/settings/hr-contact');
    expect(settings.status).toBe(200);
    expect(settings.body.contact).toEqual(demoHrContact as never);
    expect(typeof settings.body.updatedAt).toBe('string');
  });

  it('is only for HR admins (tickets.configure)', async () => {
    for (const browser of [employee, agent]) {
      expect((await browser.get('/api/settings/hr-contact')).status).toBe(403);
      expect((await browser.sendWithXsrf('put', '/api/settings/hr-contact', madrid)).status).toBe(403);
    }
  });

  it('refuses an invalid contact, naming each field, and stores nothing', async () => {
    const response = await put({
      email: 'not an address',
      phone: 'call me',
      hours: null,
      office: 'x'.repeat(201),
      schedule: { timeZone: 'Mars/Olympus_Mons', days: [0, 1, 1], hours: { start: '18:00', end: '09:00' }, holidays: ['2026-02-30', '25/12/2026'] },
    });
    expect(response.status).toBe(400);
    expect(response.body.code).toBe('validation_failed');
    expect(paths(response.body)).toEqual([
      'body.email',
      'body.office',
      'body.phone',
      'body.schedule.days',
      'body.schedule.days.0',
      'body.schedule.holidays.0',
      'body.schedule.holidays.1',
      'body.schedule.hours.end',
      'body.schedule.timeZone',
    ]);
    const byPath = Object.fromEntries((response.body.errors as { path: string; message: string }[]).map((error) => [error.path, error.message]));
    expect(byPath['body.schedule.timeZone']).toBe('must be an IANA time zone such as Europe/London');
    expect(byPath['body.schedule.hours.end']).toBe('must be after the start');
    expect(byPath['body.schedule.holidays.0']).toBe('must be a date YYYY-MM-DD');
    expect(
      (await put({ ...madrid, schedule: { ...madrid.schedule!, hours: { start: '9:00', end: '25:00' } } })).body.errors
        .map((error: { path: string }) => error.path)
        .sort(),
    ).toEqual(['body.schedule.hours.end', 'body.schedule.hours.start']);
    expect((await put({ ...madrid, extra: true })).status).toBe(400);
    expect((await admin.get('/api/settings/hr-contact')).body.contact).toEqual(demoHrContact as never);
  });

  it('saves a new contact, in order, blank text as none: "Talk to HR" reads it, and an audit event names what changed', async () => {
    const before = await AuditEventModel.countDocuments({ type: 'settings.hr_contact_updated' });
    const response = await put(madrid);
    expect(response.status).toBe(200);
    const stored = {
      email: 'rrhh@lumenworks.example',
      phone: '+34 910 000 000',
      hours: null,
      office: 'Madrid office, 3rd floor — People team',
      schedule: { timeZone: 'Europe/Madrid', days: [1, 2, 3, 4, 5], hours: { start: '08:30', end: '18:00' }, holidays: ['2026-01-06', '2026-12-25'] },
    };
    expect(response.body.contact).toEqual(stored);
    expect((await new SamlBrowser(server).get('/api/public/hr-contact')).body).toEqual(stored);

    const events = await AuditEventModel.find({ type: 'settings.hr_contact_updated' }).sort({ at: -1 }).lean();
    expect(events.length).toBe(before + 1);
    expect(events[0]).toEqual(
      jasmine.objectContaining({
        employeeId: personas.hrAdmin.id,
        outcome: 'success',
        details: { changed: ['email', 'phone', 'hours', 'office', 'schedule'] },
      }),
    );

    // The same contact again changes nothing and records nothing; no schedule is allowed.
    expect((await put(madrid)).status).toBe(200);
    expect(await AuditEventModel.countDocuments({ type: 'settings.hr_contact_updated' })).toBe(before + 1);
    const withoutSchedule = await put({ ...madrid, schedule: null });
    expect(withoutSchedule.body.contact.schedule).toBeNull();
    const last = await AuditEventModel.find({ type: 'settings.hr_contact_updated' }).sort({ at: -1 }).limit(1).lean();
    expect(last[0]!.details).toEqual({ changed: ['schedule'] });
  });
});

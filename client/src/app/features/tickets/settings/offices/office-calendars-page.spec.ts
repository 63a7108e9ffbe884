import { HttpTestingController } from '@angular/common/http/testing';
import type { ComponentFixture } from '@angular/core/testing';
import type { OfficeCalendars, WorkingCalendar } from '@portico/shared/settings/office-calendars.schemas';

import { openSettingsPage, text } from '../settings-testing';
import { OfficeCalendarsPage } from './office-calendars-page';

const URL = '/api/settings/office-calendars';
const london: WorkingCalendar = { timeZone: 'Europe/London', days: [1, 2, 3, 4, 5], hours: { start: '09:00', end: '17:30' }, holidays: ['2026-12-25'] };
const madrid: WorkingCalendar = {
  timeZone: 'Europe/Madrid',
  days: [1, 2, 3, 4, 5],
  hours: { start: '09:00', end: '18:00' },
  holidays: ['2026-05-15', '2026-10-12'],
};

const settings = (madridCalendar: WorkingCalendar | null): OfficeCalendars => ({
  offices: [
    { locationId: 'london', name: 'London', timeZone: 'Europe/London', calendar: london },
    { locationId: 'madrid', name: 'Madrid', timeZone: 'Europe/Madrid', calendar: madridCalendar },
  ],
  fallback: london,
  updatedAt: '2026-12-01T10:00:00.000Z',
});

describe('OfficeCalendarsPage', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<OfficeCalendarsPage>;
  let element: HTMLElement;

  async function render(madridCalendar: WorkingCalendar | null) {
    ({ http, fixture, element } = await openSettingsPage(OfficeCalendarsPage, (http) => http.expectOne(URL).flush(settings(madridCalendar))));
  }
  const byTestId = <T extends HTMLElement>(id: string) => element.querySelector<T>(`[data-testid="${id}"]`)!;
  async function type(id: string, value: string) {
    const field = byTestId<HTMLInputElement | HTMLTextAreaElement>(id);
    field.value = value;
    field.dispatchEvent(new Event('input'));
    await fixture.whenStable();
  }

  it('says which offices use HR\u2019s contact hours, and what each office\u2019s own hours are', async () => {
    await render(null);
    expect(text(byTestId('offices-fallback'))).toContain('These offices use HR\u2019s contact hours: Madrid.');
    expect(text(byTestId('offices-fallback'))).toContain('09:00–17:30 (Europe/London)');
    expect(text(byTestId('office-london'))).toContain('Monday, Tuesday, Wednesday, Thursday, Friday, 09:00–17:30 (Europe/London); 1 holidays.');
    expect(text(byTestId('office-madrid'))).toContain('Uses HR\u2019s contact hours.');
  });

  it('gives an office hours of its own, checked with the server\u2019s rules first, one holiday a line', async () => {
    await render(null);
    byTestId<HTMLButtonElement>('edit-office-madrid').click();
    await fixture.whenStable();
    // It starts from the office's time zone and HR's contact hours.
    expect(byTestId<HTMLInputElement>('office-time-zone').value).toBe('Europe/Madrid');
    await type('office-end', '08:00');
    await type('office-holidays', '2026-05-15\n2026-02-30');
    byTestId<HTMLButtonElement>('save-office').click();
    await fixture.whenStable();
    http.expectNone({ method: 'PUT', url: `${URL}/madrid` });
    expect(text(byTestId('office-editor'))).toContain('Must be after the start.');
    expect(text(byTestId('office-editor'))).toContain('Enter a real date (YYYY-MM-DD).');
    expect(fixture.componentInstance.canLeave()).not.toBeTrue();

    await type('office-end', '18:00');
    await type('office-holidays', '2026-10-12\n2026-05-15');
    byTestId<HTMLButtonElement>('save-office').click();
    const request = http.expectOne({ method: 'PUT', url: `${URL}/madrid` });
    expect(request.request.body).toEqual({ calendar: { ...madrid, hours: { start: '09:00', end: '18:00' } } });
    request.flush(settings(madrid));
    await fixture.whenStable();
    expect(element.querySelector('[data-testid="office-editor"]')).toBeNull();
    expect(text(byTestId('offices-fallback'))).toBe('Every office has working hours of its own.');
    expect(fixture.componentInstance.canLeave()).toBeTrue();
  });

  it('puts an office back on HR\u2019s contact hours', async () => {
    await render(madrid);
    byTestId<HTMLButtonElement>('edit-office-madrid').click();
    await fixture.whenStable();
    byTestId<HTMLButtonElement>('office-use-contact-hours').click();
    const request = http.expectOne({ method: 'PUT', url: `${URL}/madrid` });
    expect(request.request.body).toEqual({ calendar: null });
    request.flush(settings(null));
    await fixture.whenStable();
    expect(text(byTestId('office-madrid'))).toContain('Uses HR\u2019s contact hours.');
  });
});

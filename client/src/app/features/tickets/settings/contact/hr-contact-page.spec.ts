import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import type { HrContact, HrContactSettings } from '@portico/shared/settings/hr-contact.schemas';

import { LanguageService } from '../../../../core/i18n/language.service';
import es from '../../../../../i18n/es.json';
import { openSettingsPage, text } from '../settings-testing';
import { HrContactPage } from './hr-contact-page';

const SETTINGS = '/api/settings/hr-contact';

const london: HrContact = {
  email: 'people@lumenworks.example',
  phone: '+44 20 7946 0321',
  hours: 'Monday to Friday, 9:00–17:30 (London time)',
  office: 'London office, 2nd floor — People team',
  schedule: { timeZone: 'Europe/London', days: [1, 2, 3, 4, 5], hours: { start: '09:00', end: '17:30' }, holidays: ['2026-12-25', '2026-12-28'] },
};

describe('HrContactPage', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<HrContactPage>;
  let element: HTMLElement;

  async function render(contact: HrContact | null = london) {
    const settings: HrContactSettings = { contact, updatedAt: '2026-11-01T10:00:00.000Z' };
    ({ http, fixture, element } = await openSettingsPage(HrContactPage, (http) => http.expectOne(SETTINGS).flush(settings)));
  }

  const input = (testId: string) => element.querySelector<HTMLInputElement>(`[data-testid="${testId}"]`)!;
  async function type(testId: string, value: string) {
    const field = input(testId);
    field.value = value;
    field.dispatchEvent(new Event('input'));
    field.dispatchEvent(new Event('blur'));
    await fixture.whenStable();
  }
  const save = () => element.querySelector<HTMLButtonElement>('[data-testid="save-contact"]')!;
  const dayBox = (day: number) => element.querySelector<HTMLInputElement>(`[data-testid="contact-day-${day}"] input`)!;

  it('shows the contact and its schedule: days ticked, hours, holidays by date', async () => {
    await render();
    expect(input('contact-email').value).toBe('people@lumenworks.example');
    expect(input('contact-office').value).toBe('London office, 2nd floor — People team');
    expect(input('contact-time-zone').value).toBe('Europe/London');
    expect([1, 2, 3, 4, 5, 6, 7].map((day) => dayBox(day).checked)).toEqual([true, true, true, true, true, false, false]);
    expect(text(element.querySelector('[data-testid="contact-day-1"]'))).toBe('Monday');
    expect(input('contact-start').value).toBe('09:00');
    expect(input('contact-end').value).toBe('17:30');
    expect(Array.from(element.querySelectorAll('[data-testid="contact-holidays"] time'), (time) => time.getAttribute('datetime'))).toEqual([
      '2026-12-25',
      '2026-12-28',
    ]);
    expect(save().disabled).toBeTrue();
    expect(fixture.componentInstance.canLeave()).toBeTrue();
  });

  it('checks the schedule with the server\u2019s rules before sending: each problem beside its field, nothing sent', async () => {
    await render();
    await type('contact-time-zone', 'Europe/Atlantis');
    await type('contact-end', '08:00');
    for (const day of [1, 2, 3, 4, 5]) dayBox(day).click();
    await type('contact-email', 'people at lumenworks');
    await fixture.whenStable();
    save().click();
    await fixture.whenStable();
    http.expectNone({ method: 'PUT', url: SETTINGS });
    expect(text(element.querySelector('[data-testid="contact-invalid"]'))).toBe('Some fields need fixing before this can be saved.');
    const errors = Array.from(element.querySelectorAll('mat-error, .days .error'), text);
    expect(errors).toEqual(
      jasmine.arrayContaining([
        'Enter an email address, for example people@example.com.',
        'Choose a time zone from the list, for example Europe/London.',
        'Closing time must be after opening time.',
        'Choose at least one day.',
      ]),
    );
    expect(fixture.componentInstance.canLeave()).not.toBeTrue();
  });

  it('saves the contact with its schedule, then "Talk to HR" reads it again', async () => {
    await render();
    await type('contact-office', 'Madrid office, 3rd floor — People team');
    dayBox(6).click();
    await type('contact-new-holiday', '2027-01-01');
    element.querySelector<HTMLButtonElement>('[data-testid="contact-add-holiday"]')!.click();
    await fixture.whenStable();
    element.querySelector<HTMLButtonElement>('[data-testid="contact-holidays"] button[matChipRemove]')!.click();
    await fixture.whenStable();
    save().click();
    const request = http.expectOne({ method: 'PUT', url: SETTINGS });
    const expected: HrContact = {
      ...london,
      office: 'Madrid office, 3rd floor — People team',
      schedule: { ...london.schedule!, days: [1, 2, 3, 4, 5, 6], holidays: ['2026-12-28', '2027-01-01'] },
    };
    expect(request.request.body).toEqual(expected);
    request.flush({ contact: expected, updatedAt: '2026-11-23T10:00:00.000Z' } satisfies HrContactSettings);
    fixture.detectChanges();
    http.expectOne('/api/public/hr-contact').flush(expected);
    expect(fixture.componentInstance.canLeave()).toBeTrue();
    expect(save().disabled).toBeTrue();
  });

  it('turns the schedule off: no claim about being open, only the hours as written', async () => {
    await render();
    element.querySelector<HTMLButtonElement>('[data-testid="contact-scheduled"] button')!.click();
    await fixture.whenStable();
    expect(element.querySelector('[data-testid="contact-time-zone"]')).toBeNull();
    save().click();
    const request = http.expectOne({ method: 'PUT', url: SETTINGS });
    expect(request.request.body).toEqual({ ...london, schedule: null });
  });

  it('shows the server\u2019s field errors beside the fields', async () => {
    await render(null);
    expect(input('contact-email').value).toBe('');
    await type('contact-email', 'people@lumenworks.example');
    save().click();
    http.expectOne({ method: 'PUT', url: SETTINGS }).flush(
      {
        type: 'about:blank',
        title: 'The request is not valid',
        status: 400,
        code: 'validation_failed',
        detail: 'See `errors` for each invalid field.',
        errors: [{ path: 'body.phone', code: 'phone', message: 'must be a phone number' }],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await fixture.whenStable();
    expect(Array.from(element.querySelectorAll('mat-error'), text)).toEqual(['Enter a phone number: digits, spaces, ( ) - . and a leading +.']);
  });

  describe('in Spanish', () => {
    afterEach(() => TestBed.inject(LanguageService).use('en'));

    it('says every problem in Spanish: its own checks, the shared rules and the server’s refusals', async () => {
      await render();
      await TestBed.inject(LanguageService).use('es');
      await type('contact-time-zone', 'Europe/Atlantis');
      await type('contact-end', '08:00');
      await type('contact-email', 'personas en lumenworks');
      save().click();
      await fixture.whenStable();
      http.expectNone({ method: 'PUT', url: SETTINGS });
      const errors = () => Array.from(element.querySelectorAll('mat-error, .days .error'), text);
      expect(errors()).toEqual(
        jasmine.arrayContaining([
          es.hr.helpDeskSettings.contact.errors.email,
          es.hr.helpDeskSettings.contact.errors.timeZone,
          es.hr.helpDeskSettings.contact.errors.endAfterStart,
        ]),
      );

      await type('contact-time-zone', 'Europe/Madrid');
      await type('contact-end', '18:00');
      await type('contact-email', 'personas@lumenworks.example');
      save().click();
      http.expectOne({ method: 'PUT', url: SETTINGS }).flush(
        {
          type: 'about:blank',
          title: 'The request is not valid',
          status: 400,
          code: 'validation_failed',
          errors: [
            { path: 'body.office', code: 'too_long', params: { max: 200 }, message: 'Too big: expected string to have <=200 characters' },
            { path: 'body.schedule.holidays.0', code: 'date', message: 'must be a date YYYY-MM-DD' },
          ],
        },
        { status: 400, statusText: 'Bad Request' },
      );
      await fixture.whenStable();
      const shown = errors().join(' | ');
      expect(shown).toContain('Usa como máximo 200 caracteres.');
      expect(element.textContent).toContain(es.hr.helpDeskSettings.contact.errors.holiday);
      expect(shown).not.toMatch(/must|expected|characters/);
    });
  });
});

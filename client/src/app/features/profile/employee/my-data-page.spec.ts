import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { defaultFieldPolicy, type MyData, type Submitted } from '@portico/shared/profile/profile.schemas';

import { LanguageService } from '../../../core/i18n/language.service';
import { BrowserNavigation } from '../../../core/navigation/browser-navigation';
import { appInitialized, appTestProviders, RecordedNavigation, signIn } from '../../../testing/app-test-providers';
import { meWithRoles } from '../../../testing/me.fixture';
import es from '../../../../i18n/es.json';
import { MyDataPage } from './my-data-page';
import { provideMyDataIcons } from './my-data-icons';

const ME = '/api/profile/me';
const CHANGES = '/api/profile/me/changes';

const emma: MyData = {
  work: {
    employeeNumber: 'E10101',
    workEmail: 'emma.lopez@lumenworks.example',
    jobTitle: 'Software Engineer',
    department: { id: 'engineering', name: 'Engineering' },
    location: { id: 'madrid', name: 'Madrid' },
    manager: { id: 'E10102', name: 'Marcus Chen' },
    startDate: '2021-03-15',
  },
  personal: {
    legalName: { first: 'Emma', last: 'López' },
    preferredName: 'Em',
    pronouns: 'she/her',
    dateOfBirth: '1992-05-04',
    personalEmail: 'emma@mail.example',
    phones: [{ kind: 'mobile', number: '+34612345678' }],
    homeAddress: { country: 'ES', line1: 'Calle Mayor 1', line2: '', city: 'Madrid', region: '', postalCode: '28013' },
    emergencyContacts: [{ name: 'Lucía López', relationship: 'Hermana', phone: '+34699111222', email: '' }],
    bankAccount: { scheme: 'iban', country: 'ES', last4: '1332' },
    nationalId: { country: 'ES', last4: '678Z' },
    version: 2,
    updatedAt: '2026-11-07T10:00:00.000Z',
  },
  policy: { ...defaultFieldPolicy },
  officeCountry: 'ES',
  bankAccountDelayHours: 24,
  requests: [
    {
      id: 'E10101:1',
      fields: ['homeAddress'],
      route: 'manager',
      approver: { id: 'E10102', name: 'Marcus Chen' },
      state: 'pending',
      createdAt: '2026-12-06T09:00:00.000Z',
      effectiveDate: null,
      decidedAt: null,
      decidedBy: null,
      onBehalfOf: null,
      reason: null,
      holdUntil: null,
      appliedAt: null,
    },
  ],
};

describe('MyDataPage', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<MyDataPage>;
  let element: HTMLElement;

  const text = (selector: string) => element.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  const byTestId = <T extends HTMLElement = HTMLElement>(id: string) => element.querySelector<T>(`[data-testid="${id}"]`)!;
  const errors = () => Array.from(element.querySelectorAll('mat-error'), (error) => error.textContent!.trim()).filter(Boolean);

  async function render(data: MyData = emma, identityCheckedAt = new Date().toISOString()) {
    TestBed.configureTestingModule({ providers: [...appTestProviders(), provideMyDataIcons()] });
    await appInitialized();
    const me = meWithRoles('employee');
    signIn({ ...me, session: { ...me.session, identityCheckedAt } });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(MyDataPage);
    element = fixture.nativeElement as HTMLElement;
    fixture.detectChanges();
    http.expectOne(ME).flush(data);
    await settle();
  }

  async function settle() {
    fixture.detectChanges();
    await fixture.whenStable();
    fixture.detectChanges();
  }

  async function type(testId: string, value: string) {
    const field = byTestId<HTMLInputElement>(testId);
    field.value = value;
    field.dispatchEvent(new Event('input'));
    field.dispatchEvent(new Event('blur'));
    await settle();
  }

  async function submit() {
    byTestId<HTMLButtonElement>('section-save').click();
    await settle();
  }

  it('shows work facts to read, the record with sensitive values masked, and what waits for whom', async () => {
    await render();
    expect(text('.facts')).toContain('Software Engineer');
    expect(text('.facts')).toContain('Marcus Chen');
    expect(text('[data-testid="bank-masked"]')).toBe('Ending in 1332');
    expect(text('[data-testid="phone-shown"]')).toBe('+34 612 34 56 78');
    expect(text('[data-testid="address-shown"]')).toContain('Spain');
    expect(text('[data-testid="waiting-address"]')).toContain('Waiting for Marcus Chen');
    expect(text('[data-testid="my-change-request"]')).toContain('Home address');
    expect(text('[data-testid="my-change-request"]')).toContain('with Marcus Chen');
    expect(element.textContent).not.toContain('2100');
  });

  it('shows the full account only when asked, and hides it again', async () => {
    await render();
    byTestId('bank-toggle').click();
    http
      .expectOne({ method: 'POST', url: '/api/profile/me/reveal' })
      .flush({ field: 'bankAccount', value: { scheme: 'iban', holder: 'Emma López', iban: 'ES9121000418450200051332' } });
    await settle();
    expect(text('[data-testid="bank-shown"]')).toBe('ES91 2100 0418 4502 0005 1332 · Emma López');
    byTestId('bank-toggle').click();
    await settle();
    expect(text('[data-testid="bank-masked"]')).toBe('Ending in 1332');
  });

  it('adds the office country to a phone typed without one, and shows the record as saved', async () => {
    await render();
    byTestId('edit-contact').click();
    await settle();
    await type('phone-0', '699 123 456');
    await submit();
    const request = http.expectOne({ method: 'POST', url: CHANGES });
    expect(request.request.body).toEqual({
      changes: { personalEmail: 'emma@mail.example', phones: [{ kind: 'mobile', number: '+34699123456' }] },
    });
    const saved: Submitted = {
      applied: ['phones'],
      requests: [],
      data: { ...emma, personal: { ...emma.personal, phones: [{ kind: 'mobile', number: '+34699123456' }], version: 3 } },
    };
    request.flush(saved);
    await settle();
    expect(byTestId('edit-contact')).not.toBeNull();
    expect(text('[data-testid="phone-shown"]')).toBe('+34 699 12 34 56');
  });

  it('checks with the shared rules before sending, and asks before leaving typed changes', async () => {
    await render();
    byTestId('edit-address').click();
    await settle();
    await type('address-postal-code', '2801');
    expect(fixture.componentInstance.canLeave()).not.toBeTrue();
    await submit();
    http.expectNone({ method: 'POST', url: CHANGES });
    expect(errors()).toEqual(['This is not a postal code of ES.']);
  });

  it('shows the server\u2019s refusal beside its field', async () => {
    await render();
    byTestId('edit-bank').click();
    await settle();
    await type('bank-iban', 'ES91 2100 0418 4502 0005 1332');
    await submit();
    http.expectOne({ method: 'POST', url: CHANGES }).flush(
      {
        type: 'about:blank',
        title: 'The request is not valid',
        status: 400,
        code: 'validation_failed',
        errors: [{ path: 'body.changes.bankAccount.holder', code: 'too_long', params: { max: 100 }, message: 'Too big' }],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await settle();
    expect(errors()).toEqual(['Write at most 100 characters.']);
  });

  it('asks to sign in again before a bank account change when the last sign-in is older than a few minutes', async () => {
    await render(emma, new Date(Date.now() - 10 * 60_000).toISOString());
    byTestId('edit-bank').click();
    await settle();
    expect(element.querySelector('[data-testid="bank-iban"]')).toBeNull();
    expect(text('[data-testid="bank-sign-in"]')).toContain('sign in again before you change the account your salary is paid into');
    byTestId('bank-sign-in-again').click();
    expect((TestBed.inject(BrowserNavigation) as RecordedNavigation).visited).toEqual(['/auth/login?confirm=1&returnTo=%2Fmy-data%3Fedit%3Dbank']);
  });

  it('shows the sign-in question when the server asks for a new sign-in, and tells when an approved account takes effect', async () => {
    const held: MyData = {
      ...emma,
      requests: [
        {
          ...emma.requests[0]!,
          id: 'E10101:2',
          fields: ['bankAccount'],
          route: 'hr',
          approver: null,
          state: 'scheduled',
          decidedAt: '2026-12-07T10:00:00.000Z',
          holdUntil: '2026-12-08T10:00:00.000Z',
        },
      ],
    };
    await render(held);
    expect(text('[data-testid="waiting-bank"]')).toContain('Approved; for your safety it takes effect after Dec 8, 2026');
    byTestId('edit-bank').click();
    await settle();
    expect(text('app-bank-form .note')).toContain('24 hours after it is approved');
    await type('bank-iban', 'ES91 2100 0418 4502 0005 1332');
    await submit();
    http
      .expectOne({ method: 'POST', url: CHANGES })
      .flush({ type: 'about:blank', title: 'Sign in again', status: 403, code: 'sign_in_again' }, { status: 403, statusText: 'Forbidden' });
    await settle();
    expect(element.querySelector('[data-testid="bank-sign-in"]')).not.toBeNull();
  });

  describe('in Spanish', () => {
    afterEach(() => TestBed.inject(LanguageService).use('en'));

    it('says what is wrong in Spanish, from the shared rules', async () => {
      await render();
      await TestBed.inject(LanguageService).use('es');
      byTestId('edit-bank').click();
      await settle();
      await type('bank-iban', 'ES91 2100 0418 4502 0005 1333');
      await submit();
      http.expectNone({ method: 'POST', url: CHANGES });
      expect(errors()).toEqual([es.fields.iban]);
      expect(text('app-form-actions .approval')).toBe(es.profile.approval.hr);
    });
  });
});

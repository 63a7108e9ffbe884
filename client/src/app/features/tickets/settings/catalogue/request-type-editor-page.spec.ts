import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { Router } from '@angular/router';

import { articleRow } from '../../../handbook/testing/manage-fixtures';
import { catalogue, payrollQuestion } from './catalogue-fixtures';
import { openSettingsPage, text } from '../settings-testing';
import { RequestTypeEditorPage } from './request-type-editor-page';

const MANAGE = '/api/tickets/catalogue/manage';

describe('RequestTypeEditorPage', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<RequestTypeEditorPage>;
  let element: HTMLElement;

  async function open(id: string) {
    ({ http, fixture, element } = await openSettingsPage(
      RequestTypeEditorPage,
      (http) => {
        http.expectOne(MANAGE).flush(catalogue());
        http
          .expectOne('/api/handbook/manage/articles')
          .flush({ articles: [articleRow('payroll-faq', { title: 'Payroll FAQ' }), articleRow('reading-your-payslip', { title: 'Reading your payslip' })] });
      },
      { id },
    ));
  }

  const byTestId = <T extends HTMLElement>(testId: string) => element.querySelector<T>(`[data-testid="${testId}"]`)!;
  async function change(control: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement, value: string, event = 'input') {
    control.value = value;
    control.dispatchEvent(new Event(event));
    await fixture.whenStable();
  }

  it('shows a request type in both languages with its targets in business days and its linked articles', async () => {
    await open('payroll-question');
    expect(text(element.querySelector('h1'))).toBe('Payroll question');
    expect(byTestId<HTMLInputElement>('type-name-es').value).toBe('Consulta de nómina');
    expect(byTestId<HTMLInputElement>('sla-firstResponse').value).toBe('1');
    expect(byTestId<HTMLInputElement>('sla-resolution').value).toBe('3');
    expect(text(byTestId('type-articles'))).toContain('Payroll FAQ');
    expect(element.querySelectorAll('.field-editor').length).toBe(2);
    expect(fixture.componentInstance.canLeave()).toBeTrue();
  });

  it('changes targets and adds a choice field, then saves the definition with targets in business minutes', async () => {
    await open('payroll-question');
    await change(byTestId('sla-firstResponse'), '4');
    await change(element.querySelectorAll<HTMLSelectElement>('.sla-target select')[0]!, 'hours', 'change');
    byTestId<HTMLButtonElement>('add-field').click();
    await fixture.whenStable();
    await change(byTestId<HTMLSelectElement>('field-kind-2'), 'choice', 'change');
    const field = byTestId('field-2');
    const inputs = () => field.querySelectorAll<HTMLInputElement>('input:not([type="checkbox"])');
    await change(inputs()[0]!, 'urgent');
    await change(inputs()[1]!, 'Is it urgent?');
    await change(inputs()[3]!, '¿Es urgente?');
    expect(fixture.componentInstance.canLeave()).not.toBeTrue();
    byTestId<HTMLButtonElement>('save-type').click();
    const request = http.expectOne({ method: 'PUT', url: `${MANAGE}/types/payroll-question` });
    const { id, updatedAt, updatedBy, ...definition } = payrollQuestion();
    // What the server keeps for itself is not sent back.
    for (const key of Object.keys({ id, updatedAt, updatedBy }))
      expect(Object.keys(request.request.body as object))
        .withContext(key)
        .not.toContain(key);
    expect(request.request.body).toEqual({
      ...definition,
      sla: { firstResponseMinutes: 240, resolutionMinutes: 1440 },
      fields: [
        ...definition.fields,
        {
          id: 'urgent',
          kind: 'choice',
          label: { en: 'Is it urgent?', es: '¿Es urgente?' },
          required: false,
          options: [
            { value: 'yes', label: { en: 'Yes', es: 'Sí' } },
            { value: 'no', label: { en: 'No', es: 'No' } },
          ],
        },
      ],
    });
    request.flush(payrollQuestion({ sla: { firstResponseMinutes: 240, resolutionMinutes: 1440 } }));
    await fixture.whenStable();
    expect(fixture.componentInstance.canLeave()).toBeTrue();
  });

  it('checks a new request type with the server\u2019s rules, then creates it and opens it at its address', async () => {
    await open('new');
    expect(text(element.querySelector('h1'))).toBe('New request type');
    byTestId<HTMLButtonElement>('save-type').click();
    await fixture.whenStable();
    http.expectNone({ method: 'POST' });
    expect(text(byTestId('type-invalid'))).toContain('problem(s) to fix');
    expect(Array.from(element.querySelectorAll('mat-hint.error'), text)).toContain('Use lower-case words joined by hyphens, for example payroll-question.');
    expect(Array.from(element.querySelectorAll('mat-hint.error'), text)).toContain('Write it in this language too.');

    await change(byTestId('type-id'), 'visa-letter');
    for (const language of ['en', 'es']) {
      await change(byTestId(`type-name-${language}`), language === 'en' ? 'Visa letter' : 'Carta para visado');
      await change(byTestId(`type-description-${language}`), language === 'en' ? 'A letter for your visa.' : 'Una carta para tu visado.');
    }
    await change(byTestId('sla-resolution'), '0.5');
    byTestId<HTMLButtonElement>('save-type').click();
    await fixture.whenStable();
    http.expectNone({ method: 'POST' });
    expect(text(element.querySelector('.sla-target[data-invalid="true"] .error'))).toBe('Resolution cannot be sooner than the first response.');

    await change(byTestId('sla-resolution'), '5');
    byTestId<HTMLButtonElement>('save-type').click();
    const request = http.expectOne({ method: 'POST', url: `${MANAGE}/types` });
    expect(request.request.body).toEqual(
      jasmine.objectContaining({ id: 'visa-letter', teamId: 'employee-relations', sla: { firstResponseMinutes: 480, resolutionMinutes: 2400 }, fields: [] }),
    );
    request.flush({ type: 'about:blank', title: 'Conflict', status: 409, code: 'request_type_exists' }, { status: 409, statusText: 'Conflict' });
    await fixture.whenStable();
    expect(Array.from(element.querySelectorAll('mat-hint.error'), text)).toEqual(['A request type with this id exists already.']);

    const navigate = spyOn(TestBed.inject(Router), 'navigate').and.resolveTo(true);
    byTestId<HTMLButtonElement>('save-type').click();
    http.expectOne({ method: 'POST', url: `${MANAGE}/types` }).flush(payrollQuestion({ id: 'visa-letter' }));
    await fixture.whenStable();
    expect(navigate).toHaveBeenCalledWith(['/hr/help-desk/settings/catalogue/types', 'visa-letter'], { replaceUrl: true });
  });
});

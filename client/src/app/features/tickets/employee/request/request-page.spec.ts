import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';

import { LanguageService } from '../../../../core/i18n/language.service';
import es from '../../../../../i18n/es.json';
import { catalogue } from '../help.fixture';
import { byTestId, eventually, openHelp, requestTo, type } from '../testing';

async function openForm(url = '/help/new') {
  const opened = await openHelp(url);
  (await requestTo('GET', '/api/tickets/catalogue')).flush(catalogue());
  await opened.harness.fixture.whenStable();
  return opened;
}

const text = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const errorOf = (page: HTMLElement, id: string) => text(page.querySelector(`#${id}`)!.closest('mat-form-field')?.querySelector('mat-error'));

function attach(input: HTMLInputElement, ...files: File[]): void {
  const transfer = new DataTransfer();
  for (const file of files) transfer.items.add(file);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change'));
}

describe('RequestPage (writing to HR)', () => {
  it('lists the request types by category, and shows nothing from the handbook', async () => {
    const { page } = await openForm();
    expect(Array.from(page().querySelectorAll('.category h3'), text)).toEqual(['Pay', 'Conduct', 'Other']);
    expect(byTestId(page(), 'request-type-payroll-question')).not.toBeNull();
    expect(page().querySelector('[data-testid="suggested-article"]')).toBeNull();
  });

  it('checks the answers with the shared rules before sending, and says what to fix', async () => {
    const { harness, page, http } = await openForm();
    byTestId<HTMLButtonElement>(page(), 'submit-request')!.click();
    await harness.fixture.whenStable();
    expect(text(byTestId(page(), 'error-summary'))).toBe('2 answers need your attention: see below.');
    expect(errorOf(page(), 'question')).toBe('Write an answer here.');
    expect(text(page().querySelector('#request-type-error'))).toBe('Choose what your request is about.');
    await eventually(() => document.activeElement?.id === 'question', 'focus on the question');

    type(byTestId<HTMLTextAreaElement>(page(), 'question')!, 'My February pay is missing the overtime.');
    byTestId<HTMLInputElement>(page(), 'request-type-payroll-question')!.click();
    await harness.fixture.whenStable();
    type(byTestId<HTMLInputElement>(page(), 'field-payPeriod')!, '');
    type(byTestId<HTMLInputElement>(page(), 'field-reference')!, 'x'.repeat(25));
    byTestId<HTMLButtonElement>(page(), 'submit-request')!.click();
    await harness.fixture.whenStable();
    expect(text(byTestId(page(), 'error-summary'))).toBe('3 answers need your attention: see below.');
    expect(errorOf(page(), 'field-payPeriod')).toBe('Write an answer here.');
    expect(errorOf(page(), 'field-topic')).toBe('Choose one of the options.');
    // Pasted past the field's own limit: the type's rule (maxLength 20) says so.
    expect(errorOf(page(), 'field-reference')).toBe('Write at most 20 characters.');
    await eventually(() => document.activeElement?.id === 'field-payPeriod', 'focus on the first answer to fix');
    expect(http.match((request) => request.url === '/api/tickets').length).toBe(0);
  });

  it('uploads files as they are chosen and sends the request, then shows its reference', async () => {
    const { harness, page } = await openForm('/help/new?type=payroll-question');
    type(byTestId<HTMLTextAreaElement>(page(), 'question')!, '  My February pay is missing the overtime. ');
    await harness.fixture.whenStable();
    expect(byTestId<HTMLInputElement>(page(), 'request-type-payroll-question')!.checked).withContext('chosen by the address').toBeTrue();
    type(byTestId<HTMLInputElement>(page(), 'field-payPeriod')!, '2026-02-27');
    type(byTestId<HTMLSelectElement>(page(), 'field-topic')!, 'missing-pay');

    attach(byTestId<HTMLInputElement>(page(), 'field-payslip')!, new File(['%PDF-1.7'], 'payslip.pdf', { type: 'application/pdf' }));
    const upload = await requestTo('POST', '/api/tickets/attachments');
    expect(upload.request.params.get('name')).toBe('payslip.pdf');
    expect(upload.request.headers.get('Content-Type')).toBe('application/pdf');
    upload.flush({ id: 'file-1', name: 'payslip.pdf', type: 'application/pdf', size: 8 });
    attach(byTestId<HTMLInputElement>(page(), 'request-files')!, new File(['hours'], 'timesheet.csv', { type: 'text/csv' }));
    (await requestTo('POST', '/api/tickets/attachments')).flush({ id: 'file-2', name: 'timesheet.csv', type: 'text/csv', size: 5 });
    await harness.fixture.whenStable();

    byTestId<HTMLButtonElement>(page(), 'submit-request')!.click();
    const create = await requestTo('POST', '/api/tickets');
    expect(create.request.body).toEqual({
      requestTypeId: 'payroll-question',
      question: 'My February pay is missing the overtime.',
      answers: { payPeriod: '2026-02-27', topic: 'missing-pay', payslip: ['file-1'] },
      attachmentIds: ['file-2'],
    });
    create.flush({ id: 'HR-2026-00042' });
    await eventually(() => TestBed.inject(Router).url === '/help/sent/HR-2026-00042', 'on the confirmation');
    await harness.fixture.whenStable();
    expect(text(byTestId(page(), 'ticket-reference'))).toBe('HR-2026-00042');
    expect(byTestId(page(), 'view-request')!.getAttribute('href')).toBe('/help/requests/HR-2026-00042');
  });

  it('says who will see a confidential request, and how soon HR aims to answer', async () => {
    const { harness, page } = await openForm();
    expect(byTestId(page(), 'confidential-note')).toBeNull();
    byTestId<HTMLInputElement>(page(), 'request-type-report-harassment-or-misconduct')!.click();
    await harness.fixture.whenStable();
    expect(text(byTestId(page(), 'confidential-note'))).toBe(
      'Confidential: only you, HR administrators and the person in HR who handles it will see this request.',
    );
    expect(text(page().querySelector('.target'))).toBe('Answered by Employee Relations. HR aims to reply within 2 working hours.');
  });

  it('shows the server\u2019s refusal of an answer under its field', async () => {
    const { harness, page } = await openForm('/help/new?type=general-question');
    type(byTestId<HTMLTextAreaElement>(page(), 'question')!, 'Who is my HR contact?');
    byTestId<HTMLButtonElement>(page(), 'submit-request')!.click();
    const create = await requestTo('POST', '/api/tickets');
    create.flush(
      {
        type: 'about:blank',
        title: 'Invalid input',
        status: 400,
        code: 'validation_failed',
        errors: [{ path: 'body.question', code: 'too_long', params: { max: 10000 }, message: 'Too big: expected string to have <=10000 characters' }],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await harness.fixture.whenStable();
    expect(errorOf(page(), 'question')).toBe('Write at most 10000 characters.');
    expect(text(byTestId(page(), 'error-summary'))).toBe('One answer needs your attention: see below.');
  });

  it('says what to fix in Spanish to a Spanish reader: the form’s own checks and the server’s refusal', async () => {
    const { harness, page, http } = await openForm('/help/new?type=payroll-question');
    await TestBed.inject(LanguageService).use('es');
    for (const pending of http.match((request) => request.url === '/api/tickets/catalogue')) pending.flush(catalogue('es'));
    await harness.fixture.whenStable();
    type(byTestId<HTMLInputElement>(page(), 'field-reference')!, 'x'.repeat(25));
    byTestId<HTMLButtonElement>(page(), 'submit-request')!.click();
    await harness.fixture.whenStable();
    expect(errorOf(page(), 'question')).toBe(es.help.errors.required);
    expect(errorOf(page(), 'field-reference')).toBe('Escribe como máximo 20 caracteres.');
    expect(errorOf(page(), 'field-topic')).toBe(es.help.errors.chooseOne);

    byTestId<HTMLInputElement>(page(), 'request-type-general-question')!.click();
    await harness.fixture.whenStable();
    type(byTestId<HTMLTextAreaElement>(page(), 'question')!, '¿Quién es mi contacto de RR. HH.?');
    byTestId<HTMLButtonElement>(page(), 'submit-request')!.click();
    (await requestTo('POST', '/api/tickets')).flush(
      {
        type: 'about:blank',
        title: 'Invalid input',
        status: 400,
        code: 'validation_failed',
        errors: [{ path: 'body.question', code: 'too_long', params: { max: 10000 }, message: 'Too big: expected string to have <=10000 characters' }],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await harness.fixture.whenStable();
    expect(errorOf(page(), 'question')).toBe('Escribe como máximo 10000 caracteres.');
    await TestBed.inject(LanguageService).use('en');
  });
});

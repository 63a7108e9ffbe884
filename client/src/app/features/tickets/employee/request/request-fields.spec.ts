import { Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';

import { appInitialized, appTestProviders } from '../../../../testing/app-test-providers';
import { registerHelpIcons } from '../help-icons';
import { payrollQuestion } from '../help.fixture';
import type { Upload } from '../state/uploads';
import { answersForm, RequestFields } from './request-fields';
import en from '../../../../../i18n/en.json';

@Component({
  imports: [RequestFields],
  template: `<app-request-fields
    [requestType]="type"
    [form]="form"
    [uploads]="uploads()"
    (filesChosen)="chosen.push($event)"
    (uploadRemoved)="removed.push($event)"
  />`,
})
class Host {
  readonly type = payrollQuestion;
  readonly form = answersForm(payrollQuestion);
  readonly uploads = signal<Record<string, Upload[]>>({});
  readonly chosen: { key: string; files: File[] }[] = [];
  readonly removed: { key: string; uploadId: string }[] = [];
}

async function render() {
  TestBed.configureTestingModule({ imports: [Host], providers: appTestProviders() });
  await appInitialized();
  TestBed.runInInjectionContext(() => registerHelpIcons());
  const fixture = TestBed.createComponent(Host);
  await fixture.whenStable();
  return { fixture, host: fixture.componentInstance, element: fixture.nativeElement as HTMLElement };
}

const field = <T extends HTMLElement>(root: HTMLElement, id: string) => root.querySelector<T>(`[data-testid="field-${id}"]`)!;
const text = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe('RequestFields (the form built from a request type)', () => {
  it('builds a control for every kind of field, labelled, with its hint, optional ones saying so', async () => {
    const { element } = await render();
    const date = field<HTMLInputElement>(element, 'payPeriod');
    expect(date.type).toBe('date');
    expect(date.getAttribute('aria-required')).toBe('true');
    expect(text(date.closest('mat-form-field')!.querySelector('mat-label'))).toBe('Pay period');
    expect(text(date.closest('mat-form-field'))).toContain('Any day of the month.');

    const choice = field<HTMLSelectElement>(element, 'topic');
    expect(choice.tagName).toBe('SELECT');
    expect(Array.from(choice.options, (option) => option.text)).toEqual(['Choose one', 'Missing pay', 'Tax']);

    const shortText = field<HTMLInputElement>(element, 'reference');
    expect(shortText.type).toBe('text');
    expect(shortText.getAttribute('maxlength')).toBe('20');
    expect(text(shortText.closest('mat-form-field')!.querySelector('mat-label'))).toBe('Payslip number (optional)');

    const longText = field<HTMLTextAreaElement>(element, 'details');
    expect(longText.tagName).toBe('TEXTAREA');
    expect(longText.getAttribute('maxlength')).toBe('5000');
    expect(text(longText.closest('mat-form-field'))).toContain('0 / 5000');

    const file = field<HTMLInputElement>(element, 'payslip');
    expect(file.type).toBe('file');
    expect(file.getAttribute('aria-label')).toBe('Payslip: Add files');
    expect(text(element.querySelector('#field-payslip-label'))).toBe('Payslip (optional)');
    expect(text(element.querySelector('#field-payslip-hint'))).toBe('Optional: the payslip in question.');
  });

  it('keeps each answer in its control: text, choice and date as typed', async () => {
    const { fixture, host, element } = await render();
    for (const [id, value] of [
      ['payPeriod', '2026-02-27'],
      ['topic', 'tax'],
      ['reference', 'P-12'],
      ['details', 'Bonus missing'],
    ] as const) {
      const control = field<HTMLInputElement>(element, id);
      control.value = value;
      control.dispatchEvent(new Event(control.tagName === 'SELECT' ? 'change' : 'input'));
    }
    await fixture.whenStable();
    expect(host.form.getRawValue()).toEqual({ payPeriod: '2026-02-27', topic: 'tax', reference: 'P-12', details: 'Bonus missing', payslip: [] });
  });

  it('shows the error set on a control under it, and on a file field beside its files', async () => {
    const { fixture, host, element } = await render();
    host.form.controls['topic']!.setErrors({ answer: { key: 'help.errors.chooseOne' } });
    host.form.controls['topic']!.markAsTouched();
    host.form.controls['reference']!.setErrors({ answer: { key: 'help.errors.tooLong', params: { max: 20 } } });
    host.form.controls['reference']!.markAsTouched();
    host.form.controls['payslip']!.setErrors({ answer: { key: 'help.errors.attachFile' } });
    fixture.changeDetectorRef.markForCheck();
    await fixture.whenStable();
    expect(text(field(element, 'topic').closest('mat-form-field')!.querySelector('mat-error'))).toBe('Choose one of the options.');
    expect(text(field(element, 'reference').closest('mat-form-field')!.querySelector('mat-error'))).toBe('Write at most 20 characters.');
    expect(field(element, 'reference').getAttribute('aria-invalid')).toBe('true');
    expect(text(element.querySelector('#field-payslip-error'))).toBe('Attach at least one file.');
    expect(field(element, 'payslip').getAttribute('aria-describedby')).toBe('field-payslip-hint field-payslip-error');
  });

  it('hands chosen files on for upload and lists them with their state', async () => {
    const { fixture, host, element } = await render();
    const input = field<HTMLInputElement>(element, 'payslip');
    const transfer = new DataTransfer();
    transfer.items.add(new File(['%PDF-1.7'], 'payslip.pdf', { type: 'application/pdf' }));
    input.files = transfer.files;
    input.dispatchEvent(new Event('change'));
    expect(host.chosen.map(({ key, files }) => [key, files.map((file) => file.name)])).toEqual([['payslip', ['payslip.pdf']]]);

    host.uploads.set({
      payslip: [
        { uploadId: 'u1', name: 'payslip.pdf', size: 2048, status: 'done', fileId: 'f1', problem: null },
        {
          uploadId: 'u2',
          name: 'page.html',
          size: 10,
          status: 'failed',
          fileId: null,
          // As the interceptor leaves it: the code's message in the reader's language.
          problem: { status: 415, code: 'file_type_not_allowed', message: en.problems.file_type_not_allowed, fields: {} },
        },
      ],
    });
    await fixture.whenStable();
    const items = Array.from(element.querySelectorAll('.files li'), (item) => text(item));
    expect(items).toEqual(['payslip.pdf 2 KB', `page.html ${en.problems.file_type_not_allowed}`]);
    element.querySelector<HTMLButtonElement>('.files li button[aria-label="Remove page.html"]')!.click();
    expect(host.removed).toEqual([{ key: 'payslip', uploadId: 'u2' }]);
  });
});

import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { HttpTestingController } from '@angular/common/http/testing';
import type { ComponentFixture } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import type { CannedResponse } from '@portico/shared/tickets/canned.schemas';

import { articleRow } from '../../../handbook/testing/manage-fixtures';
import { openSettingsPage, text } from '../settings-testing';
import { CannedResponsesPage } from './canned-responses-page';

const LIST = '/api/tickets/agent/canned-responses';
const SAVE = '/api/tickets/canned-responses';
const ARTICLES = '/api/handbook/manage/articles';

const canned = (changes: Partial<CannedResponse> = {}): CannedResponse => ({
  id: 'f77462b5-0de3-4c93-a742-5746d7e13356',
  title: 'Payslip explained',
  body: 'Each line of your payslip is explained in the article below.',
  language: 'en',
  articleSlug: 'reading-your-payslip',
  articleTitle: 'Reading your payslip',
  updatedAt: '2026-11-01T10:00:00.000Z',
  ...changes,
});
const spanish = canned({
  id: '6f6a4153-fa52-41f9-87a2-2272ab464763',
  title: 'Cómo leer tu nómina',
  body: 'Cada línea se explica abajo.',
  language: 'es',
  articleSlug: 'draft-article',
  articleTitle: null,
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('CannedResponsesPage', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<CannedResponsesPage>;
  let element: HTMLElement;

  beforeEach(async () => {
    ({ http, fixture, element } = await openSettingsPage(CannedResponsesPage, (http) => http.expectOne(LIST).flush({ responses: [spanish, canned()] })));
  });

  const byTestId = <T extends HTMLElement>(testId: string) => element.querySelector<T>(`[data-testid="${testId}"]`)!;
  async function type(testId: string, value: string) {
    const field = byTestId<HTMLInputElement>(testId);
    field.value = value;
    field.dispatchEvent(new Event('input'));
    await fixture.whenStable();
  }
  async function openEditor(button: HTMLButtonElement) {
    button.click();
    fixture.detectChanges();
    http
      .expectOne(ARTICLES)
      .flush({ articles: [articleRow('reading-your-payslip', { title: 'Reading your payslip' }), articleRow('old-policy', { status: 'archived' })] });
    await fixture.whenStable();
  }

  it('lists each response with its language and its article, or says the article is not published', () => {
    const items = Array.from(element.querySelectorAll('[data-testid="canned-list"] > li'));
    expect(items.map((item) => text(item.querySelector('h2')))).toEqual(['Cómo leer tu nómina', 'Payslip explained']);
    expect(text(items[0]!.querySelector('.language-tag'))).toBe('Español');
    expect(text(items[0]!.querySelector('.link'))).toBe('Links to draft-article (not published: agents see no link).');
    expect(items[1]!.querySelector<HTMLAnchorElement>('.link a')!.getAttribute('href')).toBe('/handbook/reading-your-payslip');
  });

  it('filters by words of the title or the reply', async () => {
    await type('canned-filter', 'nómina');
    expect(element.querySelectorAll('[data-testid="canned-list"] > li').length).toBe(1);
  });

  it('adds a response linking an article, checked first with the server\u2019s rules', async () => {
    await openEditor(byTestId<HTMLButtonElement>('canned-new'));
    byTestId<HTMLButtonElement>('canned-save').click();
    await fixture.whenStable();
    http.expectNone({ method: 'POST', url: SAVE });
    expect(Array.from(element.querySelectorAll('mat-error'), text)).toEqual(['Give it a title.', 'Write the reply.']);

    await type('canned-title', 'Booking time off');
    await type('canned-body', 'You can book it yourself.');
    await type('canned-article', 'reading-your-payslip');
    expect(fixture.componentInstance.canLeave()).not.toBeTrue();
    expect(Array.from(element.querySelectorAll('[data-testid="canned-editor"] mat-hint'), text)).toContain('Links to “Reading your payslip”.');
    byTestId<HTMLButtonElement>('canned-save').click();
    const request = http.expectOne({ method: 'POST', url: SAVE });
    expect(request.request.body).toEqual({ title: 'Booking time off', body: 'You can book it yourself.', language: 'en', articleSlug: 'reading-your-payslip' });
    request.flush(canned({ id: 'b7e48a4d-a7b7-4fd7-a0af-2cad9e9f3540', title: 'Booking time off', body: 'You can book it yourself.' }));
    await fixture.whenStable();
    expect(element.querySelector('[data-testid="canned-editor"]')).toBeNull();
    expect(Array.from(element.querySelectorAll('[data-testid="canned-list"] h2'), text)).toEqual([
      'Booking time off',
      'Cómo leer tu nómina',
      'Payslip explained',
    ]);
    expect(fixture.componentInstance.canLeave()).toBeTrue();
  });

  it('changes a response in place and shows the server\u2019s word on its article beside the field', async () => {
    const item = byTestId(`canned-${canned().id}`);
    await openEditor(item.querySelector<HTMLButtonElement>('.actions button')!);
    expect(byTestId<HTMLInputElement>('canned-title').value).toBe('Payslip explained');
    await type('canned-article', 'old-policy');
    byTestId<HTMLButtonElement>('canned-save').click();
    const request = http.expectOne({ method: 'PUT', url: `${SAVE}/${canned().id}` });
    expect(request.request.body.articleSlug).toBe('old-policy');
    request.flush(
      {
        type: 'about:blank',
        title: 'The request is not valid',
        status: 400,
        code: 'validation_failed',
        errors: [
          { path: 'body.articleSlug', code: 'archived_article', params: { value: 'old-policy' }, message: 'the handbook article "old-policy" is archived' },
        ],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await fixture.whenStable();
    expect(Array.from(element.querySelectorAll('mat-error'), text)).toEqual(['This article cannot be linked. The handbook article “old-policy” is archived.']);
  });

  it('deletes a response after asking', async () => {
    byTestId(`canned-${spanish.id}`).querySelectorAll<HTMLButtonElement>('.actions button')[1]!.click();
    const documentLoader = TestbedHarnessEnvironment.documentRootLoader(fixture);
    await (await documentLoader.getHarness(MatButtonHarness.with({ selector: '[data-testid="confirm"]' }))).click();
    // The dialog's answer arrives after its closing animation.
    let request = http.match({ method: 'DELETE', url: `${SAVE}/${spanish.id}` });
    for (let attempt = 0; attempt < 100 && !request.length; attempt++) {
      await sleep(10);
      request = http.match({ method: 'DELETE', url: `${SAVE}/${spanish.id}` });
    }
    request[0]!.flush(null, { status: 204, statusText: 'No Content' });
    await fixture.whenStable();
    expect(Array.from(element.querySelectorAll('[data-testid="canned-list"] h2'), text)).toEqual(['Payslip explained']);
  });
});

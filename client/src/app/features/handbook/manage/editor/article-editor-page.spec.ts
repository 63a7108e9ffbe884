import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatDialogHarness } from '@angular/material/dialog/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { MatRadioButtonHarness } from '@angular/material/radio/testing';
import type { ManagedArticle } from '@portico/shared/handbook/handbook.schemas';
import { firstValueFrom, isObservable, type Observable } from 'rxjs';

import { appInitialized, appTestProviders, signIn } from '../../../../testing/app-test-providers';
import { meWithRoles } from '../../../../testing/me.fixture';
import { provideViewportWidth } from '../../../../testing/width-media-matcher';
import { managedArticle } from '../../testing/manage-fixtures';
import { provideWorkspaceIcons } from '../../../../core/icons/workspace-icons';
import { ArticleEditorPage } from './article-editor-page';
import { PREVIEW_DEBOUNCE_MS } from './article-editor.store';
import en from '../../../../../i18n/en.json';

const ARTICLE = '/api/handbook/manage/articles/annual-leave';
const PREVIEW = '/api/handbook/manage/preview';
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The request to `url` once made: a dialog's answer arrives after its closing animation. */
async function requestTo(http: HttpTestingController, url: string) {
  for (let attempt = 0; attempt < 100; attempt++) {
    const [request] = http.match(url);
    if (request) return request;
    await sleep(10);
  }
  throw new Error(`no request to ${url}`);
}

describe('ArticleEditorPage', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<ArticleEditorPage>;
  let element: HTMLElement;

  async function open(article: ManagedArticle = managedArticle(), width = 1280) {
    TestBed.configureTestingModule({ providers: [...appTestProviders(), provideViewportWidth(width), provideWorkspaceIcons()] });
    await appInitialized();
    signIn(meWithRoles('hr_admin'));
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(ArticleEditorPage);
    fixture.componentRef.setInput('slug', article.slug);
    await fixture.whenStable();
    http.expectOne(ARTICLE).flush(article);
    await fixture.whenStable();
    element = fixture.nativeElement as HTMLElement;
    // The first preview, of the text as saved.
    await sleep(PREVIEW_DEBOUNCE_MS + 50);
    http.expectOne(PREVIEW).flush({ html: '<h2 id="your-days">Your days</h2><p>25 days a year.</p>', headings: [] });
    await fixture.whenStable();
    return TestbedHarnessEnvironment.loader(fixture);
  }

  const field = (name: string) => element.querySelector<HTMLInputElement | HTMLTextAreaElement>(`[data-testid="field-${name}"]`)!;

  async function type(name: string, value: string) {
    const input = field(name);
    input.value = value;
    input.dispatchEvent(new Event('input'));
    await fixture.whenStable();
  }

  async function clickSave() {
    element.querySelector<HTMLButtonElement>('[data-testid="save"]')!.click();
    await fixture.whenStable();
  }

  afterEach(() => sessionStorage.clear());

  it('shows the article with its status, dates and the rendered preview beside the text', async () => {
    await open();
    expect(element.querySelector('h1')?.textContent).toBe('Annual leave');
    const status = element.querySelector('[data-testid="status-line"]')!.textContent!;
    expect(status).toContain('Published');
    expect(status).toContain('Version 1.1');
    expect(status).toContain('Last updated Oct 1, 2026');
    expect(status).toContain('Last reviewed Sep 15, 2026');
    expect(status).toContain('Review by Mar 1, 2027');
    expect(field('markdown').value).toBe('## Your days\n\n25 days a year.');
    expect(element.querySelector('.side-by-side [data-testid="preview"] h2')?.textContent).toBe('Your days');
  });

  it('asks for a preview only once typing pauses, with the latest text', async () => {
    await open();
    await type('markdown', '## Your days\n\n26');
    await type('markdown', '## Your days\n\n26 days');
    await sleep(PREVIEW_DEBOUNCE_MS / 2);
    await type('markdown', '## Your days\n\n26 days a year.');
    await sleep(PREVIEW_DEBOUNCE_MS / 2);
    http.expectNone(PREVIEW);

    await sleep(PREVIEW_DEBOUNCE_MS / 2 + 50);
    const request = http.expectOne(PREVIEW);
    expect(request.request.body).toEqual({ markdown: '## Your days\n\n26 days a year.' });
    request.flush({ html: '<p>26 days a year.</p>', headings: [] });
    await fixture.whenStable();
    expect(element.querySelector('[data-testid="preview"]')?.textContent).toContain('26 days a year.');
  });

  it('shows Write and Preview as tabs on a phone', async () => {
    const loader = await open(managedArticle(), 360);
    expect(element.querySelector('.side-by-side')).toBeNull();
    const tabs = element.querySelectorAll('.write-preview [role="tab"]');
    expect(Array.from(tabs, (tab) => tab.textContent?.trim())).toEqual(['Write', 'Preview']);
    expect(await (await loader.getHarness(MatInputHarness.with({ selector: '[data-testid="field-markdown"]' }))).getValue()).toContain('25 days');
  });

  it("saves the language on screen with the article's settings and a minor change", async () => {
    await open();
    await type('title', 'Annual leave and holidays');
    await type('note', 'New title');
    expect(fixture.componentInstance.canLeave()).not.toBeTrue();
    await clickSave();

    const request = http.expectOne(`${ARTICLE}/variants/en`);
    expect(request.request.method).toBe('PUT');
    expect(request.request.body).toEqual({
      type: 'article',
      category: 'Time off / Vacation',
      audience: 'everyone',
      status: 'published',
      publishAt: null,
      reviewBy: '2027-03-01',
      title: 'Annual leave and holidays',
      summary: 'How many days you get.',
      tags: ['vacation'],
      markdown: '## Your days\n\n25 days a year.',
      change: 'minor',
      note: 'New title',
    });
    const saved = managedArticle();
    saved.variants[0] = { ...saved.variants[0]!, title: 'Annual leave and holidays' };
    request.flush(saved);
    await fixture.whenStable();
    expect(fixture.componentInstance.canLeave()).toBeTrue();
    expect(field('note').value).toBe('');
  });

  it('for a published policy, asks whether the change is major (everyone acknowledges again) or minor', async () => {
    const loader = await open(managedArticle({ type: 'policy' }));
    const documentLoader = TestbedHarnessEnvironment.documentRootLoader(fixture);
    await type('markdown', '## Your days\n\n26 days a year.');
    await clickSave();

    const dialog = await documentLoader.getHarness(MatDialogHarness);
    expect(await dialog.getTitleText()).toBe('What kind of change is this?');
    const confirm = await documentLoader.getHarness(MatButtonHarness.with({ selector: '[data-testid="confirm-change"]' }));
    expect(await confirm.isDisabled())
      .withContext('nothing is chosen for the author')
      .toBeTrue();
    const major = await documentLoader.getHarness(MatRadioButtonHarness.with({ selector: '[data-testid="change-major"]' }));
    expect(await major.getLabelText()).toContain('Everyone must read and acknowledge the policy again.');
    await major.check();
    await confirm.click();

    const request = await requestTo(http, `${ARTICLE}/variants/en`);
    expect(request.request.body.change).toBe('major');
    expect(request.request.body.type).toBe('policy');
    request.flush(managedArticle({ type: 'policy' }));
    await fixture.whenStable();
    expect(await (await loader.getHarness(MatButtonHarness.with({ selector: '[data-testid="save"]' }))).isDisabled()).toBeFalse();
  });

  it('saves nothing when the author closes the policy question without choosing', async () => {
    await open(managedArticle({ type: 'policy' }));
    const documentLoader = TestbedHarnessEnvironment.documentRootLoader(fixture);
    await type('markdown', 'Changed');
    await clickSave();
    const dialog = await documentLoader.getHarness(MatDialogHarness);
    await dialog.close();
    await sleep(300);
    http.expectNone(`${ARTICLE}/variants/en`);
    expect(field('markdown').value).toBe('Changed');
  });

  it("shows the server's field errors next to the fields and the rest in a banner, keeping the text", async () => {
    await open();
    await type('markdown', 'My long text that must not be lost');
    await clickSave();

    http.expectOne(`${ARTICLE}/variants/en`).flush(
      {
        type: 'https://portico.example/problems/validation_failed',
        title: 'The request is not valid',
        status: 400,
        code: 'validation_failed',
        detail: 'See `errors` for each invalid field.',
        errors: [
          { path: 'body.category', code: 'invalid_format', message: 'must be "Category" or "Category / Subcategory"' },
          { path: 'body.publishAt', code: 'invalid_format', message: 'Invalid ISO datetime' },
        ],
      },
      { status: 400, statusText: 'Bad Request', headers: { 'Content-Type': 'application/problem+json' } },
    );
    await fixture.whenStable();

    const banner = element.querySelector('[data-testid="problem"]')!;
    expect(banner.getAttribute('role')).toBe('alert');
    expect(banner.textContent).toContain('Some fields need fixing before this can be saved.');
    expect(banner.textContent).toContain('publishAt: This is not in the expected form.');
    const categoryField = field('category').closest('mat-form-field')!;
    expect(categoryField.querySelector('mat-error')?.textContent).toContain('This is not in the expected form.');
    expect(field('markdown').value).toBe('My long text that must not be lost');
    expect(fixture.componentInstance.canLeave()).not.toBeTrue();
  });

  it('asks before leaving with unsaved changes', async () => {
    await open();
    expect(fixture.componentInstance.canLeave()).toBeTrue();
    await type('summary', 'Changed summary');
    const answer = fixture.componentInstance.canLeave();
    expect(isObservable(answer)).toBeTrue();
    const documentLoader = TestbedHarnessEnvironment.documentRootLoader(fixture);
    const leave = firstValueFrom(answer as Observable<boolean>);
    await (await documentLoader.getHarness(MatButtonHarness.with({ selector: '[data-testid="confirm"]' }))).click();
    expect(await leave).toBeTrue();
  });

  it('inserts an uploaded image where the cursor is, or shows why the server refused it', async () => {
    await open();
    const textarea = field('markdown') as HTMLTextAreaElement;
    textarea.setSelectionRange(3, 3);
    const file = new File([new Uint8Array([137, 80, 78, 71])], 'team-photo.png', { type: 'image/png' });
    const input = element.querySelector<HTMLInputElement>('input[type="file"]')!;
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    input.dispatchEvent(new Event('change'));
    const upload = http.expectOne('/api/handbook/manage/images');
    expect(upload.request.body).toBe(file);
    expect(upload.request.headers.get('Content-Type')).toBe('image/png');
    upload.flush({ url: '/api/handbook/images/abc', type: 'image/png', size: 4 }, { status: 201, statusText: 'Created' });
    await fixture.whenStable();
    expect(textarea.value).toBe('## ![team photo](/api/handbook/images/abc)Your days\n\n25 days a year.');

    input.dispatchEvent(new Event('change'));
    http
      .expectOne('/api/handbook/manage/images')
      .flush(
        { type: 'about:blank', title: 'Too large', status: 413, code: 'file_too_large', detail: 'Images may be up to 2 MB.' },
        { status: 413, statusText: 'Payload Too Large' },
      );
    await fixture.whenStable();
    expect(element.querySelector('[data-testid="upload-error"]')?.textContent).toContain(en.problems.file_too_large);
  });

  it('asks for the diff of two versions of the language on screen', async () => {
    await open();
    element.querySelector<HTMLButtonElement>('[data-testid="compare-2"]')!.click();
    const request = http.expectOne((candidate) => candidate.url === `${ARTICLE}/diff`);
    expect(request.request.params.toString()).toBe('language=en&from=1&to=2');
    request.flush({
      from: 1,
      to: 2,
      parts: [
        { value: '25', added: false, removed: true },
        { value: '26', added: true, removed: false },
      ],
    });
    await fixture.whenStable();
    expect(element.querySelector('del')?.textContent).toContain('25');
    expect(element.querySelector('ins')?.textContent).toContain('26');
  });

  it("shows the reader's-language message of a refusal that is not about a field", async () => {
    await open();
    await type('markdown', 'Edited at the same moment as someone else');
    await clickSave();
    http.expectOne(`${ARTICLE}/variants/en`).flush(
      {
        type: 'about:blank',
        title: 'Edited at the same time',
        status: 409,
        code: 'edit_conflict',
        detail: 'Someone saved this article at the same moment; reload and try again.',
      },
      { status: 409, statusText: 'Conflict' },
    );
    await fixture.whenStable();
    expect(element.querySelector('[data-testid="problem"]')?.textContent).toContain(en.problems.edit_conflict);
    expect(field('markdown').value).toBe('Edited at the same moment as someone else');
  });

  it('does not send a title of spaces: the field says what is missing', async () => {
    await open();
    await type('title', '   ');
    await clickSave();
    http.expectNone(`${ARTICLE}/variants/en`);
    expect(field('title').closest('mat-form-field')?.querySelector('mat-error')?.textContent).toContain('Give the article a title.');
  });
});

import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { MatCheckboxHarness } from '@angular/material/checkbox/testing';
import { MatDialogHarness } from '@angular/material/dialog/testing';
import { Router } from '@angular/router';
import { MatSlideToggleHarness } from '@angular/material/slide-toggle/testing';
import { provideEffects } from '@ngrx/effects';
import { provideState } from '@ngrx/store';

import { appInitialized, appTestProviders, signIn } from '../../../../testing/app-test-providers';
import { meWithRoles } from '../../../../testing/me.fixture';
import { provideViewportWidth } from '../../../../testing/width-media-matcher';
import { articleRow } from '../../testing/manage-fixtures';
import { provideWorkspaceIcons } from '../../../../core/icons/workspace-icons';
import { ArticleListPage } from './article-list-page';
import * as articleListEffects from './state/article-list.effects';
import { articleListFeature } from './state/article-list.feature';

const LIST = '/api/handbook/manage/articles';
const rows = [
  articleRow('annual-leave', { stale: true, reviewBy: '2026-01-01' }),
  articleRow('code-of-conduct', { type: 'policy', status: 'draft', languages: ['en', 'es'] }),
];

describe('ArticleListPage', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<ArticleListPage>;
  let element: HTMLElement;

  async function open(width: number) {
    TestBed.configureTestingModule({
      providers: [
        ...appTestProviders(),
        provideViewportWidth(width),
        provideWorkspaceIcons(),
        provideState(articleListFeature),
        provideEffects(articleListEffects),
      ],
    });
    await appInitialized();
    signIn(meWithRoles('hr_admin'));
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(ArticleListPage);
    http.expectOne((request) => request.url === LIST).flush({ articles: rows });
    await fixture.whenStable();
    element = fixture.nativeElement as HTMLElement;
    return TestbedHarnessEnvironment.loader(fixture);
  }

  it('shows a table on a wide screen, with status, languages and what needs review', async () => {
    await open(1280);
    expect(element.querySelector('[data-testid="article-cards"]')).toBeNull();
    const row = element.querySelector('[data-testid="article-annual-leave"]')!;
    expect(row.textContent).toContain('annual leave');
    expect(row.textContent).toContain('Published');
    expect(row.textContent).toContain('Needs review');
    const policy = element.querySelector('[data-testid="article-code-of-conduct"]')!;
    expect(policy.textContent).toContain('Draft');
    expect(policy.textContent).toContain('Policy');
    expect(policy.querySelector('a')?.getAttribute('href')).toContain('code-of-conduct');
  });

  it('shows cards on a phone', async () => {
    await open(360);
    expect(element.querySelector('[data-testid="article-table"]')).toBeNull();
    expect(element.querySelectorAll('[data-testid="article-cards"] li').length).toBe(2);
  });

  it('filters on articles that need review', async () => {
    const loader = await open(1280);
    await (await loader.getHarness(MatSlideToggleHarness)).toggle();
    const request = http.expectOne((candidate) => candidate.url === LIST);
    expect(request.request.params.get('stale')).toBe('true');
    request.flush({ articles: [rows[0]] });
    await fixture.whenStable();
    expect(element.querySelectorAll('tr[mat-row]').length).toBe(1);
  });

  it('runs a bulk action on the selected rows and lists what failed and why', async () => {
    const loader = await open(1280);
    const checkboxes = await loader.getAllHarnesses(MatCheckboxHarness);
    await checkboxes[1]!.check();
    await checkboxes[2]!.check();
    expect(element.querySelector('[data-testid="bulk-bar"]')?.textContent).toContain('2 selected');

    element.querySelector<HTMLButtonElement>('[data-testid="bulk-publish"]')!.click();
    const request = http.expectOne('/api/handbook/manage/bulk');
    expect(request.request.body).toEqual({ action: 'publish', slugs: ['annual-leave', 'code-of-conduct'] });
    request.flush({ done: ['annual-leave'], failed: [{ slug: 'code-of-conduct', message: 'The Spanish version has no text yet.' }] });
    http.expectOne((candidate) => candidate.url === LIST).flush({ articles: rows });
    await fixture.whenStable();

    const report = element.querySelector('[data-testid="bulk-report"]')!;
    expect(report.textContent).toContain('Articles published: 1.');
    expect(report.textContent).toContain('Not done for 1 (still selected):');
    expect(report.querySelector('[data-testid="bulk-failures"]')?.textContent).toContain('code-of-conduct: The Spanish version has no text yet.');
    expect(report.querySelector('[role="alert"]')).not.toBeNull();
    expect(element.querySelector('[data-testid="bulk-bar"]')?.textContent).toContain('1 selected');
  });

  it('creates a new article from the dialog, then closes it and opens the editor', async () => {
    await open(1280);
    const router = TestBed.inject(Router);
    spyOn(router, 'navigate').and.resolveTo(true);
    element.querySelector<HTMLButtonElement>('[data-testid="new-article"]')!.click();
    const documentLoader = TestbedHarnessEnvironment.documentRootLoader(fixture);
    await documentLoader.getHarness(MatDialogHarness);
    const title = document.querySelector<HTMLInputElement>('[data-testid="new-article-title"]')!;
    title.value = 'Parking at the London office';
    title.dispatchEvent(new Event('input'));
    document.querySelector<HTMLFormElement>('#new-article-form')!.requestSubmit();

    const request = http.expectOne((candidate) => candidate.url === LIST && candidate.method === 'POST');
    expect(request.request.body).toEqual({ title: 'Parking at the London office', language: 'en' });
    request.flush({ slug: 'parking-at-the-london-office', language: 'en' }, { status: 201, statusText: 'Created' });
    await fixture.whenStable();
    expect(router.navigate).toHaveBeenCalledWith(['/hr/handbook', 'parking-at-the-london-office'], { queryParams: { language: 'en' } });
    for (let attempt = 0; attempt < 50 && (await documentLoader.getAllHarnesses(MatDialogHarness)).length; attempt++)
      await new Promise((resolve) => setTimeout(resolve, 10));
    expect((await documentLoader.getAllHarnesses(MatDialogHarness)).length).toBe(0);
  });
});

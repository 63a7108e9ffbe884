import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { MatTabGroupHarness } from '@angular/material/tabs/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { provideState, Store } from '@ngrx/store';

import { appInitialized, appTestProviders, signIn } from '../../../../testing/app-test-providers';
import { meWithRoles } from '../../../../testing/me.fixture';
import { ArticleListActions } from '../article-list/state/article-list.actions';
import { articleListFeature } from '../article-list/state/article-list.feature';
import { provideWorkspaceIcons } from '../../../../core/icons/workspace-icons';
import { ReportsPage } from './reports-page';

describe('ReportsPage', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<ReportsPage>;
  let element: HTMLElement;

  beforeEach(async () => {
    TestBed.configureTestingModule({ providers: [...appTestProviders(), provideWorkspaceIcons(), provideState(articleListFeature)] });
    await appInitialized();
    signIn(meWithRoles('hr_admin'));
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(ReportsPage);
    fixture.detectChanges();
    http.expectOne('/api/handbook/reports/feedback?lang=en').flush({
      articles: [
        { slug: 'payslips', title: 'Payslips', helpful: 9, notHelpful: 1, comments: [] },
        {
          slug: 'expenses',
          title: 'Expenses',
          helpful: 2,
          notHelpful: 7,
          comments: [{ helpful: false, comment: 'Which form do I use for taxis?', language: 'en', at: '2026-11-02T10:00:00.000Z' }],
        },
      ],
    });
    http.expectOne('/api/handbook/reports/gaps').flush({
      since: '2026-08-25T00:00:00.000Z',
      searches: 1234,
      topQueries: [{ query: 'vacation', count: 300 }],
      noResults: [{ query: 'parking', count: 12 }],
      nothingOpened: [{ query: 'bonus', count: 5 }],
    });
    await fixture.whenStable();
    element = fixture.nativeElement as HTMLElement;
  });

  it('lists the least helpful articles first, with readers’ comments', () => {
    const report = element.querySelector('[data-testid="feedback-report"]')!;
    const titles = Array.from(report.querySelectorAll('h2'), (heading) => heading.textContent?.trim());
    expect(titles).toEqual(['Expenses', 'Payslips']);
    expect(report.querySelector('[data-testid="feedback-comment-text"]')?.textContent).toBe('Which form do I use for taxis?');
    expect(report.textContent).toContain('Not helpful: 7');
  });

  it('turns a search with no result into a draft article in the reader’s language', async () => {
    const tabs = await TestbedHarnessEnvironment.loader(fixture).getHarness(MatTabGroupHarness);
    await tabs.selectTab({ label: 'What people could not find' });
    // The tab's content is attached once the switch animates.
    let noResults: Element | null = null;
    for (let attempt = 0; attempt < 100 && !noResults; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 10));
      noResults = element.querySelector('[data-testid="gaps-no-results"]');
    }
    if (!noResults) fail('the no-results list never appeared');
    expect(noResults!.textContent).toContain('parking');
    expect(element.textContent).toContain('1,234 searches since');

    const store = TestBed.inject(Store);
    spyOn(store, 'dispatch').and.callThrough();
    noResults!.querySelector('button')!.click();
    expect(store.dispatch).toHaveBeenCalledWith(ArticleListActions.newDraftRequested({ draft: { title: 'parking', language: 'en', fromQuery: 'parking' } }));
  });
});

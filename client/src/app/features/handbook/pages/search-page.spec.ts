import { TestBed } from '@angular/core/testing';
import { RouterTestingHarness } from '@angular/router/testing';

import { appInitialized, appTestProviders, signIn } from '../../../testing/app-test-providers';
import { requestTo } from '../../../testing/eventually';
import { meWithRoles } from '../../../testing/me.fixture';
import { searchResult } from '../handbook.fixture';

/** Waits for what the page does after rendering (moving the focus). */
async function eventually(condition: () => boolean): Promise<boolean> {
  for (let attempt = 0; attempt < 50 && !condition(); attempt++) await new Promise((resolve) => setTimeout(resolve, 10));
  return condition();
}

/** The search request, once the lazily loaded page has made it. */
const searchRequest = () => requestTo('GET', '/api/handbook/search');

describe('SearchPage', () => {
  it('shows 10 results, then more on request, saying how many of how many', async () => {
    TestBed.configureTestingModule({ providers: appTestProviders() });
    await appInitialized();
    signIn(meWithRoles());
    const harness = await RouterTestingHarness.create();
    const navigation = harness.navigateByUrl('/handbook/search?q=leave');
    const first = await searchRequest();
    expect(first.request.params.get('q')).toBe('leave');
    expect(first.request.params.has('limit')).toBeFalse();
    first.flush(searchResult(10, 23));
    await navigation;
    await harness.fixture.whenStable();
    const page = harness.routeNativeElement!;
    expect(page.querySelectorAll('.article-list > li').length).toBe(10);
    expect(page.textContent).toContain('Showing 10 of 23');

    page.querySelector<HTMLButtonElement>('[data-testid="show-more"]')!.click();
    const second = await searchRequest();
    expect(second.request.params.get('limit')).toBe('20');
    second.flush(searchResult(20, 23));
    await harness.fixture.whenStable();
    expect(page.textContent).toContain('Showing 20 of 23');
    // Keyboard users go on from the first new result.
    expect(await eventually(() => document.activeElement?.textContent === 'Article 10'))
      .withContext('focus on the first new result')
      .toBeTrue();

    page.querySelector<HTMLButtonElement>('[data-testid="show-more"]')!.click();
    const third = await searchRequest();
    expect(third.request.params.get('limit')).toBe('30');
    third.flush(searchResult(23, 23));
    await harness.fixture.whenStable();
    expect(page.textContent).toContain('Showing 23 of 23');
    expect(page.querySelector('[data-testid="show-more"]')).toBeNull();
  });
});

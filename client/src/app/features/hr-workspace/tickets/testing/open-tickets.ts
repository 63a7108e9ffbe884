import { HttpTestingController, type TestRequest } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { RouterTestingHarness } from '@angular/router/testing';
import type { Role } from '@portico/shared/auth/auth.schemas';

import { appInitialized, appTestProviders, signIn } from '../../../../testing/app-test-providers';
import { meWithRoles } from '../../../../testing/me.fixture';
import { provideViewportWidth } from '../../../../testing/width-media-matcher';

/** Waits for something the page does after a request or a lazy load. */
export async function eventually<T>(find: () => T | null | undefined | false, what = 'condition'): Promise<T> {
  for (let attempt = 0; attempt < 200; attempt++) {
    const found = find();
    if (found) return found;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`${what}: not met in time`);
}

/** The next request to this address (method and path), once the page has made it. */
export function requestTo(method: string, path: string): Promise<TestRequest> {
  const http = TestBed.inject(HttpTestingController);
  return eventually(() => http.match((request) => request.method === method && request.url === path)[0], `${method} ${path}`);
}

/** The app as a signed-in HR agent (Priya, E10103) sees it, at an address of the help desk, in a window this wide. */
export async function openTickets(url: string, { width = 1280, roles = ['hr_agent'] as Role[] } = {}) {
  TestBed.configureTestingModule({ providers: [...appTestProviders(), provideViewportWidth(width)] });
  await appInitialized();
  const me = meWithRoles(...roles);
  signIn({ ...me, employee: { ...me.employee, employeeNumber: 'E10103', displayName: 'Priya Nair', firstName: 'Priya' } });
  const harness = await RouterTestingHarness.create();
  await harness.navigateByUrl(url);
  await harness.fixture.whenStable();
  return { harness, page: () => harness.routeNativeElement!, http: TestBed.inject(HttpTestingController) };
}

export const byTestId = <T extends Element = HTMLElement>(root: ParentNode, id: string) => root.querySelector<T & Element>(`[data-testid="${id}"]`) as T | null;

export const text = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

export function type(element: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  element.value = value;
  element.dispatchEvent(new Event('input', { bubbles: true }));
}

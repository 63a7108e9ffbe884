import { HttpTestingController, type TestRequest } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { RouterTestingHarness } from '@angular/router/testing';

import { appInitialized, appTestProviders, signIn } from '../../testing/app-test-providers';
import { meWithRoles } from '../../testing/me.fixture';

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

/** The app as signed in Emma sees it, at an address of the help desk. */
export async function openHelp(url: string) {
  TestBed.configureTestingModule({ providers: appTestProviders() });
  await appInitialized();
  signIn(meWithRoles());
  const harness = await RouterTestingHarness.create();
  await harness.navigateByUrl(url);
  await harness.fixture.whenStable();
  return { harness, page: () => harness.routeNativeElement!, http: TestBed.inject(HttpTestingController) };
}

export function type(element: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement, value: string): void {
  element.value = value;
  element.dispatchEvent(new Event(element instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
}

export const byTestId = <T extends Element = HTMLElement>(root: ParentNode, id: string) => root.querySelector<T & Element>(`[data-testid="${id}"]`) as T | null;

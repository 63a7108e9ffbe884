import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { RouterTestingHarness } from '@angular/router/testing';

import { appInitialized, appTestProviders, signIn } from '../../../testing/app-test-providers';
import { meWithRoles } from '../../../testing/me.fixture';

export { byTestId, eventually, requestTo } from '../conversation/testing';

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

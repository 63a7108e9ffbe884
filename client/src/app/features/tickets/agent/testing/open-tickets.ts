import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { RouterTestingHarness } from '@angular/router/testing';
import type { Role } from '@portico/shared/auth/auth.schemas';

import { appInitialized, appTestProviders, signIn } from '../../../../testing/app-test-providers';
import { meWithRoles } from '../../../../testing/me.fixture';
import { provideViewportWidth } from '../../../../testing/width-media-matcher';

export { byTestId, eventually, requestTo } from '../../conversation/testing';

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

export const text = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

export function type(element: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  element.value = value;
  element.dispatchEvent(new Event('input', { bubbles: true }));
}

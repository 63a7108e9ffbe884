import { HttpTestingController } from '@angular/common/http/testing';
import type { Type } from '@angular/core';
import { TestBed, type ComponentFixture } from '@angular/core/testing';

import { appInitialized, appTestProviders, signIn } from '../../../testing/app-test-providers';
import { meWithRoles } from '../../../testing/me.fixture';
import { provideWorkspaceIcons } from '../../../core/icons/workspace-icons';
import { provideHelpDeskSettingsIcons } from './help-desk-settings-icons';

/** An element's words, white space folded. */
export const text = (element: Element | null) => element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/**
 * A help desk settings page as an HR admin sees it, for the specs: created with its inputs,
 * started (it asks for what it edits), its loading requests answered by `answer`, and stable.
 */
export async function openSettingsPage<T>(
  page: Type<T>,
  answer: (http: HttpTestingController, fixture: ComponentFixture<T>) => void,
  inputs: Record<string, unknown> = {},
) {
  TestBed.configureTestingModule({ providers: [...appTestProviders(), provideWorkspaceIcons(), provideHelpDeskSettingsIcons()] });
  await appInitialized();
  signIn(meWithRoles('hr_admin'));
  const http = TestBed.inject(HttpTestingController);
  const fixture = TestBed.createComponent(page);
  for (const [name, value] of Object.entries(inputs)) fixture.componentRef.setInput(name, value);
  fixture.detectChanges();
  answer(http, fixture);
  await fixture.whenStable();
  return { http, fixture, element: fixture.nativeElement as HTMLElement };
}

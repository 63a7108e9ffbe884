import { TestBed } from '@angular/core/testing';
import type { Role } from '@portico/shared/auth/auth.schemas';

import { appInitialized, appTestProviders, signIn } from '../../../testing/app-test-providers';
import { meWithRoles } from '../../../testing/me.fixture';
import { provideWorkspaceIcons } from '../../../core/icons/workspace-icons';
import { HrLandingPage } from './hr-landing-page';

async function sections(...roles: Role[]) {
  TestBed.configureTestingModule({ providers: [...appTestProviders(), provideWorkspaceIcons()] });
  await appInitialized();
  signIn(meWithRoles(...roles));
  const fixture = TestBed.createComponent(HrLandingPage);
  await fixture.whenStable();
  const element = fixture.nativeElement as HTMLElement;
  return Array.from(element.querySelectorAll('a .title'), (title) => title.textContent?.trim());
}

describe('HrLandingPage', () => {
  it('offers an HR admin every section', async () => {
    expect(await sections('hr_admin')).toEqual([
      'Help desk queue',
      'Handbook articles',
      'Policy acknowledgements',
      'Handbook reports',
      'Help desk reports',
      'Search synonyms',
      'People',
      'Who approves personal data changes',
      'Help desk settings',
    ]);
  });

  it('offers an HR agent the help desk queue, the people pages and nothing they could not open', async () => {
    expect(await sections('hr_agent')).toEqual(['Help desk queue', 'People']);
  });

  it('offers a handbook editor the handbook and its synonyms, and no help desk page', async () => {
    expect(await sections('handbook_editor')).toEqual(['Handbook articles', 'Search synonyms']);
  });
});

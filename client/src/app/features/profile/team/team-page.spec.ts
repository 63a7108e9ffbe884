import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { Team } from '@portico/shared/profile/profile.schemas';

import { LanguageService } from '../../../core/i18n/language.service';
import { appInitialized, appTestProviders, signIn } from '../../../testing/app-test-providers';
import { meWithRoles } from '../../../testing/me.fixture';
import { TeamPage } from './team-page';

const team: Team = {
  members: [
    {
      id: 'E10101',
      name: 'Emma López',
      jobTitle: 'Software Engineer',
      department: 'Engineering',
      location: 'Madrid',
      workEmail: 'emma.lopez@lumenworks.example',
      workPhone: '+34935508667',
      startDate: '2019-06-02',
      status: 'active',
      waiting: [{ id: 'E10101:3', fields: ['homeAddress'], createdAt: '2026-12-06T09:00:00.000Z' }],
    },
    {
      id: 'E10110',
      name: 'Amos Bruen',
      jobTitle: 'Software Engineer',
      department: 'Engineering',
      location: 'London',
      workEmail: 'amos.bruen@lumenworks.example',
      workPhone: null,
      startDate: '2025-07-11',
      status: 'active',
      waiting: [],
    },
  ],
};

describe('TeamPage', () => {
  let fixture: ComponentFixture<TeamPage>;
  let element: HTMLElement;

  async function render(data: Team = team) {
    TestBed.configureTestingModule({ providers: [...appTestProviders(), provideRouter([])] });
    await appInitialized();
    signIn(meWithRoles('manager'));
    const http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(TeamPage);
    element = fixture.nativeElement as HTMLElement;
    fixture.detectChanges();
    http.expectOne('/api/profile/team').flush(data);
    await fixture.whenStable();
    fixture.detectChanges();
  }

  const members = () => Array.from(element.querySelectorAll('[data-testid="team-member"]'), (item) => item.textContent!.replace(/\s+/g, ' ').trim());

  afterEach(() => TestBed.inject(LanguageService).use('en'));

  it('lists each report with work facts, and what of theirs waits for the manager', async () => {
    await render();
    expect(members().length).toBe(2);
    expect(members()[0]).toContain('Software Engineer · Engineering · Madrid');
    expect(members()[0]).toContain('emma.lopez@lumenworks.example');
    expect(members()[0]).toContain('Jun 2, 2019');
    expect(element.querySelector('[data-testid="team-waiting"]')?.textContent).toContain('Changes waiting for you: 1');
    expect(members()[1]).not.toContain('Work phone');
  });

  it('speaks Spanish and says when nobody reports to the manager', async () => {
    await render({ members: [] });
    await TestBed.inject(LanguageService).use('es');
    fixture.detectChanges();
    expect(element.textContent).toContain('En el directorio nadie depende de ti.');
  });
});

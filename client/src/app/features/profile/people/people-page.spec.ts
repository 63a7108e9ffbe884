import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { provideRouter } from '@angular/router';

import { appInitialized, appTestProviders, signIn } from '../../../testing/app-test-providers';
import { meWithRoles } from '../../../testing/me.fixture';
import { PeoplePage } from './people-page';

describe('PeoplePage', () => {
  let fixture: ComponentFixture<PeoplePage>;
  let http: HttpTestingController;
  let element: HTMLElement;

  beforeEach(async () => {
    TestBed.configureTestingModule({ providers: [...appTestProviders(), provideRouter([])] });
    await appInitialized();
    signIn(meWithRoles('hr_agent'));
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(PeoplePage);
    element = fixture.nativeElement as HTMLElement;
    fixture.detectChanges();
  });

  function type(value: string) {
    const input = element.querySelector<HTMLInputElement>('[data-testid="people-search"]')!;
    input.value = value;
    input.dispatchEvent(new Event('input'));
  }

  afterEach(() => jasmine.clock().uninstall());

  it('searches once the typing stops, and links each person to their record', () => {
    jasmine.clock().install();
    const tick = (ms: number) => jasmine.clock().tick(ms);
    type('l');
    tick(300);
    http.expectNone((request) => request.url === '/api/profile/people');
    type('lopez');
    tick(100);
    type('lopez e');
    tick(300);
    http
      .expectOne((request) => request.url === '/api/profile/people' && request.params.get('q') === 'lopez e')
      .flush({
        people: [
          {
            id: 'E10101',
            name: 'Emma López',
            jobTitle: 'Software Engineer',
            department: 'Engineering',
            location: 'Madrid',
            workEmail: 'e@x',
            status: 'active',
          },
          { id: 'E10400', name: 'Eva López', jobTitle: 'Designer', department: 'Design', location: 'Madrid', workEmail: 'v@x', status: 'terminated' },
        ],
        more: false,
      });
    fixture.detectChanges();
    const people = Array.from(element.querySelectorAll('[data-testid="person"]'));
    expect(people.map((person) => person.querySelector('a')!.getAttribute('href'))).toEqual(['/E10101', '/E10400']);
    expect(people[1]!.textContent).toContain('Has left');
    expect(element.textContent).toContain('2 found.');
  });
});

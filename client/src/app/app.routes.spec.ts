import { TestBed } from '@angular/core/testing';
import { Title } from '@angular/platform-browser';
import { RouterTestingHarness } from '@angular/router/testing';

import { LanguageService } from './core/i18n/language.service';
import { HttpTestingController } from '@angular/common/http/testing';

import { BrowserNavigation } from './core/navigation/browser-navigation';
import { appInitialized, appTestProviders, signIn, type RecordedNavigation } from './testing/app-test-providers';
import { meWithRoles } from './testing/me.fixture';

/** The request to `url`, once the app has made it (routes load lazily, so not at once). */
async function requestTo(url: string) {
  const http = TestBed.inject(HttpTestingController);
  for (let attempt = 0; attempt < 100; attempt++) {
    const [request] = http.match(url);
    if (request) return request;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`no request to ${url}`);
}

describe('app routes', () => {
  let harness: RouterTestingHarness;

  beforeEach(async () => {
    TestBed.configureTestingModule({ providers: appTestProviders() });
    await appInitialized();
    harness = await RouterTestingHarness.create();
  });

  describe('signed out', () => {
    it('asks the server, then sends the browser to sign in and back to the page it wanted', async () => {
      const navigation = harness.navigateByUrl('/payslips?year=2026');
      (await requestTo('/api/session')).flush({ status: 'signedOut' });
      await navigation;
      const visited = (TestBed.inject(BrowserNavigation) as RecordedNavigation).visited;
      expect(visited).toEqual(['/auth/login?returnTo=%2Fpayslips%3Fyear%3D2026']);
    });

    it('shows the signed-out page without a session', async () => {
      await harness.navigateByUrl('/signed-out');
      (await requestTo('/api/public/hr-contact')).flush({ email: 'people@lumenworks.example', phone: null, hours: null });
      await harness.fixture.whenStable();
      const page = harness.routeNativeElement as HTMLElement;
      expect(page.querySelector('h1')?.textContent).toBe('You have signed out');
      expect(page.querySelector('a[href="/auth/login"]')).not.toBeNull();
      expect(page.querySelector('a[href="mailto:people@lumenworks.example"]')).not.toBeNull();
    });
  });

  it('hides pages a role does not allow: an employee asking for /hr finds no page', async () => {
    signIn(meWithRoles());
    await harness.navigateByUrl('/hr');
    expect((harness.routeNativeElement as HTMLElement).querySelector('h1')?.textContent).toBe('Page not found');
  });

  afterEach(() => TestBed.inject(LanguageService).use('en'));

  for (const [path, name] of [['/payslips', 'Payslips']]) {
    it(`loads ${path} lazily and says plainly that ${name} is not available yet`, async () => {
      signIn(meWithRoles('manager', 'hr_agent'));
      await harness.navigateByUrl(path);
      const text = (harness.routeNativeElement as HTMLElement).textContent;
      expect(text).toContain(`${name} is not available yet.`);
      expect(TestBed.inject(Title).getTitle()).toBe(`${name} · Portico`);
    });
  }

  it('loads /approvals lazily for people who decide', async () => {
    signIn(meWithRoles('manager'));
    await harness.navigateByUrl('/approvals');
    expect((harness.routeNativeElement as HTMLElement).querySelector('h1')?.textContent).toBe('Approvals');
    expect(TestBed.inject(Title).getTitle()).toBe('Approvals · Portico');
  });

  it('loads /my-data lazily: the person\u2019s own record', async () => {
    signIn(meWithRoles());
    await harness.navigateByUrl('/my-data');
    expect((harness.routeNativeElement as HTMLElement).querySelector('h1')?.textContent).toBe('My data');
    expect(TestBed.inject(Title).getTitle()).toBe('My data · Portico');
  });

  it('loads /help lazily: asking HR', async () => {
    signIn(meWithRoles());
    await harness.navigateByUrl('/help');
    expect((harness.routeNativeElement as HTMLElement).querySelector('h1')?.textContent).toBe('Ask HR');
    expect(TestBed.inject(Title).getTitle()).toBe('Ask HR · Portico');
  });

  it('opens the HR workspace for an HR agent, showing only the sections the role allows', async () => {
    signIn(meWithRoles('hr_agent'));
    await harness.navigateByUrl('/hr');
    const page = harness.routeNativeElement as HTMLElement;
    expect(page.querySelector('h1')?.textContent).toBe('HR workspace');
    // An agent answers tickets and reads people's records; authoring, reports and settings belong to HR admins.
    expect(Array.from(page.querySelectorAll('[data-testid^="section-"]')).map((section) => section.getAttribute('data-testid'))).toEqual([
      'section-tickets',
      'section-people',
    ]);
    expect(TestBed.inject(Title).getTitle()).toBe('HR workspace · Portico');
  });

  it("keeps the workspace's handbook authoring from an HR agent without handbook.publish", async () => {
    signIn(meWithRoles('hr_agent'));
    await harness.navigateByUrl('/hr/handbook');
    expect((harness.routeNativeElement as HTMLElement).querySelector('h1')?.textContent).toBe('Page not found');
  });

  it('opens handbook authoring to a handbook editor who is not a help desk agent, and not the queue', async () => {
    signIn(meWithRoles('handbook_editor'));
    await harness.navigateByUrl('/hr');
    const landing = harness.routeNativeElement as HTMLElement;
    expect(Array.from(landing.querySelectorAll('[data-testid^="section-"]'), (section) => section.getAttribute('data-testid'))).toEqual([
      'section-handbook',
      'section-handbook/synonyms',
    ]);
    await harness.navigateByUrl('/hr/handbook');
    expect((harness.routeNativeElement as HTMLElement).querySelector('h1')?.textContent?.trim()).toBe('Handbook articles');
    await harness.navigateByUrl('/hr/tickets');
    expect((harness.routeNativeElement as HTMLElement).querySelector('h1')?.textContent).toBe('Page not found');
  });

  it('opens the queue to an HR agent, and not handbook authoring or the help desk settings', async () => {
    signIn(meWithRoles('hr_agent'));
    await harness.navigateByUrl('/hr/tickets');
    expect((harness.routeNativeElement as HTMLElement).querySelector('h1')?.textContent?.trim()).toBe('Help desk queue');
    for (const url of ['/hr/handbook', '/hr/help-desk/settings', '/hr/reports']) {
      await harness.navigateByUrl(url);
      expect((harness.routeNativeElement as HTMLElement).querySelector('h1')?.textContent)
        .withContext(url)
        .toBe('Page not found');
    }
  });

  it("shows today's date on the home page in the reader's language", async () => {
    signIn(meWithRoles());
    await TestBed.inject(LanguageService).use('es');
    await harness.navigateByUrl('/');
    const text = (harness.routeNativeElement as HTMLElement).textContent ?? '';
    const expected = new Intl.DateTimeFormat('es', { dateStyle: 'full' }).format(new Date()).split(',')[0]!;
    expect(text).toContain('Te damos la bienvenida a Portico');
    expect(text.toLowerCase()).toContain(expected.toLowerCase());
  });

  it('answers an unknown address with a page that leads home', async () => {
    signIn(meWithRoles());
    await harness.navigateByUrl('/no/such/page');
    const page = harness.routeNativeElement as HTMLElement;
    expect(page.querySelector('h1')?.textContent).toBe('Page not found');
    expect(page.querySelector('a')?.getAttribute('href')).toBe('/');
  });
});

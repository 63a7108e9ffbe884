import { TestBed } from '@angular/core/testing';
import { Title } from '@angular/platform-browser';
import { RouterTestingHarness } from '@angular/router/testing';

import { LanguageService } from './core/i18n/language.service';
import { appInitialized, appTestProviders } from './testing/app-test-providers';

describe('app routes', () => {
  let harness: RouterTestingHarness;

  beforeEach(async () => {
    TestBed.configureTestingModule({ providers: appTestProviders() });
    await appInitialized();
    harness = await RouterTestingHarness.create();
  });

  afterEach(() => TestBed.inject(LanguageService).use('en'));

  for (const [path, name] of [
    ['/payslips', 'Payslips'],
    ['/handbook', 'Handbook'],
    ['/my-data', 'My data'],
    ['/help', 'Help'],
    ['/approvals', 'Approvals'],
    ['/hr', 'HR workspace'],
  ]) {
    it(`loads ${path} lazily and says plainly that ${name} is not available yet`, async () => {
      await harness.navigateByUrl(path);
      const text = (harness.routeNativeElement as HTMLElement).textContent;
      expect(text).toContain(`${name} is not available yet.`);
      expect(TestBed.inject(Title).getTitle()).toBe(`${name} · Portico`);
    });
  }

  it("shows today's date on the home page in the reader's language", async () => {
    await TestBed.inject(LanguageService).use('es');
    await harness.navigateByUrl('/');
    const text = (harness.routeNativeElement as HTMLElement).textContent ?? '';
    const expected = new Intl.DateTimeFormat('es', { dateStyle: 'full' }).format(new Date()).split(',')[0]!;
    expect(text).toContain('Te damos la bienvenida a Portico');
    expect(text.toLowerCase()).toContain(expected.toLowerCase());
  });

  it('answers an unknown address with a page that leads home', async () => {
    await harness.navigateByUrl('/no/such/page');
    const page = harness.routeNativeElement as HTMLElement;
    expect(page.querySelector('h1')?.textContent).toBe('Page not found');
    expect(page.querySelector('a')?.getAttribute('href')).toBe('/');
  });
});

import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatNavListHarness } from '@angular/material/list/testing';
import { MatMenuHarness } from '@angular/material/menu/testing';
import { MatSidenavHarness } from '@angular/material/sidenav/testing';

import { appInitialized, appTestProviders, signIn } from '../../testing/app-test-providers';
import { eventually } from '../../testing/eventually';
import { meWithRoles } from '../../testing/me.fixture';
import { provideViewportWidth } from '../../testing/width-media-matcher';
import { Shell } from './shell';

async function renderShell(width: number, me = meWithRoles('manager', 'hr_agent', 'hr_admin')) {
  TestBed.configureTestingModule({ imports: [Shell], providers: [...appTestProviders(), provideViewportWidth(width)] });
  // The shell defers its search box (@defer), which needs compiling first.
  await TestBed.compileComponents();
  await appInitialized();
  signIn(me);
  const fixture: ComponentFixture<Shell> = TestBed.createComponent(Shell);
  await fixture.whenStable();
  return { fixture, harnesses: TestbedHarnessEnvironment.loader(fixture), element: fixture.nativeElement as HTMLElement };
}

const labels = (links: NodeListOf<Element> | Element[]) => Array.from(links, (link) => link.textContent?.trim());

describe('Shell', () => {
  afterEach(() => localStorage.removeItem('portico.language'));

  describe('on a wide screen (1280 px)', () => {
    it('keeps the side navigation open with every destination and no bottom bar', async () => {
      const { harnesses, element } = await renderShell(1280);
      const sidenav = await harnesses.getHarness(MatSidenavHarness);
      expect(await sidenav.isOpen()).toBeTrue();
      expect(await sidenav.getMode()).toBe('side');

      const list = await harnesses.getHarness(MatNavListHarness);
      const items = await list.getItems();
      expect(await Promise.all(items.map((item) => item.getTitle()))).toEqual([
        'Home',
        'Payslips',
        'Handbook',
        'My data',
        'Help',
        'My team',
        'Approvals',
        'HR workspace',
      ]);
      expect(element.querySelector('[data-testid="bottom-navigation"]')).toBeNull();
      expect(element.querySelector('[data-testid="menu-button"]')).toBeNull();
    });
  });

  describe('on a phone (360 px)', () => {
    it('shows a bottom bar with the main destinations and hides the rest behind the menu', async () => {
      const { fixture, harnesses, element } = await renderShell(360);
      const bottomBar = element.querySelector('[data-testid="bottom-navigation"]')!;
      expect(labels(bottomBar.querySelectorAll('a'))).toEqual(['Home', 'Payslips', 'Handbook', 'Help']);

      const sidenav = await harnesses.getHarness(MatSidenavHarness);
      expect(await sidenav.getMode()).toBe('over');
      expect(await sidenav.isOpen()).toBeFalse();

      const menu = await harnesses.getHarness(MatButtonHarness.with({ selector: '[data-testid="menu-button"]' }));
      expect(await (await menu.host()).getAttribute('aria-expanded')).toBe('false');
      await menu.click();
      await fixture.whenStable();
      expect(await sidenav.isOpen()).toBeTrue();
      const items = await (await harnesses.getHarness(MatNavListHarness)).getItems();
      expect(items.length).toBe(8);
    });
  });

  it("shows only the destinations a person's role allows", async () => {
    const { harnesses } = await renderShell(1280, meWithRoles());
    const items = await (await harnesses.getHarness(MatNavListHarness)).getItems();
    expect(await Promise.all(items.map((item) => item.getTitle()))).toEqual(['Home', 'Payslips', 'Handbook', 'My data', 'Help']);
  });

  it('offers a user menu with the name, the roles and sign-out', async () => {
    const { harnesses } = await renderShell(1280, meWithRoles('manager'));
    const menu = await harnesses.getHarness(MatMenuHarness.with({ selector: '[data-testid="user-menu-button"]' }));
    expect(await (await menu.host()).getAttribute('aria-label')).toBe('Account menu for Emma López');
    await menu.open();
    const panel = document.querySelector('.mat-mdc-menu-panel')!.textContent!;
    expect(panel).toContain('Emma López');
    expect(panel).toContain('Employee');
    expect(panel).toContain('Manager');
    expect((await menu.getItems()).length).toBe(1);
    expect(await (await menu.getItems())[0]!.getText()).toContain('Sign out');
  });

  it('switches the interface to Spanish from the language menu and remembers the choice', async () => {
    const { fixture, harnesses, element } = await renderShell(1280);
    const menu = await harnesses.getHarness(MatMenuHarness.with({ selector: '[data-testid="language-button"]' }));
    await menu.clickItem({ text: 'Español' });
    await fixture.whenStable();

    expect(labels(element.querySelectorAll('[data-testid="side-navigation"] [matListItemTitle]'))).toContain('Nóminas');
    expect(document.documentElement.lang).toBe('es');
    expect(localStorage.getItem('portico.language')).toBe('es');
  });

  describe('Talk to HR', () => {
    afterEach(() => document.querySelectorAll('.cdk-overlay-container').forEach((overlay) => (overlay.innerHTML = '')));

    it('sits in the top bar with its name on a wide screen and opens a dialog that Escape closes', async () => {
      const { fixture, element } = await renderShell(1280, meWithRoles());
      const button = element.querySelector<HTMLButtonElement>('[data-testid="talk-to-hr"]')!;
      expect(button.textContent!.trim()).toBe('Talk to HR');
      button.click();
      const panel = await eventually(() => document.querySelector('[data-testid="talk-to-hr-panel"]'));
      TestBed.inject(HttpTestingController).expectOne('/api/public/hr-contact').flush({ email: 'people@lumenworks.example', phone: null, hours: null });
      await fixture.whenStable();
      const dialog = panel.closest('[role="dialog"]')!;
      expect(dialog.getAttribute('aria-labelledby')).toBe('talk-to-hr-title');
      expect(document.getElementById('talk-to-hr-title')!.textContent).toContain('Talk to HR');
      expect(panel.textContent).toContain('people@lumenworks.example');

      dialog.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', keyCode: 27, bubbles: true }));
      await eventually(() => !document.querySelector('[data-testid="talk-to-hr-panel"]'));
    });

    it('is an icon with a name on a phone, opening a bottom sheet', async () => {
      const { element } = await renderShell(360, meWithRoles());
      const button = element.querySelector<HTMLButtonElement>('[data-testid="talk-to-hr"]')!;
      expect(button.getAttribute('aria-label')).toBe('Talk to HR');
      expect(button.textContent!.trim()).toBe('');
      button.click();
      const panel = await eventually(() => document.querySelector('[data-testid="talk-to-hr-panel"]'));
      expect(panel.closest('mat-bottom-sheet-container')).not.toBeNull();
      expect(panel.closest('[role="dialog"]')!.getAttribute('aria-label')).toBe('Talk to HR');
    });
  });
});

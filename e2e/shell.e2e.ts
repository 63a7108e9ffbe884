import { expect, expectNoSeriousAccessibilityViolations, signInAs, signInAsEmployee, test } from './fixtures';

const everyDestination = ['Home', 'Payslips', 'Handbook', 'My data', 'Help', 'My team', 'Approvals', 'HR workspace'];

test.describe('on a desktop (1280 px)', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('the home page loads, passes axe, and offers every destination to an HR admin', async ({ page }) => {
    await signInAs(page, 'hrAdmin');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Welcome to Portico');
    await expect(page).toHaveTitle('Home · Portico');
    const navigation = page.getByRole('navigation', { name: 'Main navigation' });
    await expect(navigation.getByRole('link')).toHaveText(everyDestination);
    await expect(navigation.getByRole('link', { name: 'Home' })).toHaveAttribute('aria-current', 'page');
    await expect(page.getByTestId('bottom-navigation')).toHaveCount(0);
    await expectNoSeriousAccessibilityViolations(page);
  });

  test('a deep link survives sign-in, and the navigation moves between pages', async ({ page }) => {
    await signInAs(page, 'employee', '/payslips');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Payslips');
    await expect(page.getByText('Payslips is not available yet.')).toBeVisible();

    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'My data' }).click();
    await expect(page).toHaveURL(/\/my-data$/);
    await expect(page).toHaveTitle('My data · Portico');
    await expectNoSeriousAccessibilityViolations(page);
  });

  test('keyboard users can skip straight to the content', async ({ page }) => {
    await signInAs(page, 'employee');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to main content' });
    await expect(skip).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.locator('main')).toBeFocused();
  });

  test('an unknown address shows a page that leads home', async ({ page }) => {
    await signInAs(page, 'employee', '/no/such/page');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
    await page.getByRole('main').getByRole('link', { name: 'Go to the home page' }).click();
    await expect(page).toHaveURL(/\/$/);
  });
});

test.describe('on a phone (360 px)', () => {
  test.use({ viewport: { width: 360, height: 780 }, isMobile: true, hasTouch: true });

  test('main destinations sit in a bottom bar, the rest in the menu, and the page passes axe', async ({ page }) => {
    await signInAs(page, 'manager');
    const bottomBar = page.getByRole('navigation', { name: 'Quick navigation' });
    await expect(bottomBar.getByRole('link')).toHaveText(['Home', 'Payslips', 'Handbook', 'Help']);
    await expectNoSeriousAccessibilityViolations(page);

    // Nothing may be wider than the screen.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

    const menu = page.getByRole('button', { name: 'Open navigation' });
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
    await menu.click();
    const drawer = page.getByRole('navigation', { name: 'Main navigation' });
    await expect(drawer.getByRole('link')).toHaveText(['Home', 'Payslips', 'Handbook', 'My data', 'Help', 'My team', 'Approvals']);
    await drawer.getByRole('link', { name: 'Approvals' }).click();
    await expect(page).toHaveURL(/\/approvals$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Approvals');
    await expect(drawer).toBeHidden();
  });
});

test.describe('in Spanish', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('the language menu switches the interface, and the choice survives a reload', async ({ page }) => {
    await signInAsEmployee(page, 'E10300');
    await page.getByRole('button', { name: /Choose language/ }).click();
    await page.getByRole('menuitemradio', { name: 'Español' }).click();

    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Te damos la bienvenida a Portico');
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    await page.reload();
    await expect(page.getByRole('navigation', { name: 'Navegación principal' }).getByRole('link', { name: 'Nóminas' })).toBeVisible();
    await expect(page).toHaveTitle('Inicio · Portico');
    await expectNoSeriousAccessibilityViolations(page);
  });

  test('the language chosen follows the person to another browser', async ({ browser }) => {
    const first = await browser.newContext();
    const firstPage = await first.newPage();
    await signInAsEmployee(firstPage, 'E10301');
    await firstPage.getByRole('button', { name: /Choose language/ }).click();
    await firstPage.getByRole('menuitemradio', { name: 'Español' }).click();
    await expect(firstPage.getByRole('heading', { level: 1 })).toHaveText('Te damos la bienvenida a Portico');
    await first.close();

    const second = await browser.newContext({ locale: 'en-GB' });
    const secondPage = await second.newPage();
    await signInAsEmployee(secondPage, 'E10301');
    await expect(secondPage.getByRole('heading', { level: 1 })).toHaveText('Te damos la bienvenida a Portico');
    await second.close();
  });

  test('a browser that prefers Spanish gets Spanish with Spanish dates from the first page', async ({ browser }) => {
    const context = await browser.newContext({ locale: 'es-MX' });
    const page = await context.newPage();
    await signInAs(page, 'hrAgent');
    const today = new Intl.DateTimeFormat('es-MX', { dateStyle: 'full' }).format(new Date());
    await expect(page.getByText(`Hoy es ${today}.`)).toBeVisible();
    await context.close();
  });
});

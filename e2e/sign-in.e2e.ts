import { expect, expectNoSeriousAccessibilityViolations, signInAs, test, type personas as Personas } from './fixtures';

test.use({ viewport: { width: 1280, height: 800 } });

const allowed: Record<keyof typeof Personas, { destinations: string[]; roles: string }> = {
  employee: { destinations: ['Home', 'Payslips', 'Handbook', 'My data', 'Help'], roles: 'Employee' },
  manager: { destinations: ['Home', 'Payslips', 'Handbook', 'My data', 'Help', 'My team', 'Approvals'], roles: 'Employee, Manager' },
  hrAgent: { destinations: ['Home', 'Payslips', 'Handbook', 'My data', 'Help', 'Approvals', 'HR workspace'], roles: 'Employee, HR agent' },
  hrAdmin: {
    destinations: ['Home', 'Payslips', 'Handbook', 'My data', 'Help', 'My team', 'Approvals', 'HR workspace'],
    roles: 'Employee, Manager, HR agent, HR admin',
  },
};

for (const [persona, expected] of Object.entries(allowed) as [keyof typeof Personas, (typeof allowed)[keyof typeof Personas]][]) {
  test(`${persona} signs in through the development IdP and sees the navigation the role allows`, async ({ page }) => {
    await signInAs(page, persona);
    await expect(page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link')).toHaveText(expected.destinations);
    await page.getByTestId('user-menu-button').click();
    await expect(page.getByRole('menu')).toContainText(`Roles: ${expected.roles}`);
  });
}

test('an employee who types the HR workspace address finds no page there', async ({ page }) => {
  await signInAs(page, 'employee', '/hr');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
});

test('sign-out ends the session through single logout and offers to sign in again', async ({ page }) => {
  await signInAs(page, 'employee', '/payslips');
  await page.getByTestId('user-menu-button').click();
  await page.getByRole('menuitem', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/signed-out$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('You have signed out');
  await expect(page.getByRole('link', { name: 'people@lumenworks.example' })).toBeVisible();
  await expectNoSeriousAccessibilityViolations(page);

  // The session is gone: asking for a page goes back to the IdP.
  await page.goto('/payslips');
  await expect(page).toHaveURL(/\/dev-idp\/sso/);
});

test.describe('not in the HR directory', () => {
  test.use({ expectedConsoleErrors: [/status of 403/] });

  test('someone the IdP knows but HR does not sees how to reach HR', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('button', { name: /Val Visitor/ }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('You are not in the HR directory');
    await expect(page.getByRole('link', { name: 'people@lumenworks.example' })).toBeVisible();
    await expectNoSeriousAccessibilityViolations(page);
  });
});

import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { MatExpansionPanelHarness } from '@angular/material/expansion/testing';
import { MatSnackBarHarness } from '@angular/material/snack-bar/testing';
import type { Role } from '@portico/shared/auth/auth.schemas';

import { appInitialized, appTestProviders, signIn } from '../../../../testing/app-test-providers';
import { meWithRoles } from '../../../../testing/me.fixture';
import { policyCompletion } from '../../testing/manage-fixtures';
import { provideWorkspaceIcons } from '../../../../core/icons/workspace-icons';
import { PolicyCompletionPage } from './policy-completion-page';

describe('PolicyCompletionPage', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<PolicyCompletionPage>;
  let element: HTMLElement;

  async function open(...roles: Role[]) {
    TestBed.configureTestingModule({ providers: [...appTestProviders(), provideWorkspaceIcons()] });
    await appInitialized();
    signIn(meWithRoles(...roles));
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(PolicyCompletionPage);
    // Not whenStable: the page is not stable until the request it waits for is answered.
    fixture.detectChanges();
    http.expectOne('/api/handbook/policies/completion').flush({
      policies: [
        policyCompletion(),
        policyCompletion({ slug: 'it-security', title: 'IT security', acknowledged: 0, total: 0, byDepartment: [], byLocation: [] }),
      ],
    });
    await fixture.whenStable();
    element = fixture.nativeElement as HTMLElement;
  }

  it('shows each policy with its acknowledged count, percentage and progress bar', async () => {
    await open('hr_admin');
    expect(element.querySelector('[data-testid="completion-code-of-conduct"]')?.textContent).toBe('150');
    const policy = element.querySelector('[data-testid="policy-code-of-conduct"]')!;
    expect(policy.textContent).toContain('75%');
    expect(policy.textContent).toContain('of 200 acknowledged');
    expect(policy.querySelector('mat-progress-bar')?.getAttribute('aria-valuenow')).toBe('75');
    expect(element.querySelector('[data-testid="policy-it-security"]')?.textContent).toContain('0%');
  });

  it('breaks the figures down by department and location when expanded', async () => {
    await open('hr_admin');
    const [panel] = await TestbedHarnessEnvironment.loader(fixture).getAllHarnesses(MatExpansionPanelHarness);
    await panel!.expand();
    const text = await panel!.getTextContent();
    expect(text).toContain('Engineering');
    expect(text).toContain('45 / 60');
    expect(text).toContain('25%'); // Sales: 10 of 40
    expect(text).toContain('Madrid');
  });

  it('sends reminders and says how many people were reminded', async () => {
    await open('hr_admin');
    element.querySelector<HTMLButtonElement>('[data-testid="send-reminders-code-of-conduct"]')!.click();
    const request = http.expectOne('/api/handbook/policies/code-of-conduct/reminders');
    expect(request.request.method).toBe('POST');
    request.flush({ sent: 50 });
    await fixture.whenStable();
    const snackBar = await TestbedHarnessEnvironment.documentRootLoader(fixture).getHarness(MatSnackBarHarness);
    expect(await snackBar.getMessage()).toBe('Reminders sent to 50 people.');
  });

  it('does not offer reminders to someone who may read reports but not publish', async () => {
    TestBed.configureTestingModule({ providers: [...appTestProviders(), provideWorkspaceIcons()] });
    await appInitialized();
    const me = meWithRoles('hr_agent');
    signIn({ ...me, actions: [...me.actions, 'reports.read'] });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(PolicyCompletionPage);
    // Not whenStable: the page is not stable until the request it waits for is answered.
    fixture.detectChanges();
    http.expectOne('/api/handbook/policies/completion').flush({ policies: [policyCompletion()] });
    await fixture.whenStable();
    element = fixture.nativeElement as HTMLElement;
    expect(element.querySelector('[data-testid="completion-code-of-conduct"]')?.textContent).toBe('150');
    expect(element.querySelector('[data-testid="send-reminders-code-of-conduct"]')).toBeNull();
  });
});

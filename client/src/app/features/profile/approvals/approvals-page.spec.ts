import { HttpTestingController } from '@angular/common/http/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatCheckboxHarness } from '@angular/material/checkbox/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import type { ApprovalItem, Inbox } from '@portico/shared/profile/profile.schemas';

import { appInitialized, appTestProviders, signIn } from '../../../testing/app-test-providers';
import { meWithRoles } from '../../../testing/me.fixture';
import { ApprovalsPage } from './approvals-page';

const INBOX = '/api/profile/approvals';

const move: ApprovalItem = {
  id: 'E10101:1',
  employee: { id: 'E10101', name: 'Emma López', jobTitle: 'Software Engineer' },
  route: 'manager',
  fields: [
    {
      field: 'homeAddress',
      before: { country: 'ES', line1: 'Calle Mayor 1', line2: '', city: 'Madrid', region: '', postalCode: '28013' },
      after: { country: 'ES', line1: 'Calle de Alcalá 120', line2: '', city: 'Madrid', region: '', postalCode: '28009' },
      current: { country: 'ES', line1: 'Calle Menor 2', line2: '', city: 'Madrid', region: '', postalCode: '28013' },
      conflict: true,
    },
  ],
  createdAt: '2026-12-01T09:00:00.000Z',
  effectiveDate: null,
  onBehalfOf: null,
  escalated: false,
  sharedAccountWith: [],
  document: null,
};
const account: ApprovalItem = {
  ...move,
  id: 'E10250:1',
  employee: { id: 'E10250', name: 'Tom Baker', jobTitle: 'Account Executive' },
  route: 'hr',
  fields: [
    { field: 'bankAccount', before: null, after: { scheme: 'iban', holder: 'Tom Baker', iban: 'GB33BUKB20201555555555' }, current: null, conflict: false },
  ],
  sharedAccountWith: [{ id: 'E10300', name: 'Ana Ruiz' }],
};

describe('ApprovalsPage', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<ApprovalsPage>;
  let element: HTMLElement;

  async function render(inbox: Inbox = { items: [move, account], more: false, delegatedBy: [] }) {
    TestBed.configureTestingModule({ providers: appTestProviders() });
    await appInitialized();
    signIn(meWithRoles('manager', 'hr_agent'));
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(ApprovalsPage);
    element = fixture.nativeElement as HTMLElement;
    fixture.detectChanges();
    http.expectOne(INBOX).flush(inbox);
    http.expectOne('/api/profile/me/delegation').flush(null);
    await fixture.whenStable();
    return TestbedHarnessEnvironment.loader(fixture);
  }

  const text = (selector: string) => element.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

  it('shows each request with before and after, what changed meanwhile and a shared account', async () => {
    await render();
    const item = text('[data-testid="approval-E10101:1"]');
    expect(item).toContain('Emma López');
    expect(item).toContain('Before Calle Mayor 1, 28013 Madrid, Spain');
    expect(item).toContain('After Calle de Alcalá 120, 28009 Madrid, Spain');
    expect(text('[data-testid="approval-E10101:1"] [data-testid="conflict"]')).toContain('The record now says: Calle Menor 2');
    expect(text('[data-testid="approval-E10250:1"]')).toContain('GB33 BUKB 2020 1555 5555 55');
    expect(text('[data-testid="shared-account"]')).toBe('Careful: this bank account is already used by Ana Ruiz.');
  });

  it('approves one, and asks for a reason before rejecting one', async () => {
    const loader = await render();
    const [approve] = await loader.getAllHarnesses(MatButtonHarness.with({ text: 'Approve' }));
    await approve!.click();
    const decision = http.expectOne({ method: 'POST', url: '/api/profile/approvals/E10101%3A1/decision' });
    expect(decision.request.body).toEqual({ outcome: 'approved' });
    decision.flush({ id: 'E10101:1', state: 'applied', problem: null });
    http.expectOne(INBOX).flush({ items: [account], more: false, delegatedBy: [] });
    http.expectOne('/api/profile/me/delegation').flush(null);
    await fixture.whenStable();
    expect(element.querySelector('[data-testid="approval-E10101:1"]')).toBeNull();

    await (await loader.getHarness(MatButtonHarness.with({ text: 'Reject' }))).click();
    const confirm = await loader.getHarness(MatButtonHarness.with({ text: 'Reject with this reason' }));
    expect(await confirm.isDisabled()).toBeTrue();
    await (await loader.getHarness(MatInputHarness.with({ selector: '[data-testid="reject-reason"]' }))).setValue('Please use your own account.');
    await confirm.click();
    expect(http.expectOne({ method: 'POST', url: '/api/profile/approvals/E10250%3A1/decision' }).request.body).toEqual({
      outcome: 'rejected',
      reason: 'Please use your own account.',
    });
  });

  it('decides the selected ones at once and says which were not decided', async () => {
    const loader = await render();
    await (await loader.getHarness(MatCheckboxHarness.with({ label: 'Select all shown' }))).check();
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Approve 2' }))).click();
    const bulk = http.expectOne({ method: 'POST', url: '/api/profile/approvals/decisions' });
    expect(bulk.request.body).toEqual({ ids: ['E10101:1', 'E10250:1'], outcome: 'approved' });
    bulk.flush({
      results: [
        { id: 'E10101:1', state: 'applied', problem: null },
        { id: 'E10250:1', state: null, problem: 'already_decided' },
      ],
    });
    http.expectOne(INBOX).flush({ items: [account], more: false, delegatedBy: [] });
    http.expectOne('/api/profile/me/delegation').flush(null);
    await fixture.whenStable();
    expect(text('[data-testid="approval-E10250:1"] .problem')).toBe('Someone has already decided this request.');
  });

  it('says plainly when nothing waits', async () => {
    await render({ items: [], more: false, delegatedBy: [] });
    expect(text('[data-testid="inbox-empty"]')).toContain('Nothing waits for you.');
  });
});

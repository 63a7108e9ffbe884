import { HttpTestingController } from '@angular/common/http/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatSelectHarness } from '@angular/material/select/testing';
import { defaultFieldPolicy, type FieldPolicySettings } from '@portico/shared/profile/profile.schemas';

import { appInitialized, appTestProviders, signIn } from '../../../testing/app-test-providers';
import { meWithRoles } from '../../../testing/me.fixture';
import { FieldPolicyPage } from './field-policy-page';

const POLICY = '/api/profile/field-policy';

describe('FieldPolicyPage', () => {
  it('changes who approves a field, saves the whole policy, and asks before leaving unsaved changes', async () => {
    TestBed.configureTestingModule({ providers: appTestProviders() });
    await appInitialized();
    signIn(meWithRoles('hr_admin'));
    const http = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(FieldPolicyPage);
    fixture.detectChanges();
    const settings: FieldPolicySettings = { policy: { ...defaultFieldPolicy }, defaults: { ...defaultFieldPolicy }, updatedAt: null };
    http.expectOne(POLICY).flush(settings);
    await fixture.whenStable();
    const loader = TestbedHarnessEnvironment.loader(fixture);

    const save = await loader.getHarness(MatButtonHarness.with({ text: 'Save policy' }));
    expect(await save.isDisabled()).toBeTrue();
    const address = await loader.getHarness(MatSelectHarness.with({ selector: '[data-testid="policy-homeAddress"]' }));
    expect(await address.getValueText()).toBe('Their manager approves');
    await address.open();
    await address.clickOptions({ text: 'HR approves' });
    expect(fixture.componentInstance.canLeave()).not.toBeTrue();
    expect((fixture.nativeElement as HTMLElement).textContent).toContain('Default: Their manager approves');

    await save.click();
    const put = http.expectOne({ method: 'PUT', url: POLICY });
    expect(put.request.body).toEqual({ ...defaultFieldPolicy, homeAddress: 'hr' });
    put.flush({ ...settings, policy: { ...defaultFieldPolicy, homeAddress: 'hr' }, updatedAt: '2026-12-07T10:00:00.000Z' });
    await fixture.whenStable();
    expect(fixture.componentInstance.canLeave()).toBeTrue();
  });
});

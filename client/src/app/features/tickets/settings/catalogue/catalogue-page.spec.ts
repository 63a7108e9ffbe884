import { HttpTestingController } from '@angular/common/http/testing';
import type { ComponentFixture } from '@angular/core/testing';

import { catalogue } from './catalogue-fixtures';
import { openSettingsPage, text } from '../settings-testing';
import { CataloguePage } from './catalogue-page';

const MANAGE = '/api/tickets/catalogue/manage';

describe('CataloguePage', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<CataloguePage>;
  let element: HTMLElement;

  beforeEach(async () => {
    ({ http, fixture, element } = await openSettingsPage(CataloguePage, (http) => http.expectOne(MANAGE).flush(catalogue())));
  });

  const byTestId = <T extends HTMLElement>(testId: string) => element.querySelector<T>(`[data-testid="${testId}"]`)!;

  it('lists request types by category with their team, priority, targets and flags, each opening its editor', () => {
    expect(Array.from(element.querySelectorAll('section h3'), text).slice(0, 2)).toEqual(['Pay', 'Conduct']);
    const payroll = byTestId('type-payroll-question');
    expect(text(payroll.querySelector('.details'))).toBe('Payroll · Normal · first response 1 d, resolved in 3 d');
    expect(payroll.querySelector('a')!.getAttribute('href')).toBe('/types/payroll-question');
    expect(Array.from(byTestId('type-report-misconduct').querySelectorAll('.flag'), text)).toEqual(['Confidential', 'Not offered']);
    expect(text(byTestId('type-report-misconduct').querySelector('.details'))).toContain('first response 2 h, resolved in 10 d');
  });

  it('edits a team in place: its names, lead and members; the server\u2019s refusal beside the field', async () => {
    const team = byTestId('team-payroll');
    expect(text(team)).toContain('Led by Priya Nair');
    team.querySelector<HTMLButtonElement>('button')!.click();
    await fixture.whenStable();
    const name = byTestId<HTMLInputElement>('team-name-es');
    name.value = 'Nóminas y pagos';
    name.dispatchEvent(new Event('input'));
    const member = byTestId<HTMLInputElement>('team-member-input');
    member.value = 'e10130';
    member.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', keyCode: 13, bubbles: true }));
    await fixture.whenStable();
    expect(fixture.componentInstance.canLeave()).not.toBeTrue();
    byTestId<HTMLButtonElement>('save-team').click();
    const request = http.expectOne({ method: 'PUT', url: `${MANAGE}/teams/payroll` });
    expect(request.request.body).toEqual({ name: { en: 'Payroll', es: 'Nóminas y pagos' }, leadId: 'E10103', memberIds: ['E10103', 'E10120', 'E10130'] });
    request.flush(
      {
        type: 'about:blank',
        title: 'The request is not valid',
        status: 400,
        code: 'validation_failed',
        errors: [{ path: 'body.memberIds.2', code: 'employee_left', params: { value: 'E10130' }, message: 'E10130 has left the company' }],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await fixture.whenStable();
    expect(text(byTestId('team-editor'))).toContain('E10130 has left the company');

    element.querySelector<HTMLButtonElement>('[data-testid="team-editor"] mat-chip-row:last-of-type button')!.click();
    await fixture.whenStable();
    byTestId<HTMLButtonElement>('save-team').click();
    const saved = catalogue().teams[1]!;
    http.expectOne({ method: 'PUT', url: `${MANAGE}/teams/payroll` }).flush({ ...saved, name: { en: 'Payroll', es: 'Nóminas y pagos' } });
    await fixture.whenStable();
    expect(element.querySelector('[data-testid="team-editor"]')).toBeNull();
    expect(fixture.componentInstance.canLeave()).toBeTrue();
  });

  it('adds a team with a new id, checked before sending', async () => {
    byTestId<HTMLButtonElement>('new-team').click();
    await fixture.whenStable();
    byTestId<HTMLButtonElement>('save-team').click();
    await fixture.whenStable();
    http.expectNone({ method: 'PUT' });
    expect(text(byTestId('team-editor'))).toContain('Use lower-case words joined by hyphens');
    for (const [testId, value] of [
      ['team-id', 'benefits'],
      ['team-name-en', 'Benefits'],
      ['team-name-es', 'Beneficios'],
      ['team-lead', 'e10103'],
    ]) {
      const input = byTestId<HTMLInputElement>(testId);
      input.value = value;
      input.dispatchEvent(new Event('input'));
    }
    await fixture.whenStable();
    byTestId<HTMLButtonElement>('save-team').click();
    const request = http.expectOne({ method: 'PUT', url: `${MANAGE}/teams/benefits` });
    expect(request.request.body).toEqual({ name: { en: 'Benefits', es: 'Beneficios' }, leadId: 'E10103', memberIds: [] });
  });
});

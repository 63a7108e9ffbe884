import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { TranslocoLocaleService } from '@jsverse/transloco-locale';
import type { ContactSchedule, HrContact } from '@portico/shared/settings/hr-contact.schemas';

import { appInitialized, appTestProviders, signIn } from '../../../../testing/app-test-providers';
import { meWithRoles } from '../../../../testing/me.fixture';
import { NOW } from '../clock';
import { TalkToHrPanel } from './talk-to-hr-panel';

const london: ContactSchedule = { timeZone: 'Europe/London', days: [1, 2, 3, 4, 5], hours: { start: '09:00', end: '17:30' }, holidays: [] };
const contact: HrContact = {
  email: 'people@lumenworks.example',
  phone: '+44 20 7946 0321',
  hours: 'Monday to Friday, 9:00–17:30 (London time)',
  office: 'London, 2nd floor',
  schedule: london,
};

async function renderPanel(now: string, details: HrContact | null = contact) {
  TestBed.configureTestingModule({ imports: [TalkToHrPanel], providers: [...appTestProviders(), { provide: NOW, useValue: () => new Date(now) }] });
  await appInitialized();
  signIn(meWithRoles());
  const fixture = TestBed.createComponent(TalkToHrPanel);
  fixture.detectChanges();
  const request = TestBed.inject(HttpTestingController).expectOne('/api/public/hr-contact');
  if (details) request.flush(details);
  else request.flush({ code: 'not_found', title: 'Not found', status: 404, type: 'about:blank' }, { status: 404, statusText: 'Not Found' });
  await fixture.whenStable();
  return fixture.nativeElement as HTMLElement;
}

/** How the reader's locale and time zone write an instant (the pipe's way). */
function local(instant: string, options: Intl.DateTimeFormatOptions): string {
  return new Intl.DateTimeFormat(TestBed.inject(TranslocoLocaleService).getLocale(), options).format(new Date(instant));
}

const text = (element: Element | null) => element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe('TalkToHrPanel', () => {
  it('shows phone, email, office and hours as links where they can be', async () => {
    const panel = await renderPanel('2026-03-03T10:00:00Z');
    expect(panel.querySelector<HTMLAnchorElement>('a[href^="tel:"]')!.getAttribute('href')).toBe('tel:+442079460321');
    expect(panel.querySelector<HTMLAnchorElement>('a[href^="mailto:"]')!.textContent).toContain('people@lumenworks.example');
    const entries = Array.from(panel.querySelectorAll('dt'), (term) => [text(term), text(term.nextElementSibling)]);
    expect(entries).toEqual([
      ['Phone', '+44 20 7946 0321'],
      ['Email', 'people@lumenworks.example'],
      ['Office', 'London, 2nd floor'],
      ['Hours', 'Monday to Friday, 9:00–17:30 (London time)'],
    ]);
  });

  it('says HR is open now, until closing time in the reader\u2019s time', async () => {
    const panel = await renderPanel('2026-03-03T10:00:00Z');
    const status = text(panel.querySelector('[data-testid="hr-opening-status"]'));
    expect(status).toBe(`HR is open now, until ${local('2026-03-03T17:30:00Z', { hour: 'numeric', minute: '2-digit' })} (your time).`);
  });

  it('outside the hours, says when someone will answer', async () => {
    // Friday evening in London: Monday at 09:00 London time.
    const panel = await renderPanel('2026-03-06T19:00:00Z');
    const status = text(panel.querySelector('[data-testid="hr-opening-status"]'));
    const when = local('2026-03-09T09:00:00Z', { weekday: 'long', day: 'numeric', month: 'long', hour: 'numeric', minute: '2-digit' });
    expect(status).toBe(`HR is closed now. Someone will answer from ${when} (your time).`);
  });

  it('makes no claim about opening without a schedule, and still offers to write', async () => {
    const panel = await renderPanel('2026-03-06T19:00:00Z', { ...contact, schedule: null });
    expect(panel.querySelector('[data-testid="hr-opening-status"]')).toBeNull();
    expect(panel.querySelector<HTMLAnchorElement>('[data-testid="write-to-hr"]')!.getAttribute('href')).toBe('/help/new');
  });

  it('when HR has not set its details, says so and still leads to writing to HR', async () => {
    const panel = await renderPanel('2026-03-03T10:00:00Z', null);
    expect(text(panel)).toContain('could not be loaded. You can still write to HR.');
    expect(panel.querySelector('[data-testid="write-to-hr"]')).not.toBeNull();
  });
});

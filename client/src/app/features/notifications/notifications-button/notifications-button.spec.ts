import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { MatMenuHarness } from '@angular/material/menu/testing';
import { Router } from '@angular/router';
import { Store } from '@ngrx/store';

import { appInitialized, appTestProviders } from '../../../testing/app-test-providers';
import { notification, notificationList } from '../notifications.fixture';
import { NotificationsActions } from '../state/notifications.actions';
import { NotificationsButton } from './notifications-button';

async function render() {
  TestBed.configureTestingModule({ imports: [NotificationsButton], providers: appTestProviders() });
  await appInitialized();
  const fixture = TestBed.createComponent(NotificationsButton);
  const element = fixture.nativeElement as HTMLElement;
  const http = TestBed.inject(HttpTestingController);
  const loader = TestbedHarnessEnvironment.loader(fixture);
  const show = async (list = notificationList()) => {
    TestBed.inject(Store).dispatch(NotificationsActions.loaded({ list }));
    await fixture.whenStable();
  };
  /** Opens the menu and answers the refresh it asks for. */
  const open = async (list = notificationList()) => {
    const menu = await loader.getHarness(MatMenuHarness);
    await menu.open();
    http.expectOne('/api/notifications').flush(list);
    await fixture.whenStable();
    return menu;
  };
  return { fixture, element, http, show, open, button: () => element.querySelector<HTMLElement>('[data-testid="notifications-button"]')! };
}

const published = notification('n1', { params: { title: 'Anti-harassment policy', dueAt: '2026-12-15T09:00:00.000Z' } });
const reminder = notification('n2', {
  type: 'policy.reminder',
  params: { title: 'Expenses policy', dueAt: '' },
  link: '/handbook/expenses-policy',
  createdAt: '2026-11-21T09:00:00.000Z',
});
const read = notification('n3', {
  readAt: '2026-11-19T10:00:00.000Z',
  createdAt: '2026-11-18T09:00:00.000Z',
  params: { title: 'Remote work policy', dueAt: '2026-12-01T09:00:00.000Z' },
});

describe('NotificationsButton', () => {
  it('shows the unread count on the badge and in the label', async () => {
    const { element, show, button } = await render();
    await show(notificationList(published, reminder, read));
    expect(element.querySelector('[data-testid="notifications-badge"]')!.textContent!.trim()).toBe('2');
    expect(button().getAttribute('aria-label')).toBe('Notifications, 2 unread');
  });

  it('hides the badge when nothing is unread', async () => {
    const { element, show, button } = await render();
    await show(notificationList(read));
    expect(element.querySelector('[data-testid="notifications-badge"]')).toBeNull();
    expect(element.querySelector('.mat-badge-hidden')).not.toBeNull();
    expect(button().getAttribute('aria-label')).toBe('Notifications');
  });

  it('lists the latest with their message, unread ones marked for the eye and for screen readers', async () => {
    const { show, open } = await render();
    await show(notificationList(published, reminder, read));
    await open(notificationList(published, reminder, read));
    const items = Array.from(document.querySelectorAll<HTMLElement>('[data-testid="notification-item"]'));
    expect(items.length).toBe(3);
    // Newest first: the reminder was created last.
    expect(items[0]!.textContent).toContain('Reminder: please read and acknowledge Expenses policy.');
    expect(items[1]!.textContent).toContain('New policy to read and acknowledge: Anti-harassment policy. Due Dec 15, 2026.');
    expect(items.map((item) => item.classList.contains('unread'))).toEqual([true, true, false]);
    expect(items.map((item) => item.textContent!.includes('Unread: '))).toEqual([true, true, false]);
    expect(items[1]!.getAttribute('href')).toBe('/handbook/anti-harassment-policy');
  });

  it('words help desk notices, and shows only the reference of a confidential one', async () => {
    const { show, open } = await render();
    const replied = notification('t1', {
      type: 'ticket.replied',
      params: { reference: 'HR-2026-00042', title: 'Missing overtime' },
      link: '/help/requests/HR-2026-00042',
    });
    const confidential = notification('t2', {
      type: 'ticket.received',
      params: { reference: 'HR-2026-00043' },
      link: '/help/requests/HR-2026-00043',
      createdAt: '2026-11-17T09:00:00.000Z',
    });
    const breach = notification('t3', {
      type: 'ticket.breach',
      params: { reference: 'HR-2026-00044', title: 'Payslip missing', target: 'first-response' },
      link: '/hr/tickets/HR-2026-00044',
      createdAt: '2026-11-17T08:00:00.000Z',
    });
    const confidentialBreach = notification('t4', {
      type: 'ticket.breach',
      params: { reference: 'HR-2026-00045', target: 'resolution' },
      link: '/hr/tickets/HR-2026-00045',
      createdAt: '2026-11-17T07:00:00.000Z',
    });
    const all = notificationList(replied, confidential, breach, confidentialBreach);
    await show(all);
    await open(all);
    const items = Array.from(document.querySelectorAll<HTMLElement>('[data-testid="notification-item"]'));
    expect(items.map((item) => item.querySelector('.message')!.textContent!.trim())).toEqual([
      'HR replied to your request HR-2026-00042: Missing overtime.',
      'We received your request HR-2026-00043.',
      'HR-2026-00044 has missed its first response target: Payslip missing.',
      'HR-2026-00045 has missed its resolution target.',
    ]);
  });

  it('marks a notification read and goes to its page when it is chosen', async () => {
    const { fixture, element, http, show, open, button } = await render();
    const navigate = spyOn(TestBed.inject(Router), 'navigateByUrl').and.resolveTo(true);
    await show(notificationList(published, read));
    await open(notificationList(published, read));

    document.querySelector<HTMLElement>('[data-testid="notification-item"]')!.click();
    await fixture.whenStable();

    const request = http.expectOne('/api/notifications/n1/read');
    expect(request.request.method).toBe('POST');
    expect(navigate.calls.mostRecent().args[0].toString()).toBe('/handbook/anti-harassment-policy');
    expect(element.querySelector('[data-testid="notifications-badge"]')).toBeNull();
    expect(button().getAttribute('aria-label')).toBe('Notifications');
  });

  it('marks all as read', async () => {
    const { fixture, element, http, show, open } = await render();
    await show(notificationList(published, reminder));
    const menu = await open(notificationList(published, reminder));
    await menu.clickItem({ text: /Mark all as read/ });
    await fixture.whenStable();
    expect(http.expectOne('/api/notifications/read-all').request.method).toBe('POST');
    expect(element.querySelector('[data-testid="notifications-badge"]')).toBeNull();
  });

  it('says so when there is nothing, and offers no "mark all as read"', async () => {
    const { open } = await render();
    const menu = await open();
    const items = await menu.getItems();
    expect(items.length).toBe(1);
    expect(await items[0]!.getText()).toBe('You have no notifications.');
    expect(await items[0]!.isDisabled()).toBeTrue();
  });
});

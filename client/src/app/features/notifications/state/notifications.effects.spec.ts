import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Store } from '@ngrx/store';
import { NEVER, type Observable } from 'rxjs';
import { TestScheduler } from 'rxjs/testing';

import type { SessionStatus } from '../../../core/auth/state/auth.feature';
import { appInitialized, appTestProviders, signIn } from '../../../testing/app-test-providers';
import { meWithRoles } from '../../../testing/me.fixture';
import { notification, notificationList } from '../notifications.fixture';
import { NotificationsActions } from './notifications.actions';
import { poll } from './notifications.effects';
import { notificationsFeature } from './notifications.feature';
import type { PageAttention } from './page-attention';

describe('notifications effects', () => {
  describe('polling', () => {
    let scheduler: TestScheduler;
    const refresh = { r: NotificationsActions.refreshDue() };

    beforeEach(() => (scheduler = new TestScheduler((actual, expected) => expect(actual).toEqual(expected))));

    /** The store as the effect sees it: only the session status matters. */
    const store = (status: Observable<SessionStatus>) => ({ select: () => status }) as unknown as Store;
    const attention = (options: { visible: Observable<boolean>; focused?: Observable<unknown>; active?: boolean }) =>
      ({ visible$: options.visible, focused$: options.focused ?? NEVER, activeWithin: () => options.active ?? true }) as unknown as PageAttention;

    it('refreshes at sign-in, then every minute while the page is on screen', () => {
      scheduler.run(({ cold, expectObservable }) => {
        const effect = poll(store(cold<SessionStatus>('a', { a: 'signedIn' })), attention({ visible: cold('a', { a: true }) }));
        expectObservable(effect, '^ 150s !').toBe('r 59999ms r 59999ms r', refresh);
      });
    });

    it('does not poll a hidden tab, and refreshes as soon as it shows again', () => {
      scheduler.run(({ cold, expectObservable }) => {
        const visible = cold('a 29999ms b 59999ms a', { a: true, b: false });
        const effect = poll(store(cold<SessionStatus>('a', { a: 'signedIn' })), attention({ visible }));
        expectObservable(effect, '^ 160s !').toBe('r 89999ms r 59999ms r', refresh);
      });
    });

    it('refreshes when the window gets the focus back, once when the tab shows at the same time', () => {
      scheduler.run(({ cold, expectObservable }) => {
        const visible = cold('a 29999ms b 59999ms a', { a: true, b: false });
        const focused = cold('90s f 9999ms f', { f: 'focus' });
        const effect = poll(store(cold<SessionStatus>('a', { a: 'signedIn' })), attention({ visible, focused }));
        expectObservable(effect, '^ 120s !').toBe('r 89999ms r 9999ms r', refresh);
      });
    });

    it('stops polling a page nobody uses, so the session can still time out', () => {
      scheduler.run(({ cold, expectObservable }) => {
        const effect = poll(
          store(cold<SessionStatus>('a', { a: 'signedIn' })),
          attention({ visible: cold('a', { a: true }), focused: cold('100s f', { f: 'focus' }), active: false }),
        );
        expectObservable(effect, '^ 200s !').toBe('r 99999ms r', refresh);
      });
    });

    it('polls only while signed in', () => {
      scheduler.run(({ cold, expectObservable }) => {
        const status = cold<SessionStatus>('a 9999ms b 89999ms c', { a: 'checking', b: 'signedIn', c: 'signedOut' });
        const effect = poll(store(status), attention({ visible: cold('a', { a: true }) }));
        expectObservable(effect, '^ 300s !').toBe('10s r 59999ms r', refresh);
      });
    });
  });

  describe('with the API', () => {
    let http: HttpTestingController;
    let store: Store;

    beforeEach(async () => {
      TestBed.configureTestingModule({ providers: appTestProviders() });
      await appInitialized();
      http = TestBed.inject(HttpTestingController);
      store = TestBed.inject(Store);
    });

    it('loads the notifications when the menu opens', () => {
      store.dispatch(NotificationsActions.menuOpened());
      http.expectOne('/api/notifications').flush(notificationList(notification('a'), notification('b', { readAt: '2026-11-21T09:00:00.000Z' })));
      expect(store.selectSignal(notificationsFeature.selectUnread)()).toBe(1);
      expect(store.selectSignal(notificationsFeature.selectLatest)().length).toBe(2);
    });

    it('polls once signed in', async () => {
      signIn(meWithRoles());
      await new Promise((resolve) => setTimeout(resolve));
      http.expectOne('/api/notifications').flush(notificationList(notification('a')));
      expect(store.selectSignal(notificationsFeature.selectUnread)()).toBe(1);
    });

    it('tells the server which notification was read, only if it was unread', () => {
      const unread = notification('policy:x:1:E1');
      store.dispatch(NotificationsActions.notificationOpened({ notification: unread, at: '2026-11-23T10:00:00.000Z' }));
      const request = http.expectOne('/api/notifications/policy%3Ax%3A1%3AE1/read');
      expect(request.request.method).toBe('POST');
      request.flush(null, { status: 204, statusText: 'No Content' });

      store.dispatch(
        NotificationsActions.notificationOpened({ notification: { ...unread, readAt: '2026-11-23T10:00:00.000Z' }, at: '2026-11-23T10:01:00.000Z' }),
      );
      http.expectNone((request) => request.url.endsWith('/read'));
    });

    it('marks all read on the server', () => {
      store.dispatch(NotificationsActions.markAllReadClicked({ at: '2026-11-23T10:00:00.000Z' }));
      const request = http.expectOne('/api/notifications/read-all');
      expect(request.request.method).toBe('POST');
    });

    it('keeps the list when a refresh fails', () => {
      store.dispatch(NotificationsActions.menuOpened());
      http.expectOne('/api/notifications').flush(notificationList(notification('a')));
      store.dispatch(NotificationsActions.refreshDue());
      http.expectOne('/api/notifications').flush({ code: 'unavailable' }, { status: 503, statusText: 'Service Unavailable' });
      expect(
        store
          .selectSignal(notificationsFeature.selectLatest)()
          .map((item) => item.id),
      ).toEqual(['a']);
    });
  });
});

import { AuthActions } from '../../../core/auth/state/auth.actions';
import { NotificationsActions } from './notifications.actions';
import { notificationsFeature, SHOWN_IN_MENU, type NotificationsState } from './notifications.feature';
import { notification, notificationList } from '../notifications.fixture';

const { reducer } = notificationsFeature;
const at = '2026-11-23T10:00:00.000Z';
const rootState = (state: NotificationsState) => ({ [notificationsFeature.name]: state });

function loaded(...items: ReturnType<typeof notification>[]): NotificationsState {
  return reducer(undefined, NotificationsActions.loaded({ list: notificationList(...items) }));
}

describe('notifications reducer', () => {
  it('keeps the server order (newest first) and its unread count', () => {
    const state = loaded(
      notification('old', { createdAt: '2026-11-01T09:00:00.000Z', readAt: '2026-11-02T09:00:00.000Z' }),
      notification('new', { createdAt: '2026-11-20T09:00:00.000Z' }),
    );
    expect(notificationsFeature.selectLatest(rootState(state)).map((item) => item.id)).toEqual(['new', 'old']);
    expect(state.unread).toBe(1);
    expect(state.status).toBe('loaded');
  });

  it(`lists at most ${SHOWN_IN_MENU} in the menu`, () => {
    const many = Array.from({ length: 30 }, (_, index) => notification(`n${index}`, { createdAt: new Date(Date.UTC(2026, 0, index + 1)).toISOString() }));
    expect(notificationsFeature.selectLatest(rootState(loaded(...many))).length).toBe(SHOWN_IN_MENU);
  });

  it('marks an opened notification read at once and counts one fewer unread', () => {
    const unread = notification('a');
    const state = reducer(loaded(unread, notification('b')), NotificationsActions.notificationOpened({ notification: unread, at }));
    expect(state.entities['a']!.readAt).toBe(at);
    expect(state.entities['b']!.readAt).toBeNull();
    expect(state.unread).toBe(1);
  });

  it('changes nothing when an already read notification is opened', () => {
    const read = notification('a', { readAt: '2026-11-21T09:00:00.000Z' });
    const before = loaded(read, notification('b'));
    expect(reducer(before, NotificationsActions.notificationOpened({ notification: read, at }))).toBe(before);
  });

  it('marks everything read', () => {
    const state = reducer(
      loaded(notification('a'), notification('b', { readAt: '2026-11-21T09:00:00.000Z' })),
      NotificationsActions.markAllReadClicked({ at }),
    );
    expect(state.unread).toBe(0);
    expect(state.entities['a']!.readAt).toBe(at);
    expect(state.entities['b']!.readAt).toBe('2026-11-21T09:00:00.000Z');
  });

  it('keeps what it showed when a refresh fails', () => {
    const state = reducer(loaded(notification('a')), NotificationsActions.loadFailed({ status: 503 }));
    expect(state.ids).toEqual(['a']);
    expect(state.status).toBe('loaded');
  });

  it("forgets a person's notifications when the session ends", () => {
    expect(reducer(loaded(notification('a')), AuthActions.signedOut()).ids).toEqual([]);
    expect(reducer(loaded(notification('a')), AuthActions.sessionExpired()).unread).toBe(0);
  });
});

import { createEntityAdapter, type EntityState } from '@ngrx/entity';
import { createFeature, createReducer, createSelector, on } from '@ngrx/store';
import type { Notification } from '@portico/shared/notifications/notifications.schemas';

import { AuthActions } from '../../../core/auth/state/auth.actions';
import { NotificationsActions } from './notifications.actions';

/** The menu lists this many; the server keeps more, and "mark all as read" covers them all. */
export const SHOWN_IN_MENU = 20;

export interface NotificationsState extends EntityState<Notification> {
  /** Unread on the server, which may be more than the ones loaded. */
  unread: number;
  status: 'idle' | 'loading' | 'loaded' | 'failed';
}

const adapter = createEntityAdapter<Notification>({
  sortComparer: (a, b) => b.createdAt.localeCompare(a.createdAt),
});

const initialState: NotificationsState = adapter.getInitialState({ unread: 0, status: 'idle' });

export const notificationsFeature = createFeature({
  name: 'notifications',
  reducer: createReducer(
    initialState,
    on(NotificationsActions.menuOpened, NotificationsActions.refreshDue, (state): NotificationsState =>
      state.status === 'idle' ? { ...state, status: 'loading' } : state,
    ),
    on(NotificationsActions.loaded, (state, { list }): NotificationsState =>
      adapter.setAll(list.notifications, { ...state, unread: list.unread, status: 'loaded' }),
    ),
    // What was shown stays: the next poll tries again.
    on(NotificationsActions.loadFailed, (state): NotificationsState => ({ ...state, status: state.status === 'loaded' ? 'loaded' : 'failed' })),
    // Read at once on screen; if the server missed it, the next poll shows the truth again.
    on(NotificationsActions.notificationOpened, (state, { notification, at }): NotificationsState =>
      notification.readAt ? state : adapter.updateOne({ id: notification.id, changes: { readAt: at } }, { ...state, unread: Math.max(0, state.unread - 1) }),
    ),
    on(NotificationsActions.markAllReadClicked, (state, { at }): NotificationsState =>
      adapter.map((notification) => (notification.readAt ? notification : { ...notification, readAt: at }), { ...state, unread: 0 }),
    ),
    // Nothing of one person's notifications outlives their session in this tab.
    on(AuthActions.signedOut, AuthActions.sessionExpired, (): NotificationsState => initialState),
  ),
  extraSelectors: ({ selectNotificationsState }) => {
    const { selectAll } = adapter.getSelectors(selectNotificationsState);
    return { selectLatest: createSelector(selectAll, (notifications) => notifications.slice(0, SHOWN_IN_MENU)) };
  },
});

import { createActionGroup, emptyProps, props } from '@ngrx/store';
import type { Notification, NotificationList } from '@portico/shared/notifications/notifications.schemas';

export const NotificationsActions = createActionGroup({
  source: 'Notifications',
  events: {
    /** The page is on screen and a poll is due, or the person came back to the tab. */
    'Refresh Due': emptyProps(),
    'Menu Opened': emptyProps(),
    Loaded: props<{ list: NotificationList }>(),
    'Load Failed': props<{ status: number }>(),
    /** `notification` as it was when clicked; `at` is when it was read. */
    'Notification Opened': props<{ notification: Notification; at: string }>(),
    'Mark All Read Clicked': props<{ at: string }>(),
  },
});

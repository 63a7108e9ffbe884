import type { Notification } from '@portico/shared/notifications/notifications.schemas';
import type { StoredNotification } from './notification.model';

/** Exactly what leaves the server of a notification (never its owner's id). */
export function notificationView(notification: StoredNotification): Notification {
  return {
    id: notification._id,
    type: notification.type as Notification['type'],
    params: Object.fromEntries(Object.entries(notification.params ?? {})),
    link: notification.link,
    createdAt: notification.createdAt.toISOString(),
    readAt: notification.readAt?.toISOString() ?? null,
  };
}

import type { Notification, NotificationList } from '@portico/shared/notifications/notifications.schemas';

/** Notifications as GET /api/notifications answers them, newest first. */
export function notification(id: string, overrides: Partial<Notification> = {}): Notification {
  return {
    id,
    type: 'policy.published',
    params: { title: 'Anti-harassment policy', dueAt: '2026-12-15T09:00:00.000Z' },
    link: '/handbook/anti-harassment-policy',
    createdAt: '2026-11-20T09:00:00.000Z',
    readAt: null,
    ...overrides,
  };
}

export function notificationList(...notifications: Notification[]): NotificationList {
  return { notifications, unread: notifications.filter((item) => !item.readAt).length };
}

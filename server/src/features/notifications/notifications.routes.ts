import { z } from 'zod';

import { NotificationListSchema, type NotificationList } from '@portico/shared/notifications/notifications.schemas';
import type { ApiRouter } from '../../platform/http/api-router';
import { NotificationModel, type StoredNotification } from './notification.model';
import { notificationView } from './notification.presenter';

const LATEST = 50;

export function notificationsRoutes(api: ApiRouter): void {
  api.get(
    '/notifications',
    {
      summary: 'My notifications, newest first, and how many are unread',
      tags: ['notifications'],
      access: 'signedIn',
      response: { description: 'Notifications', schema: NotificationListSchema },
    },
    async ({ actor }): Promise<NotificationList> => {
      const employeeId = actor.employeeId;
      const [latest, unread] = await Promise.all([
        NotificationModel.find({ employeeId }).sort({ createdAt: -1 }).limit(LATEST).lean<StoredNotification[]>(),
        NotificationModel.countDocuments({ employeeId, readAt: null }),
      ]);
      return { unread, notifications: latest.map(notificationView) };
    },
  );

  api.post(
    '/notifications/:id/read',
    {
      summary: 'Mark one of my notifications read',
      tags: ['notifications'],
      access: 'signedIn',
      status: 204,
      request: { params: z.object({ id: z.string().max(200) }) },
    },
    async ({ params, actor }) => {
      // Only one's own: the filter includes the employee, so another's id changes nothing.
      await NotificationModel.updateOne({ _id: params.id, employeeId: actor.employeeId }, { $set: { readAt: new Date() } });
    },
  );

  api.post(
    '/notifications/read-all',
    { summary: 'Mark all my notifications read', tags: ['notifications'], access: 'signedIn', status: 204 },
    async ({ actor }) => {
      await NotificationModel.updateMany({ employeeId: actor.employeeId, readAt: null }, { $set: { readAt: new Date() } });
    },
  );
}

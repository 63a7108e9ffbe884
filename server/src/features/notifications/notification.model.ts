import { model, Schema } from 'mongoose';

import { notificationTypes } from '@portico/shared/notifications/notifications.schemas';

/**
 * In-app notifications. The text is not stored: the interface writes it in the reader's
 * language from the type and its params. Ids are deterministic where a notification must
 * be sent once (a policy's publication to one person), so a repeated send is a no-op.
 */
const notificationSchema = new Schema(
  {
    _id: { type: String, required: true },
    employeeId: { type: String, required: true },
    type: { type: String, enum: notificationTypes, required: true },
    params: { type: Map, of: String, default: {} },
    link: { type: String, required: true },
    createdAt: { type: Date, required: true },
    readAt: { type: Date, default: null },
  },
  { strict: 'throw', versionKey: false },
);
// MongoDB reads a person's latest notifications by this index; on the embedded database
// it is a scan of the collection, fine at the size it serves.
notificationSchema.index({ employeeId: 1, createdAt: -1 });
export const NotificationModel = model('Notification', notificationSchema, 'notifications');

/** A notification as read with `.lean()` (params come back as a plain object). */
export interface StoredNotification {
  _id: string;
  employeeId: string;
  type: string;
  params?: Record<string, string>;
  link: string;
  createdAt: Date;
  readAt: Date | null;
}

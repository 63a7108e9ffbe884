import mongoose from 'mongoose';

import type { notificationTypes } from '@portico/shared/notifications/notifications.schemas';
import { NotificationModel } from './notification.model';

export interface NotificationInput {
  /** Deterministic: the same id twice is one notification. */
  id: string;
  employeeId: string;
  type: (typeof notificationTypes)[number];
  params: Record<string, string>;
  link: string;
}

/**
 * Sends notifications, each exactly once: an id already used is skipped (inserts decide,
 * on MongoDB and on the embedded database alike). Returns how many were new.
 */
export async function notify(notifications: NotificationInput[]): Promise<number> {
  let created = 0;
  // Small batches: a failed batch leaves the others in, and the embedded database likes it.
  for (let start = 0; start < notifications.length; start += 100) {
    const batch = notifications.slice(start, start + 100).map(({ id, ...rest }) => ({ _id: id, ...rest, createdAt: new Date(), readAt: null }));
    try {
      created += (await NotificationModel.insertMany(batch, { ordered: false })).length;
    } catch (error) {
      if (!(error instanceof mongoose.mongo.MongoBulkWriteError)) throw error;
      const errors = Array.isArray(error.writeErrors) ? error.writeErrors : [error.writeErrors];
      if (!errors.every((writeError) => writeError.code === 11000)) throw error;
      created += error.insertedCount;
    }
  }
  return created;
}

/** What a person has dealt with (a policy now acknowledged) no longer waits for them as unread. */
export async function markReadByLink(employeeId: string, link: string): Promise<void> {
  await NotificationModel.updateMany({ employeeId, link, readAt: null }, { $set: { readAt: new Date() } });
}

/** One notification no longer waits: its subject was dealt with (by id, so it also works for someone else's notice). */
export async function markReadById(id: string): Promise<void> {
  // By `_id` alone, the one filter the embedded database looks up rather than scans.
  const notification = await NotificationModel.findById(id, { readAt: 1 }).lean();
  if (notification && !notification.readAt) await NotificationModel.updateOne({ _id: id }, { $set: { readAt: new Date() } });
}

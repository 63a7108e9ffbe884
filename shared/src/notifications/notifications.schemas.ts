import { z } from 'zod';

export const notificationTypes = [
  'policy.published',
  'policy.reminder',
  // The help desk: to the requester (a confidential ticket's carry only its reference) …
  'ticket.received',
  'ticket.replied',
  'ticket.resolved',
  // … and to the agent it is assigned to.
  'ticket.requester_replied',
  'ticket.assigned',
  // … and to the lead of the ticket's team when it misses a target (param `target`: first-response or resolution).
  'ticket.breach',
  // Personal data: to the approver (param `name`, `fields`) and to the person who asked (`fields`, `reason`).
  'profile.request_received',
  'profile.request_reminder',
  'profile.request_approved',
  'profile.request_rejected',
  'profile.change_applied',
  // … and, against payroll diversion, when a new bank account is asked for and when it is in the record.
  'profile.bank_requested',
  'profile.bank_applied',
] as const;

export const NotificationSchema = z.object({
  id: z.string(),
  type: z.enum(notificationTypes),
  /** Values the interface puts into the type's message (a policy's title, a due date …). */
  params: z.record(z.string(), z.string()),
  /** Where the notification leads in the portal. */
  link: z.string(),
  createdAt: z.string(),
  readAt: z.string().nullable(),
});
export type Notification = z.infer<typeof NotificationSchema>;

export const NotificationListSchema = z
  .object({ notifications: z.array(NotificationSchema), unread: z.number().int() })
  .meta({ id: 'NotificationList', description: 'The latest notifications of the signed-in person, newest first.' });
export type NotificationList = z.infer<typeof NotificationListSchema>;

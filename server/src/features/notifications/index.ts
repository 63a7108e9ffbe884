import type { Feature } from '../feature';
import { NotificationModel } from './notification.model';
import { notificationsRoutes } from './notifications.routes';

/** The bell: what happened that a person should know of (other features call notify()). */
export const notificationsFeature: Feature = {
  name: 'notifications',
  routes: (api) => notificationsRoutes(api),
  // Every notice the bell kept for the person (a scan of the collection on the embedded database: an export is rare).
  personalData: async (employeeId) =>
    (await NotificationModel.find({ employeeId }).sort({ createdAt: -1 }).lean()).map(({ employeeId: _owner, ...notice }) => notice),
};

export { NotificationModel } from './notification.model';
export { markReadById, markReadByLink, notify, type NotificationInput } from './notify';
export { mailEmployee, type Messenger } from './mail-employee';

import type { Feature } from '../feature';
import { notificationsRoutes } from './notifications.routes';

/** The bell: what happened that a person should know of (other features call notify()). */
export const notificationsFeature: Feature = {
  name: 'notifications',
  routes: (api) => notificationsRoutes(api),
};

export { NotificationModel } from './notification.model';
export { markReadById, markReadByLink, notify, type NotificationInput } from './notify';
export { mailEmployee, type Messenger } from './mail-employee';

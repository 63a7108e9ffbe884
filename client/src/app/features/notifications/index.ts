/* The bell in the shell and the state behind it, provided once for the whole app. */
export { NotificationsButton } from './notifications-button/notifications-button';
export { provideNotifications } from './notifications.providers';

import type { EnvironmentProviders } from '@angular/core';
import { provideEffects } from '@ngrx/effects';
import { provideState } from '@ngrx/store';

import * as notificationsEffects from './state/notifications.effects';
import { notificationsFeature } from './state/notifications.feature';

/** At the application's root: the bell sits in the shell, on every page. */
export function provideNotifications(): EnvironmentProviders[] {
  return [provideState(notificationsFeature), provideEffects(notificationsEffects)];
}

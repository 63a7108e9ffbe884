import { InjectionToken } from '@angular/core';

/** The current time; specs give a fixed one, so "open now" and "closed" can be tested. */
export const NOW = new InjectionToken<() => Date>('help.now', { providedIn: 'root', factory: () => () => new Date() });

import { MediaMatcher } from '@angular/cdk/layout';
import type { Provider } from '@angular/core';

/**
 * Answers CSS width media queries as a browser window of the given width would. Karma's
 * browser window has one size, so tests of responsive layout say which width they mean.
 */
export function provideViewportWidth(width: number): Provider {
  const matchMedia = (query: string): MediaQueryList => {
    const max = /max-width:\s*([\d.]+)px/.exec(query);
    const min = /min-width:\s*([\d.]+)px/.exec(query);
    const matches = (!max || width <= Number(max[1])) && (!min || width >= Number(min[1]));
    return {
      matches,
      media: query,
      onchange: null,
      addListener: () => undefined,
      removeListener: () => undefined,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      dispatchEvent: () => false,
    };
  };
  return { provide: MediaMatcher, useValue: { isBrowser: true, matchMedia } };
}

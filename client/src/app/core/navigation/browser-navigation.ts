import { DOCUMENT, Injectable, inject } from '@angular/core';

/**
 * Full-page navigations that leave the single-page app (sign-in goes through the
 * server and the identity provider). One injectable place, so tests can observe them.
 */
@Injectable({ providedIn: 'root' })
export class BrowserNavigation {
  private readonly document = inject(DOCUMENT);

  assign(url: string): void {
    this.document.location.assign(url);
  }

  /** The address the browser shows now, as a path (what to come back to after sign-in). */
  currentPath(): string {
    const { pathname, search, hash } = this.document.location;
    return `${pathname}${search}${hash}`;
  }
}

export function signInUrl(returnTo: string): string {
  return `/auth/login?returnTo=${encodeURIComponent(returnTo)}`;
}

import { Injectable, inject } from '@angular/core';
import { Store } from '@ngrx/store';
import { RECENT_SIGN_IN_MS } from '@portico/shared/auth/auth.schemas';

import { authFeature } from '../../core/auth/state/auth.feature';
import { BrowserNavigation } from '../../core/navigation/browser-navigation';

/**
 * Changing the bank account and downloading all one's data need a sign-in within the last
 * 5 minutes (the server checks): whether this session has one, and the way to get one.
 */
@Injectable({ providedIn: 'root' })
export class IdentityCheck {
  private readonly me = inject(Store).selectSignal(authFeature.selectMe);
  private readonly navigation = inject(BrowserNavigation);

  /** Whether the IdP checked who this is recently enough, with a minute to spare for what comes next. */
  recent(): boolean {
    const at = this.me()?.session.identityCheckedAt;
    return Boolean(at) && Date.now() - Date.parse(at!) <= RECENT_SIGN_IN_MS - 60_000;
  }

  /** To the IdP, which checks who this is again (SAML ForceAuthn), and back to `returnTo`. */
  confirm(returnTo: string): void {
    this.navigation.assign(`/auth/login?confirm=1&returnTo=${encodeURIComponent(returnTo)}`);
  }

  /** A download the browser saves (the page stays). */
  download(path: string): void {
    this.navigation.assign(path);
  }
}

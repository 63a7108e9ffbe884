import type { CanDeactivateFn } from '@angular/router';
import type { Observable } from 'rxjs';

/** A page with work that would be lost: it answers whether leaving is fine (asking the person if needed). */
export interface LeavablePage {
  canLeave(): boolean | Observable<boolean>;
}

export const unsavedChangesGuard: CanDeactivateFn<LeavablePage> = (page) => page.canLeave();

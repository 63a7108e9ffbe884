import { DestroyRef, Injectable, inject } from '@angular/core';
import type { AbstractControl } from '@angular/forms';

const PREFIX = 'portico.draft.';

/**
 * Keeps what someone typed when their session ends mid-form: the forms that register
 * here are saved to sessionStorage (this tab only, gone when it closes) before the
 * browser goes to sign in, and filled in again when the form comes back.
 */
@Injectable({ providedIn: 'root' })
export class DraftStore {
  private readonly forms = new Map<string, AbstractControl>();

  /**
   * Call from a component's injection context. Restores a saved draft into `form`, and
   * keeps the form known until the component is destroyed.
   */
  keep(key: string, form: AbstractControl, destroyRef: DestroyRef = inject(DestroyRef)): void {
    const saved = this.storage()?.getItem(PREFIX + key);
    if (saved) {
      try {
        form.patchValue(JSON.parse(saved));
        form.markAsDirty();
      } catch {
        // A draft that no longer fits the form is dropped rather than half-applied.
      }
      this.storage()?.removeItem(PREFIX + key);
    }
    this.forms.set(key, form);
    destroyRef.onDestroy(() => {
      if (this.forms.get(key) === form) this.forms.delete(key);
    });
  }

  /** Saves every form with unsaved changes; returns how many were kept. */
  saveAll(): number {
    let saved = 0;
    for (const [key, form] of this.forms) {
      if (!form.dirty) continue;
      this.storage()?.setItem(PREFIX + key, JSON.stringify(form.getRawValue()));
      saved++;
    }
    return saved;
  }

  private storage(): Storage | undefined {
    try {
      return sessionStorage;
    } catch {
      return undefined;
    }
  }
}

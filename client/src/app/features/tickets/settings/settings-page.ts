import { Directive, type OnInit, type Signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import type { FormGroup } from '@angular/forms';
import { map, startWith, type Observable } from 'rxjs';

import type { LeavablePage } from '../../../core/drafts/unsaved-changes.guard';
import type { SettingsStore } from './settings-store';

/**
 * What every help desk settings page does with its store (ADR 0013): load once it starts,
 * tell the store what "unsaved" means, ask before leaving changes, and show the store's
 * loading status, save in progress and refusal.
 */
@Directive()
export abstract class SettingsPage implements LeavablePage, OnInit {
  protected abstract readonly store: SettingsStore<unknown>;
  /** Whether the page holds changes not saved yet. */
  protected abstract readonly dirty: Signal<boolean>;
  /** Loads (again) what the page edits, through its store. */
  protected abstract load(): void;

  protected get status() {
    return this.store.status;
  }

  protected get saving() {
    return this.store.saving;
  }

  protected get problem() {
    return this.store.problem;
  }

  ngOnInit(): void {
    this.store.trackChanges(() => this.dirty());
    this.load();
  }

  canLeave(): boolean | Observable<boolean> {
    return this.store.canLeave();
  }
}

/** A form's whole value (disabled controls included) as a signal, from the start; created in an injection context. */
export function formValueOf<F extends FormGroup>(form: F): Signal<ReturnType<F['getRawValue']>> {
  return toSignal(
    form.valueChanges.pipe(
      startWith(null),
      map(() => form.getRawValue() as ReturnType<F['getRawValue']>),
    ),
    { requireSync: true },
  );
}

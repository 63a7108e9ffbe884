import { effect, inject, untracked } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { TranslocoService } from '@jsverse/transloco';
import { Store } from '@ngrx/store';

import { AskActions } from './ask.actions';

/** Call in a page's constructor: the catalogue in the reader's language, asked for again when it changes. */
export function catalogueInReaderLanguage(store = inject(Store), transloco = inject(TranslocoService)): void {
  const language = toSignal(transloco.langChanges$);
  effect(() => {
    const active = language();
    if (active) untracked(() => store.dispatch(AskActions.catalogueWanted({ language: active })));
  });
}

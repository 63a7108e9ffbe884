import { Injectable, inject, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import type { Suggestion } from '@portico/shared/handbook/handbook.schemas';
import { catchError, debounceTime, distinctUntilChanged, map, of, switchMap } from 'rxjs';

import { HandbookApi } from '../handbook-api';

/** Suggestions for what the reader is typing, asked for once they pause (150 ms). */
@Injectable({ providedIn: 'root' })
export class HandbookSuggestions {
  private readonly api = inject(HandbookApi);
  readonly query = signal('');
  readonly suggestions = toSignal(
    toObservable(this.query).pipe(
      debounceTime(150),
      map((query) => query.trim()),
      distinctUntilChanged(),
      switchMap((query) =>
        query.length < 2
          ? of<Suggestion[]>([])
          : this.api.suggest(query).pipe(
              map((result) => result.suggestions),
              catchError(() => of<Suggestion[]>([])),
            ),
      ),
    ),
    { initialValue: [] as Suggestion[] },
  );
}

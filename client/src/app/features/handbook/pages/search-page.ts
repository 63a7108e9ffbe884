import { ChangeDetectionStrategy, Component, computed, effect, ElementRef, inject, input, untracked, viewChildren } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { TranslocoDatePipe } from '@jsverse/transloco-locale';
import { Store } from '@ngrx/store';
import { knownCategories } from '@portico/shared/handbook/categories';

import { ServerSanitizedHtmlPipe } from '../../../shared/ui/trusted-html/trusted-html.pipe';
import { CategoryLabelPipe } from '../category-label.pipe';
import { HandbookActions } from '../state/handbook.actions';
import { handbookFeature } from '../state/handbook.feature';

/** Results per step of "Show more", and the most the API returns. */
export const RESULTS_STEP = 10;
export const MOST_RESULTS = 50;

const resultLimit = (value: string | number | undefined) => Math.min(MOST_RESULTS, Math.max(RESULTS_STEP, Math.trunc(Number(value)) || RESULTS_STEP));

@Component({
  selector: 'app-search-page',
  imports: [
    CategoryLabelPipe,
    ServerSanitizedHtmlPipe,
    FormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
    RouterLink,
    TranslocoDatePipe,
    TranslocoPipe,
  ],
  templateUrl: './search-page.html',
  styleUrl: './handbook-pages.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SearchPage {
  private readonly store = inject(Store);
  private readonly router = inject(Router);
  /** From the address: /handbook/search?q=…&category=…&type=… */
  readonly q = input<string>();
  readonly category = input<string>();
  readonly type = input<'article' | 'policy'>();
  /** How many results to show: in the address, so going back to the results shows as many. */
  readonly limit = input(RESULTS_STEP, { transform: resultLimit });

  protected readonly result = this.store.selectSignal(handbookFeature.selectSearchResult);
  protected readonly status = this.store.selectSignal(handbookFeature.selectSearchStatus);
  protected readonly parameters = this.store.selectSignal(handbookFeature.selectSearchParameters);
  protected readonly categories = knownCategories;
  protected readonly asked = computed(() => Boolean(this.q() || this.category()));
  /** More to see, and the API can return more. */
  protected readonly canShowMore = computed(() => {
    const result = this.result();
    return Boolean(result && result.hits.length < result.total && this.limit() < MOST_RESULTS);
  });
  protected readonly atMost = computed(() => {
    const result = this.result();
    return Boolean(result && result.hits.length < result.total && this.limit() >= MOST_RESULTS);
  });
  protected draft = '';
  private readonly resultLinks = viewChildren<ElementRef<HTMLAnchorElement>>('resultLink');
  /** After "Show more", the first new result gets the focus, so keyboard users go on from there. */
  private focusResult: number | null = null;

  constructor() {
    effect(() => {
      const limit = this.limit();
      // "Show more" of the search on screen asks under its id, so it is not counted as another search.
      const asked = { q: this.q() ?? '', category: this.category(), type: this.type() };
      const [shown, shownFor] = untracked(() => [this.result(), this.parameters()]);
      const same = shown && shownFor && shownFor.q === asked.q && shownFor.category === asked.category && shownFor.type === asked.type;
      const parameters = { ...asked, ...(limit > RESULTS_STEP ? { limit, ...(same ? { searchId: shown.searchId } : {}) } : {}) };
      this.draft = parameters.q;
      if (parameters.q || parameters.category) this.store.dispatch(HandbookActions.searchSubmitted({ parameters }));
    });
    effect(() => {
      const links = this.resultLinks();
      const link = this.focusResult === null ? undefined : links[this.focusResult];
      if (link) {
        this.focusResult = null;
        link.nativeElement.focus();
      }
    });
  }

  /** New words or filters become a new address, so results can be shared and go back works. */
  protected update(change: { q?: string; category?: string | null; type?: string | null }): void {
    const queryParams = { q: this.q() || null, category: this.category() || null, type: this.type() || null, ...change };
    // A new search starts again from the first results.
    void this.router.navigate([], { queryParams: { ...queryParams, q: queryParams.q?.trim() || null, limit: null } });
  }

  /** The API has no offset: the same search again, asking for more. */
  protected showMore(): void {
    this.focusResult = this.result()?.hits.length ?? null;
    void this.router.navigate([], {
      queryParams: { limit: Math.min(this.limit() + RESULTS_STEP, MOST_RESULTS) },
      queryParamsHandling: 'merge',
      replaceUrl: true,
    });
  }

  protected opened(slug: string): void {
    const result = this.result();
    if (result) this.store.dispatch(HandbookActions.resultOpened({ searchId: result.searchId, slug }));
  }
}

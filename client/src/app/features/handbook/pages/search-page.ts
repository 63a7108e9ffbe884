import { ChangeDetectionStrategy, Component, computed, effect, inject, input } from '@angular/core';
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

@Component({
  selector: 'app-search-page',
  imports: [CategoryLabelPipe, ServerSanitizedHtmlPipe, FormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, MatProgressBarModule, MatSelectModule, RouterLink, TranslocoDatePipe, TranslocoPipe],
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

  protected readonly result = this.store.selectSignal(handbookFeature.selectSearchResult);
  protected readonly status = this.store.selectSignal(handbookFeature.selectSearchStatus);
  protected readonly parameters = this.store.selectSignal(handbookFeature.selectSearchParameters);
  protected readonly categories = knownCategories;
  protected readonly asked = computed(() => Boolean(this.q() || this.category()));
  protected draft = '';

  constructor() {
    effect(() => {
      const parameters = { q: this.q() ?? '', category: this.category(), type: this.type() };
      this.draft = parameters.q;
      if (parameters.q || parameters.category) this.store.dispatch(HandbookActions.searchSubmitted({ parameters }));
    });
  }

  /** New words or filters become a new address, so results can be shared and go back works. */
  protected update(change: { q?: string; category?: string | null; type?: string | null }): void {
    const queryParams = { q: this.q() || null, category: this.category() || null, type: this.type() || null, ...change };
    void this.router.navigate([], { queryParams: { ...queryParams, q: queryParams.q?.trim() || null } });
  }

  protected opened(slug: string): void {
    const result = this.result();
    if (result) this.store.dispatch(HandbookActions.resultOpened({ searchId: result.searchId, slug }));
  }
}

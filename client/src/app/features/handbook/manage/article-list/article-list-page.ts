import { BreakpointObserver } from '@angular/cdk/layout';
import { ChangeDetectionStrategy, Component, DestroyRef, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatSlideToggleModule } from '@angular/material/slide-toggle';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { TranslocoDatePipe } from '@jsverse/transloco-locale';
import { Store } from '@ngrx/store';
import { Subject, debounceTime, distinctUntilChanged, map } from 'rxjs';

import type { ArticleAction, ArticleStatus } from '../manage-api';
import { LanguageNamePipe } from '../language-name.pipe';
import { StatusChip } from '../status-chip';
import { NewArticleDialog } from './new-article-dialog';
import { ArticleListActions } from './state/article-list.actions';
import { articleListFeature } from './state/article-list.feature';

/** Wide enough for the table beside the navigation; below, articles are cards. */
export const TABLE_LAYOUT_QUERY = '(min-width: 1024px)';

@Component({
  selector: 'app-article-list-page',
  imports: [
    LanguageNamePipe,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
    MatSlideToggleModule,
    MatTableModule,
    RouterLink,
    StatusChip,
    TranslocoDatePipe,
    TranslocoPipe,
  ],
  templateUrl: './article-list-page.html',
  styleUrl: './article-list-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ArticleListPage {
  private readonly store = inject(Store);
  private readonly dialog = inject(MatDialog);
  private readonly searches = new Subject<string>();

  protected readonly articles = this.store.selectSignal(articleListFeature.selectArticles);
  protected readonly filters = this.store.selectSignal(articleListFeature.selectFilters);
  protected readonly status = this.store.selectSignal(articleListFeature.selectStatus);
  protected readonly selected = this.store.selectSignal(articleListFeature.selectSelected);
  protected readonly allSelected = this.store.selectSignal(articleListFeature.selectAllSelected);
  protected readonly bulkRunning = this.store.selectSignal(articleListFeature.selectBulkRunning);
  protected readonly bulkReport = this.store.selectSignal(articleListFeature.selectBulkReport);
  protected readonly someSelected = computed(() => this.selected().length > 0 && !this.allSelected());
  protected readonly wide = toSignal(
    inject(BreakpointObserver)
      .observe(TABLE_LAYOUT_QUERY)
      .pipe(map((state) => state.matches)),
    { initialValue: false },
  );
  protected readonly columns = ['select', 'title', 'status', 'category', 'languages', 'updatedAt', 'reviewBy'];
  protected readonly statuses: readonly ArticleStatus[] = ['draft', 'published', 'archived'];
  protected readonly bulkActions: readonly { action: ArticleAction; icon: string }[] = [
    { action: 'publish', icon: 'publish' },
    { action: 'unpublish', icon: 'unpublished' },
    { action: 'archive', icon: 'archive' },
    { action: 'review', icon: 'task_alt' },
  ];

  constructor() {
    this.store.dispatch(ArticleListActions.opened());
    const subscription = this.searches
      .pipe(debounceTime(300), distinctUntilChanged())
      .subscribe((q) => this.store.dispatch(ArticleListActions.filtersChanged({ filters: { q } })));
    inject(DestroyRef).onDestroy(() => subscription.unsubscribe());
  }

  protected search(q: string): void {
    this.searches.next(q);
  }

  protected filterStatus(status: ArticleStatus | null): void {
    this.store.dispatch(ArticleListActions.filtersChanged({ filters: { status } }));
  }

  protected filterStale(stale: boolean): void {
    this.store.dispatch(ArticleListActions.filtersChanged({ filters: { stale } }));
  }

  protected isSelected(slug: string): boolean {
    return this.selected().includes(slug);
  }

  protected toggle(slug: string, selected: boolean): void {
    this.store.dispatch(ArticleListActions.selectionChanged({ slugs: [slug], selected }));
  }

  protected toggleAll(selected: boolean): void {
    this.store.dispatch(ArticleListActions.selectionChanged({ slugs: this.articles().map((row) => row.slug), selected }));
  }

  protected clearSelection(): void {
    this.store.dispatch(ArticleListActions.selectionCleared());
  }

  protected run(action: ArticleAction): void {
    this.store.dispatch(ArticleListActions.bulkRequested({ action }));
  }

  protected dismissReport(): void {
    this.store.dispatch(ArticleListActions.bulkReportDismissed());
  }

  protected newArticle(): void {
    this.dialog.open(NewArticleDialog, { width: '480px', maxWidth: 'calc(100vw - 32px)' });
  }
}

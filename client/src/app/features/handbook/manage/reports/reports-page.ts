import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatTabsModule } from '@angular/material/tabs';
import { RouterLink } from '@angular/router';
import { NgTemplateOutlet } from '@angular/common';
import { TranslocoPipe } from '@jsverse/transloco';
import { TranslocoDatePipe, TranslocoDecimalPipe } from '@jsverse/transloco-locale';
import { Store } from '@ngrx/store';

import { selectCan } from '../../../../core/auth/state/auth.feature';
import { ArticleListActions } from '../article-list/state/article-list.actions';
import { articleListFeature } from '../article-list/state/article-list.feature';
import { LanguageNamePipe } from '../language-name.pipe';
import { HandbookReportsStore } from './reports.store';

@Component({
  selector: 'app-reports-page',
  imports: [
    LanguageNamePipe,
    NgTemplateOutlet,
    MatButtonModule,
    MatIconModule,
    MatProgressBarModule,
    MatTabsModule,
    RouterLink,
    TranslocoDatePipe,
    TranslocoDecimalPipe,
    TranslocoPipe,
  ],
  templateUrl: './reports-page.html',
  styleUrl: './reports-page.scss',
  providers: [HandbookReportsStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReportsPage {
  private readonly reports = inject(HandbookReportsStore);
  private readonly store = inject(Store);
  private readonly language = this.reports.language;
  protected readonly feedback = this.reports.feedback;
  protected readonly gaps = this.reports.gaps;
  /** Least helpful first, whatever order the server chose. */
  protected readonly articles = computed(() =>
    [...(this.feedback.value()?.articles ?? [])].sort((a, b) => b.notHelpful - a.notHelpful || a.helpful - b.helpful),
  );
  protected readonly canAuthor = this.store.selectSignal(selectCan('handbook.publish'));
  protected readonly creating = this.store.selectSignal(articleListFeature.selectCreatingDraft);
  protected readonly draftProblem = this.store.selectSignal(articleListFeature.selectDraftProblem);

  /** A search nobody could answer becomes a draft titled with it; the editor opens on it. */
  protected createDraft(query: string): void {
    this.store.dispatch(ArticleListActions.newDraftRequested({ draft: { title: query, language: this.language(), fromQuery: query } }));
  }
}

import { ChangeDetectionStrategy, Component, computed, effect, inject, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { TranslocoDatePipe } from '@jsverse/transloco-locale';
import { Store } from '@ngrx/store';

import { LanguageService } from '../../../core/i18n/language.service';
import { ServerSanitizedHtmlPipe } from '../../../shared/ui/trusted-html/trusted-html.pipe';
import { ArticleFeedback } from '../article-feedback/article-feedback';
import { CategoryLabelPipe } from '../category-label.pipe';
import { acknowledgementPrompt } from '../policy-acknowledgement/acknowledgement-prompt';
import { PolicyAcknowledgement } from '../policy-acknowledgement/policy-acknowledgement';
import { HandbookActions } from '../state/handbook.actions';
import { handbookFeature } from '../state/handbook.feature';

/** Long articles get a table of contents: at least this many sections. */
const TABLE_OF_CONTENTS_FROM = 3;

@Component({
  selector: 'app-article-page',
  imports: [
    ArticleFeedback,
    CategoryLabelPipe,
    PolicyAcknowledgement,
    ServerSanitizedHtmlPipe,
    MatButtonModule,
    MatIconModule,
    MatProgressBarModule,
    RouterLink,
    TranslocoDatePipe,
    TranslocoPipe,
  ],
  templateUrl: './article-page.html',
  styleUrl: './article-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ArticlePage {
  private readonly store = inject(Store);
  /** From the route (`/handbook/:slug`). */
  readonly slug = input.required<string>();
  protected readonly article = this.store.selectSignal(handbookFeature.selectArticle);
  protected readonly status = this.store.selectSignal(handbookFeature.selectArticleStatus);
  protected readonly showContents = computed(() => (this.article()?.headings.length ?? 0) >= TABLE_OF_CONTENTS_FROM);
  /** The reader asked for another language than the one shown. */
  protected readonly fallback = computed(() => {
    const article = this.article();
    return article && article.language.slice(0, 2) !== article.requestedLanguage.slice(0, 2) ? article : null;
  });

  /** A policy still to acknowledge: said at the top too, since the button is at the end. */
  protected readonly acknowledgementPrompt = computed(() => acknowledgementPrompt(this.article()?.acknowledgement ?? null));

  constructor() {
    const language = inject(LanguageService).activeLanguage;
    effect(() => this.store.dispatch(HandbookActions.articleOpened({ slug: this.slug() })));
    // A language change in the shell shows the article in the new language.
    language.subscribe(() => {
      if (this.article()) this.store.dispatch(HandbookActions.articleOpened({ slug: this.slug() }));
    });
  }

  protected print(): void {
    window.print();
  }
}

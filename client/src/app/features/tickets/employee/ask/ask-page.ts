import { ChangeDetectionStrategy, Component, DestroyRef, computed, inject } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { Store } from '@ngrx/store';

import { ServerSanitizedHtmlPipe } from '../../../../shared/ui/trusted-html/trusted-html.pipe';
import { AskActions } from '../state/ask.actions';
import { askFeature } from '../state/ask.feature';

/**
 * Asking HR, first step: the question in the person's own words, with handbook articles
 * that may answer it as they type. Reading one is never required: "Continue" and "I'd
 * rather ask a person" lead to the request form at any moment.
 */
@Component({
  selector: 'app-ask-page',
  imports: [
    FormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    RouterLink,
    ServerSanitizedHtmlPipe,
    TranslocoPipe,
  ],
  templateUrl: './ask-page.html',
  styleUrl: './ask-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AskPage {
  private readonly store = inject(Store);
  private readonly router = inject(Router);
  protected readonly question = this.store.selectSignal(askFeature.selectQuestion);
  protected readonly suggestions = this.store.selectSignal(askFeature.selectSuggestions);
  protected readonly suggestionsQuery = this.store.selectSignal(askFeature.selectSuggestionsQuery);
  protected readonly reading = this.store.selectSignal(askFeature.selectReading);
  protected readonly answeredBy = this.store.selectSignal(askFeature.selectAnsweredBy);
  protected readonly answeredTitle = computed(() => this.suggestions().find((article) => article.slug === this.answeredBy())?.title ?? null);

  constructor() {
    inject(DestroyRef).onDestroy(() => this.store.dispatch(AskActions.askPageLeft()));
  }

  protected changed(question: string): void {
    this.store.dispatch(AskActions.questionChanged({ question }));
  }

  protected toggle(slug: string): void {
    this.store.dispatch(this.reading()?.slug === slug ? AskActions.articleClosed() : AskActions.articleOpened({ slug }));
  }

  protected answered(slug: string): void {
    this.store.dispatch(AskActions.answered({ query: this.question() || this.suggestionsQuery(), articleSlug: slug }));
  }

  protected startOver(): void {
    this.store.dispatch(AskActions.startedOver());
  }

  /** Both "Continue" and "I'd rather ask a person": the form, with the question kept. */
  protected toPerson(): void {
    void this.router.navigate(['/help/new']);
  }
}

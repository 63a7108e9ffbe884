import { ChangeDetectionStrategy, Component, computed, effect, ElementRef, inject, input, linkedSignal, viewChild } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { TranslocoPipe } from '@jsverse/transloco';
import { Store } from '@ngrx/store';

import { HandbookActions } from '../state/handbook.actions';
import { handbookFeature } from '../state/handbook.feature';
import { FeedbackMemory } from './feedback-memory';

/** FeedbackSchema's limit; the schema itself stays out of the client bundle (no zod). */
export const COMMENT_MAX_LENGTH = 1000;

/**
 * "Was this helpful?" at the foot of an article. "Yes" is sent at once; "No" asks what was
 * missing first (optional). One answer per article per browser session.
 */
@Component({
  selector: 'app-article-feedback',
  imports: [MatButtonModule, MatFormFieldModule, MatIconModule, MatInputModule, ReactiveFormsModule, TranslocoPipe],
  templateUrl: './article-feedback.html',
  styleUrl: './article-feedback.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ArticleFeedback {
  private readonly store = inject(Store);
  private readonly memory = inject(FeedbackMemory);
  readonly slug = input.required<string>();
  /** The language of the text the reader was shown. */
  readonly language = input.required<string>();

  protected readonly maxLength = COMMENT_MAX_LENGTH;
  protected readonly comment = new FormControl('', { nonNullable: true, validators: [Validators.maxLength(COMMENT_MAX_LENGTH)] });
  protected readonly form = new FormGroup({ comment: this.comment });
  protected readonly commentLength = toSignal(this.comment.valueChanges, { initialValue: '' });
  /** After "No", the comment box; back to the question on another article. */
  protected readonly askingWhy = linkedSignal({ source: this.slug, computation: () => false });
  private readonly sent = this.store.selectSignal(handbookFeature.selectFeedback);
  protected readonly status = computed(() => this.sent()[this.slug()] ?? 'idle');
  protected readonly answered = computed(() => this.status() === 'saved' || this.memory.has(this.slug()));

  private readonly commentBox = viewChild<ElementRef<HTMLTextAreaElement>>('commentBox');
  private readonly thanks = viewChild<ElementRef<HTMLElement>>('thanks');
  private focusThanks = false;

  constructor() {
    effect(() => {
      this.slug();
      this.comment.reset();
    });
    effect(() => {
      if (this.askingWhy()) this.commentBox()?.nativeElement.focus();
    });
    // The buttons or the form disappear once answered: the focus goes to the thanks.
    effect(() => {
      const thanks = this.thanks();
      if (thanks && this.focusThanks) {
        this.focusThanks = false;
        thanks.nativeElement.focus();
      }
    });
  }

  protected yes(): void {
    this.send(true);
  }

  protected no(): void {
    this.askingWhy.set(true);
  }

  protected sendComment(): void {
    if (this.comment.invalid) return;
    this.send(false, this.comment.value.trim() || undefined);
  }

  private send(helpful: boolean, comment?: string): void {
    this.focusThanks = true;
    this.store.dispatch(HandbookActions.feedbackSent({ slug: this.slug(), feedback: { helpful, language: this.language(), ...(comment ? { comment } : {}) } }));
  }
}

import { ChangeDetectionStrategy, Component, computed, effect, ElementRef, inject, input, viewChild } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { TranslocoPipe } from '@jsverse/transloco';
import { TranslocoDatePipe } from '@jsverse/transloco-locale';
import { Store } from '@ngrx/store';
import type { Acknowledgement } from '@portico/shared/handbook/handbook.schemas';

import { HandbookActions } from '../state/handbook.actions';
import { handbookFeature } from '../state/handbook.feature';
import { acknowledgementPrompt } from './acknowledgement-prompt';

/** "I have read and understood" at the end of a policy, or when the reader did so. */
@Component({
  selector: 'app-policy-acknowledgement',
  imports: [MatButtonModule, MatIconModule, TranslocoDatePipe, TranslocoPipe],
  templateUrl: './policy-acknowledgement.html',
  styleUrl: './policy-acknowledgement.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PolicyAcknowledgement {
  private readonly store = inject(Store);
  readonly slug = input.required<string>();
  /** The language of the text the reader was shown. */
  readonly language = input.required<string>();
  readonly acknowledgement = input.required<Acknowledgement>();

  protected readonly status = this.store.selectSignal(handbookFeature.selectAcknowledgeStatus);
  protected readonly prompt = computed(() => acknowledgementPrompt(this.acknowledgement()));
  private readonly confirmation = viewChild<ElementRef<HTMLElement>>('confirmation');

  constructor() {
    // The button disappears once pressed: the focus goes to what replaced it, not to the page's start.
    effect(() => {
      if (this.status() === 'saved') this.confirmation()?.nativeElement.focus();
    });
  }

  protected acknowledge(): void {
    this.store.dispatch(HandbookActions.acknowledgeClicked({ slug: this.slug(), language: this.language() }));
  }
}

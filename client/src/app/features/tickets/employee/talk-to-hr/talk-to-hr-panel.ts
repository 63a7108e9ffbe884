import { ChangeDetectionStrategy, Component, DestroyRef, computed, inject, signal } from '@angular/core';
import { MatBottomSheetRef } from '@angular/material/bottom-sheet';
import { MatButtonModule } from '@angular/material/button';
import { MatDialogRef } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { TranslocoDatePipe, type DateFormatOptions } from '@jsverse/transloco-locale';

import { dialable, HrContactService } from '../../../../core/hr-contact/hr-contact';
import { NOW } from '../clock';
import { registerHelpIcons } from '../help-icons';
import { openingStatus } from './opening-hours';

/** Title id, for the dialog's `aria-labelledby`. */
export const TALK_TO_HR_TITLE_ID = 'talk-to-hr-title';

/**
 * "Talk to HR", opened from the shell on every page: how to reach a person now, whether HR
 * is open, and "Write to HR" straight to the request form (no handbook suggestions first).
 */
@Component({
  selector: 'app-talk-to-hr-panel',
  imports: [MatButtonModule, MatIconModule, MatProgressBarModule, RouterLink, TranslocoDatePipe, TranslocoPipe],
  templateUrl: './talk-to-hr-panel.html',
  styleUrl: './talk-to-hr-panel.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TalkToHrPanel {
  private readonly dialog = inject(MatDialogRef, { optional: true });
  private readonly sheet = inject(MatBottomSheetRef, { optional: true });
  private readonly clock = inject(NOW);
  protected readonly contact = inject(HrContactService).contact;
  protected readonly titleId = TALK_TO_HR_TITLE_ID;
  protected readonly dialable = dialable;

  /** Re-read every minute, so a panel left open does not keep saying "open" after closing time. */
  private readonly now = signal(this.clock());
  /** Without a schedule the panel shows HR's hours as written and makes no claim about being open. */
  protected readonly details = computed(() => (this.contact.hasValue() ? this.contact.value() : null));
  protected readonly status = computed(() => {
    const schedule = this.details()?.schedule;
    return schedule ? openingStatus(schedule, this.now()) : null;
  });
  /** The next opening falls on the reader's today: the time alone says it. */
  protected readonly opensToday = computed(() => {
    const status = this.status();
    return !!status && !status.open && !!status.nextOpening && status.nextOpening.toDateString() === this.now().toDateString();
  });

  protected readonly timeOnly: DateFormatOptions = { hour: 'numeric', minute: '2-digit' };
  protected readonly dayAndTime: DateFormatOptions = { weekday: 'long', day: 'numeric', month: 'long', hour: 'numeric', minute: '2-digit' };

  constructor() {
    registerHelpIcons();
    const timer = setInterval(() => this.now.set(this.clock()), 60_000);
    inject(DestroyRef).onDestroy(() => clearInterval(timer));
  }

  protected close(): void {
    this.dialog?.close();
    this.sheet?.dismiss();
  }
}

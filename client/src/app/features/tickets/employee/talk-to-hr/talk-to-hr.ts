import { BreakpointObserver } from '@angular/cdk/layout';
import { Injectable, Injector, inject } from '@angular/core';
import { TranslocoService } from '@jsverse/transloco';

import { HrContactService } from '../../../../core/hr-contact/hr-contact';
import { COMPACT_LAYOUT_QUERY } from '../../../../core/shell/navigation';

/**
 * Opens "Talk to HR" from any page: a dialog on wide screens, a bottom sheet on phones.
 * The panel and its Material containers load on first use, so the shell does not carry them.
 */
@Injectable({ providedIn: 'root' })
export class TalkToHr {
  private readonly injector = inject(Injector);
  private readonly breakpoints = inject(BreakpointObserver);
  private readonly transloco = inject(TranslocoService);

  async open(): Promise<void> {
    // Asked for now, so the details are usually there when the panel shows.
    this.injector.get(HrContactService);
    const { TalkToHrPanel, TALK_TO_HR_TITLE_ID } = await import('./talk-to-hr-panel');
    if (this.breakpoints.isMatched(COMPACT_LAYOUT_QUERY)) {
      const { MatBottomSheet } = await import('@angular/material/bottom-sheet');
      this.injector.get(MatBottomSheet).open(TalkToHrPanel, {
        ariaLabel: this.transloco.translate('help.talk.title'),
        autoFocus: 'first-heading',
        panelClass: 'talk-to-hr-sheet',
      });
    } else {
      const { MatDialog } = await import('@angular/material/dialog');
      this.injector.get(MatDialog).open(TalkToHrPanel, {
        ariaLabelledBy: TALK_TO_HR_TITLE_ID,
        autoFocus: 'first-heading',
        width: '520px',
        maxWidth: 'calc(100vw - 32px)',
      });
    }
  }
}

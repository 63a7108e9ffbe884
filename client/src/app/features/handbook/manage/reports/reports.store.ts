import { Injectable, inject } from '@angular/core';
import { rxResource, toSignal } from '@angular/core/rxjs-interop';
import { TranslocoService } from '@jsverse/transloco';

import { HandbookManageApi } from '../manage-api';

/** The handbook's reports: feedback on articles and searches nobody could answer (provided by the reports page). */
@Injectable()
export class HandbookReportsStore {
  private readonly api = inject(HandbookManageApi);
  private readonly transloco = inject(TranslocoService);
  readonly language = toSignal(this.transloco.langChanges$, { initialValue: this.transloco.getActiveLang() });

  /** Titles come in the reader's language. */
  readonly feedback = rxResource({ params: () => this.language(), stream: ({ params }) => this.api.feedbackReport(params) });
  readonly gaps = rxResource({ stream: () => this.api.gapsReport() });
}

import { Injectable, inject } from '@angular/core';
import { TranslocoService } from '@jsverse/transloco';

import type { Words } from '../../agent/ticket/explain';

/** The help desk's triage words in the reader's language (the same messages as on a ticket). */
@Injectable()
export class TriageWords implements Words {
  private readonly transloco = inject(TranslocoService);

  t(key: string, params?: Record<string, unknown>): string {
    return this.transloco.translate(key, params);
  }

  has(key: string): boolean {
    const messages = this.transloco.getTranslation(this.transloco.getActiveLang()) as Record<string, unknown>;
    return typeof messages[key] === 'string';
  }
}

import { Injectable, inject } from '@angular/core';
import { TranslocoService } from '@jsverse/transloco';

import { interfaceLanguageOf } from '../../../../core/i18n/interface-language';
import type { Words } from './explain';
import { TicketStore } from './ticket.store';

/** Messages in the reader's language, and names of the people and teams on the open ticket. */
@Injectable()
export class TicketWords implements Words {
  private readonly transloco = inject(TranslocoService);
  private readonly store = inject(TicketStore);
  /** Read it in a computed to follow a change of language. */
  readonly language = interfaceLanguageOf(this.transloco);

  t(key: string, params?: Record<string, unknown>): string {
    return this.transloco.translate(key, params);
  }

  has(key: string): boolean {
    const messages = this.transloco.getTranslation(this.transloco.getActiveLang()) as Record<string, unknown>;
    return typeof messages[key] === 'string';
  }

  person(id: string | undefined): string {
    if (!id) return '';
    const ticket = this.store.ticket();
    if (ticket?.requester.id === id) return ticket.requester.displayName ?? id;
    if (ticket?.assignee?.id === id && ticket.assignee.displayName) return ticket.assignee.displayName;
    return this.store.colleagues().find((colleague) => colleague.id === id)?.displayName ?? id;
  }

  team(id: string | undefined): string {
    return id ? (this.store.teamNames()[id] ?? id) : '';
  }
}

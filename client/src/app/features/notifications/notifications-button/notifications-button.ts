import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatBadgeModule } from '@angular/material/badge';
import { MatButtonModule } from '@angular/material/button';
import { MatDividerModule } from '@angular/material/divider';
import { MatIconModule } from '@angular/material/icon';
import { MatMenuModule } from '@angular/material/menu';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { TranslocoDatePipe } from '@jsverse/transloco-locale';
import { Store } from '@ngrx/store';
import type { Notification } from '@portico/shared/notifications/notifications.schemas';

import { NotificationsActions } from '../state/notifications.actions';
import { notificationsFeature } from '../state/notifications.feature';

/** Message key for each type; a type this client does not know yet still gets a sentence. */
function messageKey(notification: Notification): string {
  const due = notification.params['dueAt'] ? '' : 'NoDue';
  switch (notification.type) {
    case 'policy.published':
      return `notifications.policyPublished${due}`;
    case 'policy.reminder':
      return `notifications.policyReminder${due}`;
    case 'ticket.received':
    case 'ticket.replied':
    case 'ticket.resolved':
    case 'ticket.requester_replied':
    case 'ticket.assigned':
      // A confidential ticket's notice carries only its reference, never its subject.
      return `notifications.${notification.type.replace('.', '_')}${notification.params['title'] ? '' : 'NoTitle'}`;
    case 'ticket.breach':
      // To the team lead: which target was missed; the subject only when the ticket is not confidential.
      return `notifications.ticket_breach_${notification.params['target'] === 'first-response' ? 'firstResponse' : 'resolution'}${notification.params['title'] ? '' : 'NoTitle'}`;
    case 'profile.request_received':
    case 'profile.request_reminder':
    case 'profile.request_approved':
    case 'profile.request_rejected':
    case 'profile.change_applied':
    case 'profile.bank_requested':
    case 'profile.bank_applied':
      return `notifications.${notification.type.replace('.', '_')}`;
    default:
      return 'notifications.other';
  }
}

/** The bell in the shell's toolbar: how many are unread, and a menu of the latest. */
@Component({
  selector: 'app-notifications-button',
  imports: [MatBadgeModule, MatButtonModule, MatDividerModule, MatIconModule, MatMenuModule, RouterLink, TranslocoDatePipe, TranslocoPipe],
  templateUrl: './notifications-button.html',
  styleUrl: './notifications-button.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NotificationsButton {
  private readonly store = inject(Store);
  protected readonly unread = this.store.selectSignal(notificationsFeature.selectUnread);
  protected readonly status = this.store.selectSignal(notificationsFeature.selectStatus);
  private readonly latest = this.store.selectSignal(notificationsFeature.selectLatest);
  protected readonly items = computed(() =>
    this.latest().map((notification) => ({
      notification,
      key: messageKey(notification),
      title: notification.params['title'] ?? '',
      reference: notification.params['reference'] ?? '',
      dueAt: notification.params['dueAt'] || null,
    })),
  );
  protected readonly badge = computed(() => (this.unread() > 99 ? '99+' : String(this.unread())));

  protected menuOpened(): void {
    this.store.dispatch(NotificationsActions.menuOpened());
  }

  protected open(notification: Notification): void {
    this.store.dispatch(NotificationsActions.notificationOpened({ notification, at: new Date().toISOString() }));
  }

  protected markAllRead(): void {
    this.store.dispatch(NotificationsActions.markAllReadClicked({ at: new Date().toISOString() }));
  }
}

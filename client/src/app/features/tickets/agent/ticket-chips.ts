import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import { TranslocoPipe } from '@jsverse/transloco';
import { TranslocoDatePipe } from '@jsverse/transloco-locale';
import type { TicketPriority } from '@portico/shared/tickets/catalogue.schemas';
import type { TicketState, TicketSummary } from '@portico/shared/tickets/tickets.schemas';

/** A ticket's state in words, for HR ("Waiting on employee", where the requester reads "Waiting for you"). */
@Component({
  selector: 'app-ticket-state-chip',
  imports: [TranslocoPipe],
  template: `<span class="chip" [class]="'chip state-' + state()" [attr.data-state]="state()">{{ 'hr.tickets.states.' + state() | transloco }}</span>`,
  styleUrl: './ticket-chips.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TicketStateChip {
  readonly state = input.required<TicketState>();
}

/** Priority in words; urgent and high also stand out by colour and an icon, never by colour alone. */
@Component({
  selector: 'app-priority-chip',
  imports: [MatIconModule, TranslocoPipe],
  template: `<span class="chip" [class]="'chip priority-' + priority()" [attr.data-priority]="priority()">
    @if (priority() === 'urgent' || priority() === 'high') {
      <mat-icon svgIcon="priority_high" aria-hidden="true" />
    }
    {{ 'hr.tickets.priorities.' + priority() | transloco }}</span
  >`,
  styleUrl: './ticket-chips.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PriorityChip {
  readonly priority = input.required<TicketPriority>();
}

export interface DueInfo {
  /** What is due next: HR's first answer, or the resolution; nothing once resolved; paused while waiting on the employee. */
  kind: 'response' | 'resolution' | 'paused' | 'none';
  at: string | null;
  /** A target was missed: as the server says (the SLA sweep's record), else a due date already past. */
  breached: boolean;
  soon: boolean;
}

type DueFields = Pick<TicketSummary, 'state' | 'firstResponseDueAt' | 'resolutionDueAt'> & { breachingSoon?: boolean; breached?: boolean };

/**
 * The next due date as the queue counts it: the first response while the ticket is new,
 * then the resolution.
 */
export function dueOf(ticket: DueFields, now = Date.now()): DueInfo {
  const finished = ticket.state === 'resolved' || ticket.state === 'closed';
  const kind: DueInfo['kind'] = finished
    ? 'none'
    : ticket.state === 'waiting_on_employee'
      ? 'paused'
      : ticket.state === 'new' && ticket.firstResponseDueAt
        ? 'response'
        : 'resolution';
  const at = kind === 'response' ? ticket.firstResponseDueAt : kind === 'resolution' ? ticket.resolutionDueAt : null;
  const breached = ticket.breached ?? (at !== null && new Date(at).getTime() < now);
  return { kind, at, breached, soon: !breached && kind !== 'none' && Boolean(ticket.breachingSoon) };
}

/** When the ticket is due, and whether that is past or close, in words and with an icon. */
@Component({
  selector: 'app-due-indicator',
  imports: [MatIconModule, TranslocoDatePipe, TranslocoPipe],
  template: `
    @let info = due();
    <span class="due" [class.breached]="info.breached" [class.soon]="info.soon" [attr.data-due]="info.breached ? 'breached' : info.soon ? 'soon' : info.kind">
      @if (info.breached) {
        <mat-icon svgIcon="warning" aria-hidden="true" /><strong>{{ 'hr.tickets.due.breached' | transloco }}</strong>
      } @else if (info.soon) {
        <mat-icon svgIcon="alarm" aria-hidden="true" /><strong>{{ 'hr.tickets.due.soon' | transloco }}</strong>
      }
      @if (info.kind === 'paused') {
        <span>{{ 'hr.tickets.due.paused' | transloco }}</span>
      } @else if (statusOnly()) {
        @if (!info.breached && !info.soon) {
          <span>{{ info.kind === 'none' ? '—' : ('hr.tickets.due.onTime' | transloco) }}</span>
        }
      } @else if (info.at) {
        <span>{{ 'hr.tickets.due.' + info.kind | transloco: { date: (info.at | translocoDate: { dateStyle: 'medium', timeStyle: 'short' }) } }}</span>
      } @else if (!info.breached) {
        <span aria-hidden="true">—</span>
      }
    </span>
  `,
  styleUrl: './ticket-chips.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DueIndicator {
  readonly ticket = input.required<DueFields>();
  /** Only whether the ticket is on time (where its due dates are shown beside it). */
  readonly statusOnly = input(false);
  protected readonly due = computed(() => dueOf(this.ticket()));
}

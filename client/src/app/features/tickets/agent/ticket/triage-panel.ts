import { ChangeDetectionStrategy, Component, computed, effect, inject, input, output, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { TranslocoPipe } from '@jsverse/transloco';
import { TranslocoDatePipe } from '@jsverse/transloco-locale';
import { ticketPriorities, type TicketPriority } from '@portico/shared/tickets/catalogue.schemas';
import type { AgentTicket, OverrideTriage } from '@portico/shared/tickets/tickets.schemas';
import { triageDimensions } from '@portico/shared/tickets/tickets.schemas';

import type { ShownProblem } from '../../../../core/http/problem';
import { dimensionSource, raisedToFloor, teamSource, triageSentence, type AnswerLabels } from './explain';
import { TicketWords } from './ticket-words';

const MAX_REASON = 500;

/**
 * Why the ticket has its priority and team: the three scores, where each came from, and the
 * agent's override with its reason (required: it is recorded on the ticket).
 */
@Component({
  selector: 'app-triage-panel',
  imports: [MatButtonModule, MatFormFieldModule, MatIconModule, MatInputModule, MatSelectModule, ReactiveFormsModule, TranslocoDatePipe, TranslocoPipe],
  templateUrl: './triage-panel.html',
  styleUrl: './triage-panel.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TriagePanel {
  private readonly words = inject(TicketWords);

  readonly ticket = input.required<AgentTicket>();
  readonly teams = input.required<{ id: string; name: string }[]>();
  readonly labels = input.required<AnswerLabels>();
  readonly saving = input(false);
  /** The last override's refusal, if any. */
  readonly problem = input<ShownProblem | null>(null);
  /** Bumped by the page when an override was saved: the form closes. */
  readonly saved = input(0);
  readonly overridden = output<OverrideTriage>();

  protected readonly editing = signal(false);
  protected readonly priorities = ticketPriorities;
  protected readonly maxReason = MAX_REASON;
  protected readonly form = new FormGroup({
    priority: new FormControl<TicketPriority>('normal', { nonNullable: true }),
    teamId: new FormControl('', { nonNullable: true, validators: Validators.required }),
    reason: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(MAX_REASON)] }),
  });

  protected readonly triage = computed(() => this.ticket().triage);
  protected readonly canOverride = computed(() => this.ticket().actions.includes('override'));
  protected readonly sentence = computed(() => {
    this.words.language();
    return triageSentence(this.words, this.triage());
  });
  protected readonly dimensions = computed(() => {
    this.words.language();
    const explanation = this.triage().explanation;
    return triageDimensions.map((dimension) => {
      const entry = explanation.find((candidate) => candidate.key === 'triage.dimension' && candidate.params['dimension'] === dimension);
      return { dimension, level: this.triage()[dimension], source: entry ? dimensionSource(this.words, entry, this.labels()) : '' };
    });
  });
  protected readonly teamLine = computed(() => {
    this.words.language();
    return teamSource(this.words, this.triage());
  });
  protected readonly floor = computed(() => raisedToFloor(this.triage()));
  /** The team list for the override, with the ticket's own team even when the catalogue no longer lists it. */
  protected readonly teamOptions = computed(() => {
    const teams = this.teams();
    const current = this.ticket().teamId;
    return teams.some((team) => team.id === current) ? teams : [...teams, { id: current, name: current }];
  });

  constructor() {
    effect(() => {
      if (this.saved()) this.editing.set(false);
    });
  }

  protected teamName(id: string): string {
    return this.teams().find((team) => team.id === id)?.name ?? id;
  }

  protected personName(id: string): string {
    return this.words.person(id);
  }

  protected open(): void {
    const ticket = this.ticket();
    this.form.reset({ priority: ticket.priority, teamId: ticket.teamId, reason: '' });
    this.editing.set(true);
  }

  protected cancel(): void {
    this.editing.set(false);
  }

  protected submit(): void {
    const reason = this.form.controls.reason.value.trim();
    if (!reason) this.form.controls.reason.setErrors({ required: true });
    this.form.markAllAsTouched();
    if (this.form.invalid || !reason) return;
    this.overridden.emit({ priority: this.form.controls.priority.value, teamId: this.form.controls.teamId.value, reason });
  }
}

import { COMMA, ENTER, SPACE } from '@angular/cdk/keycodes';
import { NgTemplateOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatChipsModule, type MatChipInputEvent } from '@angular/material/chips';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { interfaceLanguages, type InterfaceLanguage } from '@portico/shared/i18n/languages';
import { CatalogueIdSchema, TeamInputSchema, ticketCategories, ticketCategoryNames, type ManagedCatalogue, type ManagedTeam, type TeamInput } from '@portico/shared/tickets/catalogue.schemas';
import type { Observable } from 'rxjs';

import { problemOf, type ShownProblem } from '../../../../core/http/problem';
import type { LeavablePage } from '../../editor/unsaved-changes.guard';
import { interfaceLanguageOf } from '../../tickets/ticket-language';
import { issuesByPath, serverFieldErrors, type FieldErrors } from '../field-errors';
import { HelpDeskSettingsApi } from '../help-desk-settings-api';
import { leaveConfirmation } from '../leave-confirmation';
import { slaTarget } from './request-type-draft';

interface TeamDraft extends TeamInput {
  id: string;
}

/**
 * The service catalogue (issue 5 §1): request types by category, each opening its editor,
 * and the teams that answer them, edited in place (names, lead, members).
 */
@Component({
  selector: 'app-catalogue-page',
  imports: [MatButtonModule, MatChipsModule, MatFormFieldModule, MatIconModule, MatInputModule, MatProgressBarModule, NgTemplateOutlet, RouterLink, TranslocoPipe],
  templateUrl: './catalogue-page.html',
  styleUrl: './catalogue-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CataloguePage implements LeavablePage {
  private readonly api = inject(HelpDeskSettingsApi);
  private readonly snackBar = inject(MatSnackBar);
  private readonly transloco = inject(TranslocoService);
  private readonly confirmLeave = leaveConfirmation();

  protected readonly languages = interfaceLanguages;
  protected readonly separatorKeys = [ENTER, COMMA, SPACE];
  protected readonly language = interfaceLanguageOf(this.transloco);
  protected readonly status = signal<'loading' | 'loaded' | 'failed'>('loading');
  protected readonly catalogue = signal<ManagedCatalogue>({ types: [], teams: [] });
  protected readonly categories = computed(() =>
    ticketCategories
      .map((category) => ({ id: category, name: ticketCategoryNames[category][this.language()], types: this.catalogue().types.filter((type) => type.category === category) }))
      .filter((category) => category.types.length),
  );

  /** The team being edited: its id, `new`, or none. */
  protected readonly editing = signal<string | null>(null);
  protected readonly team = signal<TeamDraft>({ id: '', name: { en: '', es: '' }, leadId: '', memberIds: [] });
  private readonly opened = signal('');
  protected readonly dirty = computed(() => this.editing() !== null && JSON.stringify(this.team()) !== this.opened());
  protected readonly saving = signal(false);
  protected readonly problem = signal<ShownProblem | null>(null);
  protected readonly errors = signal<FieldErrors>({});

  constructor() {
    this.load();
  }

  canLeave(): boolean | Observable<boolean> {
    return this.dirty() ? this.confirmLeave() : true;
  }

  protected load(): void {
    this.status.set('loading');
    this.api.catalogue().subscribe({
      next: (catalogue) => {
        this.catalogue.set(catalogue);
        this.status.set('loaded');
      },
      error: () => this.status.set('failed'),
    });
  }

  protected teamName(id: string): string {
    return this.catalogue().teams.find((team) => team.id === id)?.name[this.language()] ?? id;
  }

  /** "1 day", "8 hours", "1.5 days": SLA targets as HR set them. */
  protected sla(minutes: number): string {
    const { amount, unit } = slaTarget(minutes);
    return this.transloco.translate(`hr.helpDeskSettings.catalogue.${unit}Count`, { count: amount });
  }

  /** Who a member is, when the catalogue knows the name. */
  protected personName(team: ManagedTeam | undefined, id: string): string {
    if (!team) return id;
    const person = team.lead.id === id ? team.lead : team.members.find((member) => member.id === id);
    return person?.displayName ? `${person.displayName} (${id})` : id;
  }

  protected memberNames(team: ManagedTeam): string {
    return team.members.map((member) => member.displayName ?? member.id).join(', ');
  }

  protected currentTeam(): ManagedTeam | undefined {
    return this.catalogue().teams.find((team) => team.id === this.editing());
  }

  protected editTeam(team: ManagedTeam | null): void {
    const open = () => {
      const draft: TeamDraft = team
        ? { id: team.id, name: { ...team.name }, leadId: team.lead.id, memberIds: team.members.map((member) => member.id) }
        : { id: '', name: { en: '', es: '' }, leadId: '', memberIds: [] };
      this.team.set(draft);
      this.opened.set(JSON.stringify(draft));
      this.errors.set({});
      this.problem.set(null);
      this.editing.set(team?.id ?? 'new');
    };
    if (this.dirty()) this.confirmLeave().subscribe((leave) => leave && open());
    else open();
  }

  protected cancel(): void {
    this.editing.set(null);
  }

  protected setTeam(change: Partial<TeamDraft>): void {
    this.team.update((team) => ({ ...team, ...change }));
  }

  protected setTeamName(language: InterfaceLanguage, value: string): void {
    this.team.update((team) => ({ ...team, name: { ...team.name, [language]: value } }));
  }

  protected addMember(event: MatChipInputEvent): void {
    const id = event.value.trim().toUpperCase();
    event.chipInput.clear();
    if (id) this.team.update((team) => (team.memberIds.includes(id) ? team : { ...team, memberIds: [...team.memberIds, id] }));
  }

  protected removeMember(id: string): void {
    this.team.update((team) => ({ ...team, memberIds: team.memberIds.filter((existing) => existing !== id) }));
  }

  protected saveTeam(): void {
    if (this.saving()) return;
    this.problem.set(null);
    const { id, ...input } = this.team();
    const errors: FieldErrors = {};
    const idCheck = CatalogueIdSchema.safeParse(id.trim());
    if (this.editing() === 'new' && !idCheck.success) errors['id'] = this.transloco.translate('hr.helpDeskSettings.catalogue.errors.slug');
    const checked = TeamInputSchema.safeParse(input);
    if (!checked.success) Object.assign(errors, issuesByPath(checked.error.issues));
    if (Object.keys(errors).length) {
      this.errors.set(errors);
      return;
    }
    this.errors.set({});
    this.saving.set(true);
    this.api.saveTeam(id.trim(), checked.data!).subscribe({
      next: (saved) => {
        this.saving.set(false);
        this.catalogue.update((catalogue) => ({ ...catalogue, teams: [...catalogue.teams.filter((team) => team.id !== saved.id), saved].sort((a, b) => a.name.en.localeCompare(b.name.en)) }));
        this.editing.set(null);
        this.snackBar.open(this.transloco.translate('hr.helpDeskSettings.catalogue.teamSaved'), undefined, { duration: 4000 });
      },
      error: (error: unknown) => {
        this.saving.set(false);
        const fields = serverFieldErrors(error);
        if (Object.keys(fields).length) this.errors.set(fields);
        else this.problem.set(problemOf(error));
      },
    });
  }

  protected teamError(path: string): string | null {
    const errors = this.errors();
    return errors[path] ?? Object.entries(errors).find(([key]) => key.startsWith(`${path}.`))?.[1] ?? null;
  }
}

import { COMMA, ENTER, SPACE } from '@angular/cdk/keycodes';
import { NgTemplateOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatChipsModule, type MatChipInputEvent } from '@angular/material/chips';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { interfaceLanguages, type InterfaceLanguage } from '@portico/shared/i18n/languages';
import {
  CatalogueIdSchema,
  TeamInputSchema,
  ticketCategories,
  ticketCategoryNames,
  type ManagedCatalogue,
  type ManagedTeam,
  type TeamInput,
} from '@portico/shared/tickets/catalogue.schemas';

import { interfaceLanguageOf } from '../../../../core/i18n/interface-language';
import { FieldMessages } from '../../../../core/http/field-messages';
import { issuesByPath, type FieldErrors, type FieldIssues } from '../../../../core/http/field-errors';
import { SettingsPageHeader } from '../settings-page-header';
import { SettingsPage } from '../settings-page';
import { CatalogueStore } from './catalogue.store';
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
  imports: [
    MatButtonModule,
    MatChipsModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    NgTemplateOutlet,
    RouterLink,
    SettingsPageHeader,
    TranslocoPipe,
  ],
  templateUrl: './catalogue-page.html',
  styleUrl: './catalogue-page.scss',
  providers: [CatalogueStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CataloguePage extends SettingsPage {
  protected readonly store = inject(CatalogueStore);
  private readonly transloco = inject(TranslocoService);
  private readonly fields = inject(FieldMessages);

  protected readonly languages = interfaceLanguages;
  protected readonly separatorKeys = [ENTER, COMMA, SPACE];
  protected readonly language = interfaceLanguageOf(this.transloco);
  protected readonly catalogue = signal<ManagedCatalogue>({ types: [], teams: [] });
  protected readonly categories = computed(() =>
    ticketCategories
      .map((category) => ({
        id: category,
        name: ticketCategoryNames[category][this.language()],
        types: this.catalogue().types.filter((type) => type.category === category),
      }))
      .filter((category) => category.types.length),
  );

  /** The team being edited: its id, `new`, or none. */
  protected readonly editing = signal<string | null>(null);
  protected readonly team = signal<TeamDraft>({ id: '', name: { en: '', es: '' }, leadId: '', memberIds: [] });
  private readonly opened = signal('');
  protected readonly dirty = computed(() => this.editing() !== null && JSON.stringify(this.team()) !== this.opened());
  /** The stored team being edited (none for a new one). */
  protected readonly currentTeam = computed(() => this.catalogue().teams.find((team) => team.id === this.editing()));
  protected readonly errors = signal<FieldErrors>({});

  protected load(): void {
    this.store.load((catalogue) => this.catalogue.set(catalogue));
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
    this.store.leaveChanges(open);
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
    const { id, ...input } = this.team();
    const idCheck = CatalogueIdSchema.safeParse(id.trim());
    const checked = TeamInputSchema.safeParse(input);
    const errors: FieldIssues = {
      // The id is checked alone: its issue has no path of its own.
      ...(this.editing() === 'new' && !idCheck.success ? { id: issuesByPath(idCheck.error.issues)['form']! } : {}),
      ...(checked.success ? {} : issuesByPath(checked.error.issues)),
    };
    this.store.save({
      errors,
      show: (issues) => this.errors.set(this.shown(issues)),
      send: () => this.store.saveTeam(id.trim(), checked.data!),
      saved: (saved) => {
        this.catalogue.update((catalogue) => ({
          ...catalogue,
          teams: [...catalogue.teams.filter((team) => team.id !== saved.id), saved].sort((a, b) => a.name.en.localeCompare(b.name.en)),
        }));
        this.editing.set(null);
      },
      savedKey: 'hr.helpDeskSettings.catalogue.teamSaved',
    });
  }

  /** The issues in the reader's language: this page's words for a team's id, the shared ones otherwise. */
  private shown(issues: FieldIssues): FieldErrors {
    return Object.fromEntries(
      Object.entries(issues).map(([path, issue]) => [
        path,
        path === 'id' ? this.transloco.translate('hr.helpDeskSettings.catalogue.errors.slug') : this.fields.text(issue),
      ]),
    );
  }

  protected teamError(path: string): string | null {
    const errors = this.errors();
    return errors[path] ?? Object.entries(errors).find(([key]) => key.startsWith(`${path}.`))?.[1] ?? null;
  }
}

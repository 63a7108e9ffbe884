import { Injectable, computed, inject, signal } from '@angular/core';
import { MatSnackBar } from '@angular/material/snack-bar';
import { TranslocoService } from '@jsverse/transloco';
import {
  PersonalChangesSchema,
  type BankAccount,
  type MyChangeRequest,
  type MyData,
  type NationalId,
  type PersonalChanges,
  type PersonalField,
  type SensitiveField,
} from '@portico/shared/profile/profile.schemas';
import type { Observable } from 'rxjs';

import { issuesByPath, serverFieldErrors, type FieldIssues } from '../../../core/http/field-errors';
import { problemOf, type ShownProblem } from '../../../core/http/problem';
import { leaveConfirmation } from '../../../shared/ui/confirm-dialog/confirm-dialog';
import { IdentityCheck } from '../identity-check';
import { ProfileApi } from '../profile-api';
import type { Section } from './sections';

export type MyDataStatus = 'loading' | 'loaded' | 'failed';

/** What a submission sends besides the changes. */
export interface SubmitOptions {
  effectiveDate?: string;
  documentId?: string;
}

/**
 * "My data"'s state and calls (ADR 0013): the record, the one section being edited, its
 * field issues (from the shared schema before sending, from the server after), sensitive
 * values the owner asked to see, and the question before unsaved changes are left.
 */
@Injectable()
export class MyDataStore {
  private readonly api = inject(ProfileApi);
  private readonly snackBar = inject(MatSnackBar);
  private readonly transloco = inject(TranslocoService);
  private readonly confirmLeave = leaveConfirmation();
  private readonly identity = inject(IdentityCheck);
  private dirty: () => boolean = () => false;

  readonly data = signal<MyData | null>(null);
  readonly status = signal<MyDataStatus>('loading');
  readonly editing = signal<Section | null>(null);
  readonly saving = signal(false);
  readonly uploading = signal(false);
  /** Issues of the section being edited, by path under `changes` (`phones.0.number`). */
  readonly issues = signal<FieldIssues>({});
  readonly problem = signal<ShownProblem | null>(null);
  readonly revealed = signal<{ bankAccount?: BankAccount; nationalId?: NationalId }>({});
  /** The bank section asks for a new sign-in before its form opens, and when the server asked for one. */
  readonly signInNeeded = signal(false);

  /** Requests still waiting or scheduled, by field. */
  readonly open = computed(() => {
    const byField = new Map<PersonalField, MyChangeRequest[]>();
    for (const request of this.data()?.requests ?? []) {
      if (request.state !== 'pending' && request.state !== 'scheduled' && request.state !== 'approved') continue;
      for (const field of request.fields) byField.set(field, [...(byField.get(field) ?? []), request]);
    }
    return byField;
  });

  /** Loads the record, then opens `edit`'s form when given (coming back from a sign-in). */
  load(edit?: Section): void {
    this.status.set('loading');
    this.api.myData().subscribe({
      next: (data) => {
        this.data.set(data);
        this.status.set('loaded');
        if (edit) this.edit(edit);
      },
      error: () => this.status.set('failed'),
    });
  }

  trackChanges(dirty: () => boolean): void {
    this.dirty = dirty;
  }

  canLeave(): boolean | Observable<boolean> {
    return this.dirty() ? this.confirmLeave() : true;
  }

  /** Opens a section's form, after asking when another one holds changes. */
  edit(section: Section): void {
    const open = () => {
      this.issues.set({});
      this.problem.set(null);
      this.signInNeeded.set(section === 'bank' && !this.identity.recent());
      this.editing.set(section);
    };
    if (this.editing() && this.dirty()) this.confirmLeave().subscribe((leave) => leave && open());
    else open();
  }

  /** To the IdP, which checks who this is again, and back to the bank account's form. */
  signInAgain(): void {
    this.identity.confirm('/my-data?edit=bank');
  }

  cancel(): void {
    this.signInNeeded.set(false);
    this.editing.set(null);
    this.issues.set({});
    this.problem.set(null);
  }

  /** Checks the changes with the shared schema, then sends them; the page's form stays as typed when anything is refused. */
  save(changes: PersonalChanges, options: SubmitOptions = {}): void {
    if (this.saving()) return;
    this.problem.set(null);
    const checked = PersonalChangesSchema.safeParse(changes);
    if (!checked.success) {
      this.issues.set(issuesByPath(checked.error.issues));
      return;
    }
    this.issues.set({});
    this.saving.set(true);
    this.api.submit({ changes: checked.data, ...options }).subscribe({
      next: (result) => {
        this.saving.set(false);
        this.data.set(result.data);
        this.editing.set(null);
        this.revealed.set({});
        this.notify(result.requests, result.applied.length > 0);
      },
      error: (error: unknown) => {
        this.saving.set(false);
        const fields = serverFieldErrors(error, 'changes');
        const others = serverFieldErrors(error);
        const problem = problemOf(error);
        if (Object.keys(fields).length) this.issues.set(fields);
        else if (Object.keys(others).length) this.issues.set(others);
        else if (problem.code === 'sign_in_again') this.signInNeeded.set(true);
        else this.problem.set(problem);
      },
    });
  }

  /** Uploads a supporting document; its id, or null when it was refused (the reason in `problem`). */
  uploadDocument(file: File, done: (id: string | null) => void): void {
    this.uploading.set(true);
    this.problem.set(null);
    this.api.uploadDocument(file).subscribe({
      next: (document) => {
        this.uploading.set(false);
        done(document.id);
      },
      error: (error: unknown) => {
        this.uploading.set(false);
        this.problem.set(problemOf(error));
        done(null);
      },
    });
  }

  /** Takes back a request nobody has decided yet. */
  withdraw(id: string): void {
    this.api.withdraw(id).subscribe({
      next: () => {
        this.snackBar.open(this.transloco.translate('profile.withdrawn'), undefined, { duration: 4000 });
        this.load();
      },
      error: (error: unknown) => {
        this.problem.set(problemOf(error));
        this.load();
      },
    });
  }

  reveal(field: SensitiveField): void {
    this.api.reveal(field).subscribe({
      next: (shown) => this.revealed.update((revealed) => ({ ...revealed, [shown.field]: shown.value })),
      error: (error: unknown) => this.problem.set(problemOf(error)),
    });
  }

  hide(field: SensitiveField): void {
    this.revealed.update((revealed) => {
      const shown = { ...revealed };
      delete shown[field];
      return shown;
    });
  }

  private notify(requests: MyChangeRequest[], applied: boolean): void {
    const waiting = requests.map((request) => request.approver?.name ?? this.transloco.translate('profile.hr'));
    const key = requests.length ? (applied ? 'profile.savedAndSent' : 'profile.sent') : applied ? 'profile.saved' : 'profile.unchanged';
    this.snackBar.open(this.transloco.translate(key, { approvers: waiting.join(', ') }), undefined, { duration: 6000 });
  }
}

import { ChangeDetectionStrategy, Component, computed, inject, signal, viewChild, type OnInit } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { TranslocoPipe } from '@jsverse/transloco';
import { TranslocoDatePipe } from '@jsverse/transloco-locale';
import { personalFields, routesOf, type FieldPolicy } from '@portico/shared/profile/profile.schemas';
import type { Observable } from 'rxjs';

import type { LeavablePage } from '../../../core/drafts/unsaved-changes.guard';
import { leaveConfirmation } from '../../../shared/ui/confirm-dialog/confirm-dialog';
import { ApprovalTimingForm } from './approval-timing-form';
import { FieldPolicyStore } from './field-policy.store';

/** Who approves a change of each personal field, and how long things wait (/hr/people/field-policy, `settings.manage`). */
@Component({
  selector: 'app-field-policy-page',
  imports: [ApprovalTimingForm, FormsModule, MatButtonModule, MatFormFieldModule, MatProgressBarModule, MatSelectModule, TranslocoDatePipe, TranslocoPipe],
  templateUrl: './field-policy-page.html',
  styleUrl: './field-policy-page.scss',
  providers: [FieldPolicyStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FieldPolicyPage implements OnInit, LeavablePage {
  protected readonly store = inject(FieldPolicyStore);
  private readonly confirmLeave = leaveConfirmation();
  protected readonly fields = personalFields;
  protected readonly routesOf = routesOf;
  private readonly timing = viewChild(ApprovalTimingForm);
  /** The policy as edited; null until loaded. */
  protected readonly draft = signal<FieldPolicy | null>(null);
  protected readonly dirty = computed(() => {
    const draft = this.draft();
    const stored = this.store.settings()?.policy;
    return Boolean(draft && stored && personalFields.some((field) => draft[field] !== stored[field]));
  });

  ngOnInit(): void {
    this.store.load();
  }

  protected policy(): FieldPolicy | null {
    return this.draft() ?? this.store.settings()?.policy ?? null;
  }

  protected set(field: (typeof personalFields)[number], route: FieldPolicy[typeof field]): void {
    this.draft.set({ ...this.policy()!, [field]: route });
  }

  protected useDefaults(): void {
    this.draft.set({ ...this.store.settings()!.defaults });
  }

  protected save(): void {
    const policy = this.policy();
    if (policy) this.store.save(policy, () => this.draft.set(null));
  }

  canLeave(): boolean | Observable<boolean> {
    return this.dirty() || this.timing()?.dirty() ? this.confirmLeave() : true;
  }
}

import { NgTemplateOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject, signal, type OnInit } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { TranslocoPipe } from '@jsverse/transloco';
import { TranslocoDatePipe } from '@jsverse/transloco-locale';
import { personalFields, type ApprovalItem, type PersonalField } from '@portico/shared/profile/profile.schemas';

import { FieldMessages } from '../../../core/http/field-messages';
import { interfaceLanguageOf } from '../../../core/i18n/interface-language';
import { ApprovalsStore } from './approvals.store';
import { describeValue } from '../values';

/**
 * The approvals inbox (/approvals): what waits for the reader's decision, oldest first, each
 * field before and after, conflicts and shared accounts called out; approve or reject one or
 * many; and a delegate while away.
 */
@Component({
  selector: 'app-approvals-page',
  imports: [
    FormsModule,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
    NgTemplateOutlet,
    TranslocoDatePipe,
    TranslocoPipe,
  ],
  templateUrl: './approvals-page.html',
  styleUrl: './approvals-page.scss',
  providers: [ApprovalsStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ApprovalsPage implements OnInit {
  protected readonly store = inject(ApprovalsStore);
  private readonly messages = inject(FieldMessages);
  private readonly language = interfaceLanguageOf();
  protected readonly fields = personalFields;
  /** The request being rejected (one at a time), or `selected` for the picked ones, with its reason. */
  protected readonly rejecting = signal<string | null>(null);
  protected reason = '';
  protected readonly editingDelegation = signal(false);
  protected delegate = { delegateId: '', from: '', to: '' };

  ngOnInit(): void {
    this.store.load();
  }

  protected names(people: readonly { name: string }[]): string {
    return people.map((person) => person.name).join(', ');
  }

  protected value(field: PersonalField, value: unknown): string {
    return describeValue(field, value, this.language());
  }

  protected documentUrl(item: ApprovalItem): string {
    return `/api/profile/approvals/${encodeURIComponent(item.id)}/document`;
  }

  /** "asked today", "… (1 day ago)" or "… (3 days ago)". */
  protected askedKey(item: ApprovalItem): string {
    const days = this.daysWaiting(item);
    return days === 0 ? 'approvals.askedToday' : days === 1 ? 'approvals.askedOneDay' : 'approvals.asked';
  }

  protected daysWaiting(item: ApprovalItem): number {
    return Math.max(0, Math.floor((Date.now() - new Date(item.createdAt).getTime()) / (24 * 3_600_000)));
  }

  protected approve(item: ApprovalItem): void {
    this.store.decide(item.id, { outcome: 'approved' });
  }

  protected startRejecting(target: string): void {
    this.reason = '';
    this.rejecting.set(target);
  }

  protected reject(): void {
    const target = this.rejecting();
    if (!target || !this.reason.trim()) return;
    if (target === 'selected') this.store.decideSelected({ outcome: 'rejected', reason: this.reason });
    else this.store.decide(target, { outcome: 'rejected', reason: this.reason });
    this.rejecting.set(null);
  }

  protected editDelegation(): void {
    const current = this.store.delegation();
    const today = new Date().toISOString().slice(0, 10);
    this.delegate = current ? { delegateId: current.delegate.id, from: current.from, to: current.to } : { delegateId: '', from: today, to: today };
    this.store.loadCandidates();
    this.editingDelegation.set(true);
  }

  protected saveDelegation(): void {
    this.store.saveDelegation({ ...this.delegate }, () => this.editingDelegation.set(false));
  }

  protected removeDelegation(): void {
    this.store.saveDelegation(null, () => this.editingDelegation.set(false));
  }

  protected delegationError(path: string): string | null {
    const issue = this.store.delegationIssues()[path];
    return issue ? this.messages.text(issue) : null;
  }
}

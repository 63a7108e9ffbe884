import { ChangeDetectorRef, Directive, computed, effect, inject, input, type OnInit } from '@angular/core';
import type { AbstractControl, FormGroup } from '@angular/forms';
import { internationalPhone } from '@portico/shared/profile/personal-data';
import type { ApprovalRoute, MyData, PersonalChanges, PersonalField } from '@portico/shared/profile/profile.schemas';

import { FieldMessages } from '../../../core/http/field-messages';
import { interfaceLanguageOf } from '../../../core/i18n/interface-language';
import { countryOptions } from './countries';
import { MyDataStore, type SubmitOptions } from './my-data.store';

/**
 * What every section form of "my data" does: its form mirrors the changes it sends (so an
 * issue's path, from the shared schema or the server, names its control), issues are put on
 * their controls in the reader's language, the store knows whether it holds changes, and
 * phone numbers typed without a country code get the office's.
 */
@Directive()
export abstract class SectionForm implements OnInit {
  protected readonly store = inject(MyDataStore);
  private readonly messages = inject(FieldMessages);
  private readonly changes = inject(ChangeDetectorRef);
  readonly data = input.required<MyData>();
  private readonly language = interfaceLanguageOf();
  /** Countries for the forms that ask for one, named and sorted in the reader's language. */
  protected readonly countries = computed(() => countryOptions(this.language()));
  protected abstract readonly form: FormGroup;

  constructor() {
    effect(() => {
      const issues = this.store.issues();
      for (const [path, issue] of Object.entries(issues)) {
        const control: AbstractControl = this.form.get(path) ?? this.form;
        control.setErrors({ issue: this.messages.text(issue) });
        control.markAsTouched();
      }
      this.changes.markForCheck();
    });
  }

  ngOnInit(): void {
    this.store.trackChanges(() => this.form.dirty);
  }

  /** The message on a control (`phones.0.number`), or on the whole form. */
  protected errorOf(path?: string): string | null {
    const control = path ? this.form.get(path) : this.form;
    return (control?.errors?.['issue'] as string | undefined) ?? null;
  }

  protected routeOf(field: PersonalField): ApprovalRoute {
    return this.data().policy[field];
  }

  /** Who agrees to a change of these fields: null (nobody), `manager`, `hr`, or `mixed`. */
  protected approvalOf(...fields: PersonalField[]): ApprovalRoute | 'mixed' | null {
    const routes = new Set(fields.map((field) => this.routeOf(field)).filter((route) => route !== 'immediate'));
    if (routes.size === 0) return null;
    return routes.size === 1 && fields.every((field) => this.routeOf(field) !== 'immediate') ? [...routes][0]! : 'mixed';
  }

  protected phone(value: string): string {
    return internationalPhone(value, this.data().officeCountry) ?? value.trim();
  }

  protected send(changes: PersonalChanges, options: SubmitOptions = {}): void {
    this.store.save(changes, options);
  }

  protected cancel(): void {
    this.store.cancel();
  }
}

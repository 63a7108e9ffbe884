import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { TranslocoPipe } from '@jsverse/transloco';
import { MAX_PHONES, phoneKinds, type Phone } from '@portico/shared/profile/profile.schemas';

import { FormActions } from './form-actions';
import { SectionForm } from './section-form';

/** Personal email and up to three phone numbers. */
@Component({
  selector: 'app-contact-form',
  imports: [FormActions, MatButtonModule, MatFormFieldModule, MatIconModule, MatInputModule, MatSelectModule, ReactiveFormsModule, TranslocoPipe],
  templateUrl: './contact-form.html',
  styleUrl: './section-form.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ContactForm extends SectionForm {
  private readonly fb = inject(NonNullableFormBuilder);
  protected readonly kinds = phoneKinds;
  protected readonly maxPhones = MAX_PHONES;
  protected readonly form = this.fb.group({ personalEmail: '', phones: this.fb.array<ReturnType<ContactForm['phoneGroup']>>([]) });

  private phoneGroup(phone: Phone = { kind: 'mobile', number: '' }) {
    return this.fb.group({ kind: this.fb.control<Phone['kind']>(phone.kind), number: phone.number });
  }

  override ngOnInit(): void {
    const personal = this.data().personal;
    this.form.controls.personalEmail.setValue(personal.personalEmail);
    for (const phone of personal.phones) this.form.controls.phones.push(this.phoneGroup(phone));
    if (!personal.phones.length) this.form.controls.phones.push(this.phoneGroup());
    this.form.markAsPristine();
    super.ngOnInit();
  }

  protected addPhone(): void {
    this.form.controls.phones.push(this.phoneGroup());
    this.form.markAsDirty();
  }

  protected removePhone(index: number): void {
    this.form.controls.phones.removeAt(index);
    this.form.markAsDirty();
  }

  protected save(): void {
    const value = this.form.getRawValue();
    this.send({
      personalEmail: value.personalEmail.trim(),
      phones: value.phones.filter((phone) => phone.number.trim()).map((phone) => ({ kind: phone.kind, number: this.phone(phone.number) })),
    });
  }
}

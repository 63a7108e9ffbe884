import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { TranslocoPipe } from '@jsverse/transloco';
import { MAX_EMERGENCY_CONTACTS, type EmergencyContact } from '@portico/shared/profile/profile.schemas';

import { FormActions } from './form-actions';
import { SectionForm } from './section-form';

/** Up to five people to call in an emergency. */
@Component({
  selector: 'app-emergency-form',
  imports: [FormActions, MatButtonModule, MatFormFieldModule, MatIconModule, MatInputModule, ReactiveFormsModule, TranslocoPipe],
  templateUrl: './emergency-form.html',
  styleUrl: './section-form.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EmergencyForm extends SectionForm {
  private readonly fb = inject(NonNullableFormBuilder);
  protected readonly max = MAX_EMERGENCY_CONTACTS;
  protected readonly form = this.fb.group({ emergencyContacts: this.fb.array<ReturnType<EmergencyForm['contactGroup']>>([]) });

  private contactGroup(contact: EmergencyContact = { name: '', relationship: '', phone: '', email: '' }) {
    return this.fb.group({ name: contact.name, relationship: contact.relationship, phone: contact.phone, email: contact.email });
  }

  override ngOnInit(): void {
    for (const contact of this.data().personal.emergencyContacts) this.form.controls.emergencyContacts.push(this.contactGroup(contact));
    if (!this.data().personal.emergencyContacts.length) this.form.controls.emergencyContacts.push(this.contactGroup());
    this.form.markAsPristine();
    super.ngOnInit();
  }

  protected add(): void {
    this.form.controls.emergencyContacts.push(this.contactGroup());
    this.form.markAsDirty();
  }

  protected remove(index: number): void {
    this.form.controls.emergencyContacts.removeAt(index);
    this.form.markAsDirty();
  }

  protected save(): void {
    const contacts = this.form.getRawValue().emergencyContacts.filter((contact) => Object.values(contact).some((value) => value.trim()));
    this.send({ emergencyContacts: contacts.map((contact) => ({ ...contact, phone: this.phone(contact.phone), email: contact.email.trim() })) });
  }
}

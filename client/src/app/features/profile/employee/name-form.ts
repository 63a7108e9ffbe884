import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { TranslocoPipe } from '@jsverse/transloco';
import type { PersonalChanges } from '@portico/shared/profile/profile.schemas';

import { FormActions } from './form-actions';
import { SectionForm } from './section-form';

/** Legal and preferred name, pronouns and date of birth; a legal name change brings its supporting document. */
@Component({
  selector: 'app-name-form',
  imports: [FormActions, MatButtonModule, MatFormFieldModule, MatInputModule, ReactiveFormsModule, TranslocoPipe],
  templateUrl: './name-form.html',
  styleUrl: './section-form.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NameForm extends SectionForm {
  private readonly fb = inject(NonNullableFormBuilder);
  protected readonly form = this.fb.group({
    legalName: this.fb.group({ first: '', last: '' }),
    preferredName: '',
    pronouns: '',
    dateOfBirth: '',
    documentId: '',
  });
  protected documentName = '';
  protected readonly approval = computed(() => this.approvalOf('legalName', 'preferredName', 'pronouns', 'dateOfBirth'));

  override ngOnInit(): void {
    const personal = this.data().personal;
    this.form.reset({
      legalName: personal.legalName,
      preferredName: personal.preferredName,
      pronouns: personal.pronouns,
      dateOfBirth: personal.dateOfBirth ?? '',
      documentId: '',
    });
    super.ngOnInit();
  }

  /** Whether the legal name differs from the record's and a person must agree to it: then a document is asked for. */
  protected legalNameChanged(): boolean {
    const typed = this.form.controls.legalName.getRawValue();
    const stored = this.data().personal.legalName;
    return this.routeOf('legalName') !== 'immediate' && (typed.first.trim() !== stored.first || typed.last.trim() !== stored.last);
  }

  protected attach(event: Event): void {
    const file = (event.target as HTMLInputElement).files?.[0];
    if (!file) return;
    this.store.uploadDocument(file, (id) => {
      this.documentName = id ? file.name : '';
      this.form.controls.documentId.setValue(id ?? '');
      this.form.markAsDirty();
    });
  }

  protected save(): void {
    const value = this.form.getRawValue();
    const changes: PersonalChanges = {
      legalName: { first: value.legalName.first, last: value.legalName.last },
      preferredName: value.preferredName,
      pronouns: value.pronouns,
      ...(value.dateOfBirth || this.data().personal.dateOfBirth ? { dateOfBirth: value.dateOfBirth } : {}),
    };
    this.send(changes, this.legalNameChanged() && value.documentId ? { documentId: value.documentId } : {});
  }
}

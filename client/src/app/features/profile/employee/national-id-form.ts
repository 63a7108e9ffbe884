import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { TranslocoPipe } from '@jsverse/transloco';

import { FormActions } from './form-actions';
import { SectionForm } from './section-form';

/** National id or tax number. Nothing is filled in from the stored one. */
@Component({
  selector: 'app-national-id-form',
  imports: [FormActions, MatFormFieldModule, MatInputModule, MatSelectModule, ReactiveFormsModule, TranslocoPipe],
  template: `
    <form [formGroup]="form" (ngSubmit)="save()" novalidate>
      <div class="grid" formGroupName="nationalId">
        <mat-form-field appearance="outline" subscriptSizing="dynamic">
          <mat-label>{{ 'profile.fields.idCountry' | transloco }}</mat-label>
          <mat-select formControlName="country">
            @for (country of countries(); track country.code) {
              <mat-option [value]="country.code">{{ country.name }}</mat-option>
            }
          </mat-select>
          <mat-error>{{ errorOf('nationalId.country') }}</mat-error>
        </mat-form-field>
        <mat-form-field appearance="outline" subscriptSizing="dynamic">
          <mat-label>{{ 'profile.fields.idNumber' | transloco }}</mat-label>
          <input matInput formControlName="number" maxlength="30" autocomplete="off" spellcheck="false" data-testid="national-id-number" />
          <mat-error>{{ errorOf('nationalId.number') }}</mat-error>
        </mat-form-field>
      </div>
      <app-form-actions [saving]="store.saving()" [approval]="approvalOf('nationalId')" (cancelled)="cancel()" />
    </form>
  `,
  styleUrl: './section-form.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NationalIdForm extends SectionForm {
  private readonly fb = inject(NonNullableFormBuilder);
  protected readonly form = this.fb.group({ nationalId: this.fb.group({ country: '', number: '' }) });

  override ngOnInit(): void {
    const data = this.data();
    this.form.controls.nationalId.patchValue({ country: data.personal.nationalId?.country ?? data.officeCountry });
    this.form.markAsPristine();
    super.ngOnInit();
  }

  protected save(): void {
    this.send({ nationalId: this.form.getRawValue().nationalId });
  }
}

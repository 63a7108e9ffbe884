import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { TranslocoPipe } from '@jsverse/transloco';

import { EffectiveDate } from './effective-date';
import { FormActions } from './form-actions';
import { SectionForm } from './section-form';

/** The home address, with the country's own postal code check. */
@Component({
  selector: 'app-address-form',
  imports: [EffectiveDate, FormActions, MatFormFieldModule, MatInputModule, MatSelectModule, ReactiveFormsModule, TranslocoPipe],
  templateUrl: './address-form.html',
  styleUrl: './section-form.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AddressForm extends SectionForm {
  private readonly fb = inject(NonNullableFormBuilder);
  protected readonly form = this.fb.group({
    homeAddress: this.fb.group({ country: '', line1: '', line2: '', city: '', region: '', postalCode: '' }),
    effectiveDate: '',
  });

  override ngOnInit(): void {
    const address = this.data().personal.homeAddress;
    this.form.reset({
      homeAddress: address ?? { country: this.data().officeCountry, line1: '', line2: '', city: '', region: '', postalCode: '' },
      effectiveDate: '',
    });
    super.ngOnInit();
  }

  protected save(): void {
    const { homeAddress, effectiveDate } = this.form.getRawValue();
    this.send({ homeAddress }, effectiveDate ? { effectiveDate } : {});
  }
}

import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import { MatSelectModule } from '@angular/material/select';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { TranslocoPipe } from '@jsverse/transloco';
import type { BankAccount } from '@portico/shared/profile/profile.schemas';

import { EffectiveDate } from './effective-date';
import { FormActions } from './form-actions';
import { SectionForm } from './section-form';

/** Where salary is paid: an IBAN, or a routing and account number where IBAN is not used. Nothing is filled in from the stored account. */
@Component({
  selector: 'app-bank-form',
  imports: [EffectiveDate, FormActions, MatFormFieldModule, MatInputModule, MatRadioModule, MatSelectModule, ReactiveFormsModule, TranslocoPipe],
  templateUrl: './bank-form.html',
  styleUrl: './section-form.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class BankForm extends SectionForm {
  private readonly fb = inject(NonNullableFormBuilder);
  protected readonly form = this.fb.group({
    bankAccount: this.fb.group({
      scheme: this.fb.control<BankAccount['scheme']>('iban'),
      holder: '',
      iban: '',
      country: '',
      routingNumber: '',
      accountNumber: '',
    }),
    effectiveDate: '',
  });

  override ngOnInit(): void {
    const data = this.data();
    const usesIban = data.personal.bankAccount ? data.personal.bankAccount.scheme === 'iban' : !['US', 'BR', 'CA', 'AU'].includes(data.officeCountry);
    this.form.controls.bankAccount.patchValue({
      scheme: usesIban ? 'iban' : 'account',
      holder: `${data.personal.legalName.first} ${data.personal.legalName.last}`,
      country: data.personal.bankAccount?.country ?? data.officeCountry,
    });
    this.form.markAsPristine();
    super.ngOnInit();
  }

  protected save(): void {
    const { bankAccount: account, effectiveDate } = this.form.getRawValue();
    const bankAccount: BankAccount =
      account.scheme === 'iban'
        ? { scheme: 'iban', holder: account.holder, iban: account.iban }
        : { scheme: 'account', holder: account.holder, country: account.country, routingNumber: account.routingNumber, accountNumber: account.accountNumber };
    this.send({ bankAccount }, effectiveDate ? { effectiveDate } : {});
  }
}

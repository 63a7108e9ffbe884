import { countryName, formatPhone, friendlyIban } from '@portico/shared/profile/personal-data';
import type { BankAccount, EmergencyContact, HomeAddress, NationalId, PersonalField, Phone } from '@portico/shared/profile/profile.schemas';

/** A field's value in one line, as an approver or a record's history shows it ("" for nothing); a masked value as its last four. */
export function describeValue(field: PersonalField, value: unknown, language: string): string {
  if (value === null || value === undefined || value === '') return '';
  if (typeof value === 'object' && 'last4' in value) return `\u2022\u2022\u2022\u2022 ${String(value.last4)}`;
  switch (field) {
    case 'legalName': {
      const name = value as { first: string; last: string };
      return `${name.first} ${name.last}`;
    }
    case 'phones':
      return (value as Phone[]).map((phone) => formatPhone(phone.number)).join(', ');
    case 'homeAddress': {
      const address = value as HomeAddress;
      return [address.line1, address.line2, `${address.postalCode} ${address.city}`, address.region, countryName(address.country, language)]
        .filter(Boolean)
        .join(', ');
    }
    case 'emergencyContacts':
      return (value as EmergencyContact[]).map((contact) => `${contact.name} (${contact.relationship}) ${formatPhone(contact.phone)}`).join('; ');
    case 'bankAccount': {
      const account = value as BankAccount;
      return account.scheme === 'iban'
        ? `${friendlyIban(account.iban)} · ${account.holder}`
        : `${account.routingNumber} · ${account.accountNumber} (${countryName(account.country, language)}) · ${account.holder}`;
    }
    case 'nationalId': {
      const id = value as NationalId;
      return `${id.number} (${countryName(id.country, language)})`;
    }
    case 'dateOfBirth':
      return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${String(value)}T00:00:00Z`));
    default:
      return String(value);
  }
}

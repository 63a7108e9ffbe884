import { fakerEN_GB, fakerEN_US, fakerES, fakerPT_BR, fakerRO, type Faker } from '@faker-js/faker';
import { internationalPhone, isAbaRoutingNumber, isIban, isPostalCode } from '@portico/shared/profile/personal-data';
import type { BankAccount, EmergencyContact, NationalId, PersonalValues } from '@portico/shared/profile/profile.schemas';

import { DEMO_SEED, personas } from '../../directory';

/*
 * A believable personal record for every person of the demo company, the same on every
 * run: each person's values come from a faker of their office's country, seeded with the
 * demo seed and their employee number. Bank accounts have valid IBANs (or US and Brazilian
 * routing and account numbers), postal codes fit their country, phones are real formats.
 */

const fakers: Record<string, Faker> = { ES: fakerES, GB: fakerEN_GB, US: fakerEN_US, RO: fakerRO, BR: fakerPT_BR };
const fallbackPostcodes: Record<string, string> = { ES: '28013', GB: 'SW1A 1AA', US: '10001', RO: '010011', BR: '01310-100' };
const relationships: Record<string, string[]> = {
  ES: ['Pareja', 'Madre', 'Padre', 'Hermana', 'Hermano', 'Amiga'],
  GB: ['Partner', 'Mother', 'Father', 'Sister', 'Brother', 'Friend'],
  US: ['Spouse', 'Mother', 'Father', 'Sister', 'Brother', 'Friend'],
  RO: ['Soț', 'Soție', 'Mamă', 'Tată', 'Soră', 'Frate'],
  BR: ['Cônjuge', 'Mãe', 'Pai', 'Irmã', 'Irmão', 'Amigo'],
};

/** Tries `make` until `valid` holds (a faker's formats are not all valid), then falls back. */
function until<T>(make: () => T, valid: (value: T) => boolean, fallback: T): T {
  for (let attempt = 0; attempt < 25; attempt++) {
    const value = make();
    if (valid(value)) return value;
  }
  return fallback;
}

const phone = (faker: Faker, country: string) =>
  internationalPhone(
    until(
      () => faker.phone.number({ style: 'international' }),
      (number) => internationalPhone(number) !== null,
      { ES: '+34 612 34 56 78', GB: '+44 7700 900123', US: '+1 202 555 0143', RO: '+40 721 234 567', BR: '+55 11 91234 5678' }[country]!,
    ),
  )!;

function bankAccount(faker: Faker, country: string, holder: string): BankAccount {
  if (country === 'US') {
    return {
      scheme: 'account',
      holder,
      country,
      routingNumber: until(() => faker.finance.routingNumber(), isAbaRoutingNumber, '021000021'),
      accountNumber: faker.string.numeric(10),
    };
  }
  if (country === 'BR') {
    return {
      scheme: 'account',
      holder,
      country,
      routingNumber: `${faker.string.numeric(3)}-${faker.string.numeric(4)}`,
      accountNumber: `${faker.string.numeric(8)}-${faker.string.numeric(1)}`,
    };
  }
  return { scheme: 'iban', holder, iban: until(() => faker.finance.iban({ formatted: false, countryCode: country }), isIban, 'GB29NWBK60161331926819') };
}

/** A DNI's control letter. */
const dniLetter = (digits: string) => 'TRWAGMYFPDXBNJZSQVHLCKE'[Number(digits) % 23]!;

function nationalId(faker: Faker, country: string): NationalId {
  switch (country) {
    case 'ES': {
      const digits = faker.string.numeric(8);
      return { country, number: `${digits}${dniLetter(digits)}` };
    }
    case 'GB':
      return {
        country,
        number: `${faker.string.alpha({ length: 2, casing: 'upper', exclude: ['D', 'F', 'I', 'Q', 'U', 'V', 'O'] })}${faker.string.numeric(6)}${faker.helpers.arrayElement(['A', 'B', 'C', 'D'])}`,
      };
    case 'US':
      // Numbers starting with 9 are never issued as SSNs: safe for a demo.
      return { country, number: `9${faker.string.numeric(2)}-${faker.string.numeric(2)}-${faker.string.numeric(4)}` };
    case 'BR':
      return { country, number: `${faker.string.numeric(3)}.${faker.string.numeric(3)}.${faker.string.numeric(3)}-${faker.string.numeric(2)}` };
    default:
      return { country, number: `${faker.helpers.arrayElement(['1', '2'])}${faker.string.numeric(12)}` };
  }
}

export interface DemoPerson {
  _id: string;
  firstName: string;
  lastName: string;
  country: string;
  hireDate: Date;
}

/** The demo record of one person: every field filled but, for some, pronouns and a preferred name; 21 to 55 when hired. */
export function demoRecord(person: DemoPerson, variant = 0): PersonalValues {
  const faker = fakers[person.country] ?? fakerEN_GB;
  faker.seed([DEMO_SEED, Number(person._id.replace(/\D/g, '')) || 1, variant]);
  const country = person.country;
  const holder = `${person.firstName} ${person.lastName}`;
  const contacts: EmergencyContact[] = Array.from({ length: faker.number.int({ min: 1, max: 2 }) }, () => ({
    name: faker.person.fullName({ lastName: faker.helpers.maybe(() => person.lastName, { probability: 0.5 }) }),
    relationship: faker.helpers.arrayElement(relationships[country] ?? relationships['GB']!),
    phone: phone(faker, country),
    email: '',
  }));
  return {
    legalName: { first: person.firstName, last: person.lastName },
    preferredName: faker.helpers.maybe(() => person.firstName.split(/[\s-]/)[0]!, { probability: 0.1 }) ?? '',
    pronouns: faker.helpers.maybe(() => faker.helpers.arrayElement(['she/her', 'he/him', 'they/them']), { probability: 0.3 }) ?? '',
    dateOfBirth: faker.date.birthdate({ mode: 'age', min: 21, max: 55, refDate: person.hireDate }).toISOString().slice(0, 10),
    personalEmail: `${person.firstName}.${person.lastName}.${person._id}`
      .normalize('NFD')
      .replace(/\p{Diacritic}/gu, '')
      .replace(/[^A-Za-z0-9.]/g, '')
      .toLowerCase()
      .concat('@mail.example'),
    phones: [{ kind: 'mobile', number: phone(faker, country) }],
    homeAddress: {
      country,
      line1: faker.location.streetAddress(),
      line2: '',
      city: faker.location.city(),
      region: '',
      postalCode: until(
        () => faker.location.zipCode(),
        (code) => isPostalCode(code, country),
        fallbackPostcodes[country] ?? 'SW1A 1AA',
      ),
    },
    emergencyContacts: contacts,
    bankAccount: bankAccount(faker, country, holder),
    nationalId: nationalId(faker, country),
  };
}

export { personas };

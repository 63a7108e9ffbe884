import type { PersonalField } from '@portico/shared/profile/profile.schemas';

/** The parts of "my data" that save on their own, and the fields each holds. */
export const sections = {
  name: ['legalName', 'preferredName', 'pronouns', 'dateOfBirth'],
  contact: ['personalEmail', 'phones'],
  address: ['homeAddress'],
  emergency: ['emergencyContacts'],
  bank: ['bankAccount'],
  nationalId: ['nationalId'],
} as const satisfies Record<string, readonly PersonalField[]>;

export type Section = keyof typeof sections;
export const sectionNames = Object.keys(sections) as Section[];

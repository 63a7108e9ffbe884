import { electronicFormatIBAN, friendlyFormatIBAN, isValidIBAN } from 'ibantools';
import { getCountries, parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js';
import { postcodeValidator, postcodeValidatorExistsForCountry } from 'postcode-validator';

/*
 * The checks behind an employee's personal data (issue 12), shared by the browser's forms
 * and the server: phone numbers with libphonenumber-js, IBANs with ibantools, postal codes
 * with postcode-validator, US routing numbers by their checksum. Pure functions, no framework.
 */

/** ISO 3166-1 alpha-2 codes of the countries a form offers (`ES`, `GB`): those libphonenumber-js knows. */
export const countryCodes: readonly string[] = getCountries();

export const isCountryCode = (value: string): boolean => countryCodes.includes(value);

/** A country's name in the reader's language (`ES` → "Spain", "España"). */
export function countryName(code: string, language: string): string {
  return new Intl.DisplayNames([language], { type: 'region', fallback: 'code' }).of(code) ?? code;
}

/** A phone number in international form (E.164, `+34612345678`), or null when it is not a possible number. */
export function internationalPhone(value: string, defaultCountry?: string): string | null {
  const parsed = parsePhoneNumberFromString(value, defaultCountry as CountryCode | undefined);
  return parsed?.isValid() ? parsed.number : null;
}

/** How a stored (E.164) number is shown: `+34 612 34 56 78`. */
export function formatPhone(e164: string): string {
  return parsePhoneNumberFromString(e164)?.formatInternational() ?? e164;
}

/** Whether a postal code fits its country; countries without a known format accept any code. */
export function isPostalCode(value: string, country: string): boolean {
  if (!postcodeValidatorExistsForCountry(country)) return value.trim().length > 0;
  return postcodeValidator(value.trim(), country);
}

export const electronicIban = (value: string): string => electronicFormatIBAN(value) ?? value.replace(/\s+/g, '').toUpperCase();
export const isIban = (value: string): boolean => isValidIBAN(electronicIban(value));
export const friendlyIban = (value: string): string => friendlyFormatIBAN(electronicIban(value)) ?? value;

/** An ABA routing number: nine digits whose weighted sum (3, 7, 1) is a multiple of 10. */
export function isAbaRoutingNumber(value: string): boolean {
  if (!/^\d{9}$/.test(value)) return false;
  const digits = [...value].map(Number);
  const sum = digits.reduce((total, digit, index) => total + digit * [3, 7, 1][index % 3]!, 0);
  return sum % 10 === 0;
}

/** A real date `YYYY-MM-DD` of a birth: in the past, and a person of working age (14 to 120 years) on `today`. */
export function isBirthDate(value: string, today = new Date()): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) return false;
  const age = (today.getTime() - date.getTime()) / (365.2425 * 24 * 3_600_000);
  return age >= 14 && age <= 120;
}

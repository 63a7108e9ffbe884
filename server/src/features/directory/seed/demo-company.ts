import { fakerEN_GB, fakerEN_US, fakerES, fakerPT_BR, fakerRO, type Faker } from '@faker-js/faker';

import type { Department } from '../department.model';
import type { Employee } from '../employee.model';
import type { Location } from '../location.model';

/**
 * The demo company, Lumen Works: about 200 people in five offices. Generated from a fixed
 * seed and a fixed reference date, so every run produces the same people.
 */
export const DEMO_SEED = 20261123;
const REFERENCE_DATE = new Date('2026-11-01T00:00:00Z');
export const DEMO_EMAIL_DOMAIN = 'lumenworks.example';

type Row<T> = Omit<T, 'createdAt' | 'updatedAt'> & { _id: string };
export type EmployeeRow = Row<Employee>;
export type DepartmentRow = Row<Department>;
export type LocationRow = Row<Location>;

export const locations: LocationRow[] = [
  { _id: 'london', name: 'London', city: 'London', countryCode: 'GB', timeZone: 'Europe/London', currency: 'GBP', locale: 'en-GB' },
  { _id: 'madrid', name: 'Madrid', city: 'Madrid', countryCode: 'ES', timeZone: 'Europe/Madrid', currency: 'EUR', locale: 'es-ES' },
  { _id: 'new-york', name: 'New York', city: 'New York', countryCode: 'US', timeZone: 'America/New_York', currency: 'USD', locale: 'en-US' },
  { _id: 'bucharest', name: 'Bucharest', city: 'București', countryCode: 'RO', timeZone: 'Europe/Bucharest', currency: 'RON', locale: 'ro-RO' },
  { _id: 'sao-paulo', name: 'São Paulo', city: 'São Paulo', countryCode: 'BR', timeZone: 'America/Sao_Paulo', currency: 'BRL', locale: 'pt-BR' },
];

/** Names and languages follow the office: a Madrid hire is likelier to be called Lucía. */
const officeFaker: Record<string, { faker: Faker; language: string }> = {
  london: { faker: fakerEN_GB, language: 'en' },
  madrid: { faker: fakerES, language: 'es' },
  'new-york': { faker: fakerEN_US, language: 'en' },
  bucharest: { faker: fakerRO, language: 'ro' },
  'sao-paulo': { faker: fakerPT_BR, language: 'pt' },
};

interface DepartmentPlan {
  id: string;
  name: string;
  size: number;
  head: string;
  lead: string;
  titles: string[];
  offices: string[];
}

const plans: DepartmentPlan[] = [
  {
    id: 'engineering',
    name: 'Engineering',
    size: 68,
    head: 'VP of Engineering',
    lead: 'Engineering Manager',
    titles: ['Software Engineer', 'Senior Software Engineer', 'Staff Engineer', 'QA Engineer', 'Site Reliability Engineer', 'Data Engineer'],
    offices: ['madrid', 'london', 'bucharest', 'bucharest', 'sao-paulo'],
  },
  {
    id: 'product-design',
    name: 'Product & Design',
    size: 16,
    head: 'Head of Product',
    lead: 'Group Product Manager',
    titles: ['Product Manager', 'Product Designer', 'UX Researcher', 'Content Designer'],
    offices: ['london', 'madrid'],
  },
  {
    id: 'sales',
    name: 'Sales',
    size: 34,
    head: 'VP of Sales',
    lead: 'Sales Manager',
    titles: ['Account Executive', 'Sales Development Representative', 'Solutions Consultant'],
    offices: ['new-york', 'london', 'sao-paulo'],
  },
  {
    id: 'customer-success',
    name: 'Customer Success',
    size: 28,
    head: 'Head of Customer Success',
    lead: 'Support Team Lead',
    titles: ['Customer Success Manager', 'Support Specialist', 'Implementation Consultant'],
    offices: ['madrid', 'new-york', 'sao-paulo'],
  },
  {
    id: 'marketing',
    name: 'Marketing',
    size: 16,
    head: 'Head of Marketing',
    lead: 'Marketing Manager',
    titles: ['Content Strategist', 'Growth Marketer', 'Brand Designer', 'Events Coordinator'],
    offices: ['london', 'new-york'],
  },
  {
    id: 'finance',
    name: 'Finance',
    size: 12,
    head: 'Chief Financial Officer',
    lead: 'Finance Manager',
    titles: ['Accountant', 'Financial Analyst', 'Payroll Specialist'],
    offices: ['london', 'madrid'],
  },
  {
    id: 'people',
    name: 'People',
    size: 12,
    head: 'Head of People',
    lead: 'People Operations Lead',
    titles: ['HR Generalist', 'HR Business Partner', 'Talent Acquisition Partner', 'People Operations Specialist'],
    offices: ['london', 'madrid', 'new-york'],
  },
  {
    id: 'operations',
    name: 'Operations',
    size: 13,
    head: 'Head of Operations',
    lead: 'IT Manager',
    titles: ['IT Support Engineer', 'Office Manager', 'Legal Counsel', 'Workplace Coordinator'],
    offices: ['london', 'madrid', 'bucharest'],
  },
];

/** The four people the demo and the tests sign in as, one per role. */
export const personas = {
  employee: {
    id: 'E10101',
    firstName: 'Emma',
    lastName: 'López',
    jobTitle: 'Software Engineer',
    departmentId: 'engineering',
    locationId: 'madrid',
    preferredLanguage: 'en',
  },
  manager: {
    id: 'E10102',
    firstName: 'Marcus',
    lastName: 'Chen',
    jobTitle: 'Engineering Manager',
    departmentId: 'engineering',
    locationId: 'london',
    preferredLanguage: 'en',
  },
  hrAgent: {
    id: 'E10103',
    firstName: 'Priya',
    lastName: 'Nair',
    jobTitle: 'HR Business Partner',
    departmentId: 'people',
    locationId: 'london',
    preferredLanguage: 'en',
  },
  hrAdmin: {
    id: 'E10104',
    firstName: 'Olivia',
    lastName: 'Brooks',
    jobTitle: 'Head of People',
    departmentId: 'people',
    locationId: 'london',
    preferredLanguage: 'en',
  },
} as const;

export interface DemoCompany {
  locations: LocationRow[];
  departments: DepartmentRow[];
  employees: EmployeeRow[];
}

export function generateDemoCompany(): DemoCompany {
  for (const { faker } of Object.values(officeFaker)) {
    faker.seed(DEMO_SEED);
    faker.setDefaultRefDate(REFERENCE_DATE);
  }
  const picker = fakerEN_GB;
  const employees: EmployeeRow[] = [];
  const emails = new Set<string>();
  let nextNumber = 10200;

  const hire = (
    person: { id?: string; firstName?: string; lastName?: string; preferredLanguage?: string },
    job: { title: string; departmentId: string; locationId: string; managerId: string | null; hiredBetween?: [string, string] },
  ): EmployeeRow => {
    const { faker, language } = officeFaker[job.locationId]!;
    const firstName = person.firstName ?? faker.person.firstName();
    const lastName = person.lastName ?? faker.person.lastName();
    const employee: EmployeeRow = {
      _id: person.id ?? `E${nextNumber++}`,
      workEmail: uniqueEmail(emails, firstName, lastName),
      firstName,
      lastName,
      displayName: `${firstName} ${lastName}`,
      jobTitle: job.title,
      departmentId: job.departmentId,
      locationId: job.locationId,
      managerId: job.managerId,
      hireDate: faker.date.between({ from: job.hiredBetween?.[0] ?? '2017-01-01', to: job.hiredBetween?.[1] ?? '2026-10-01' }),
      employmentType: faker.helpers.weightedArrayElement([
        { weight: 88, value: 'full_time' as const },
        { weight: 8, value: 'part_time' as const },
        { weight: 4, value: 'contractor' as const },
      ]),
      status: 'active',
      preferredLanguage: person.preferredLanguage ?? language,
      workPhone: faker.phone.number({ style: 'international' }),
    };
    employees.push(employee);
    return employee;
  };

  // Lumen Works was founded in 2012; its leaders joined in its first years.
  const founding: [string, string] = ['2012-03-01', '2013-06-30'];
  const leadership: [string, string] = ['2013-01-01', '2021-12-31'];
  const ceo = hire({}, { title: 'Chief Executive Officer', departmentId: 'operations', locationId: 'london', managerId: null, hiredBetween: founding });
  const departments: DepartmentRow[] = [];

  for (const plan of plans) {
    const headPersona = plan.id === 'people' ? personas.hrAdmin : undefined;
    const head = hire(headPersona ?? {}, {
      title: plan.head,
      departmentId: plan.id,
      locationId: headPersona?.locationId ?? plan.offices[0]!,
      managerId: ceo._id,
      hiredBetween: leadership,
    });
    departments.push({ _id: plan.id, name: plan.name, headId: head._id });

    const teamCount = Math.max(1, Math.round((plan.size - 1) / 9));
    const leads: EmployeeRow[] = [];
    for (let team = 0; team < teamCount; team++) {
      const leadPersona = plan.id === 'engineering' && team === 0 ? personas.manager : undefined;
      leads.push(
        hire(leadPersona ?? {}, {
          title: plan.lead,
          departmentId: plan.id,
          locationId: leadPersona?.locationId ?? picker.helpers.arrayElement(plan.offices),
          managerId: head._id,
          hiredBetween: leadership,
        }),
      );
    }

    const staffCount = plan.size - 1 - teamCount;
    for (let index = 0; index < staffCount; index++) {
      const lead = leads[index % leads.length]!;
      const staffPersona = plan.id === 'engineering' && index === 0 ? personas.employee : plan.id === 'people' && index === 0 ? personas.hrAgent : undefined;
      hire(staffPersona ?? {}, {
        title: staffPersona?.jobTitle ?? picker.helpers.arrayElement(plan.titles),
        departmentId: plan.id,
        locationId: staffPersona?.locationId ?? picker.helpers.arrayElement(plan.offices),
        // HR staff report to the Head of People directly: she is the team lead of the help desk.
        managerId: plan.id === 'people' && staffPersona ? head._id : lead._id,
      });
    }
  }
  return { locations, departments, employees };
}

function uniqueEmail(taken: Set<string>, firstName: string, lastName: string): string {
  const local = `${firstName}.${lastName}`
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^a-z.]+/g, '');
  let email = `${local}@${DEMO_EMAIL_DOMAIN}`;
  for (let suffix = 2; taken.has(email); suffix++) email = `${local}${suffix}@${DEMO_EMAIL_DOMAIN}`;
  taken.add(email);
  return email;
}

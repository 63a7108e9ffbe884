import { z } from 'zod';

import { interfaceLanguages } from '../i18n/languages';

export const roles = ['employee', 'manager', 'hr_agent', 'hr_admin', 'handbook_editor'] as const;
export const RoleSchema = z.enum(roles);
export type Role = z.infer<typeof RoleSchema>;

/**
 * What a person may do. The server's access policy decides who gets which; the client
 * only reads the list from `/api/me` to show or hide what someone cannot use.
 */
export const actions = [
  'handbook.read',
  'payslips.readOwn',
  'profile.editOwn',
  'tickets.create',
  'team.read',
  'approvals.decide',
  'profiles.read',
  'profiles.export',
  'tickets.work',
  'tickets.readConfidential',
  'tickets.configure',
  'handbook.publish',
  'payroll.import',
  'settings.manage',
  'reports.read',
] as const;
export const ActionSchema = z.enum(actions);
export type Action = z.infer<typeof ActionSchema>;

/**
 * What each role may do (DESIGN.md, Roles): the server's access policy decides with it, and
 * the client's specs build a signed-in person from it. Roles add up: a manager is also an
 * employee; an HR admin can do all an HR agent can.
 */
const hrAgentGrants: readonly Action[] = ['tickets.work', 'profiles.read', 'approvals.decide'];
export const roleGrants: Readonly<Record<Role, readonly Action[]>> = {
  employee: ['handbook.read', 'payslips.readOwn', 'profile.editOwn', 'tickets.create'],
  manager: ['team.read', 'approvals.decide'],
  hr_agent: hrAgentGrants,
  // Writes and publishes the handbook (often outside HR: internal communications); no help desk, no people's data.
  handbook_editor: ['handbook.publish'],
  hr_admin: [
    ...hrAgentGrants,
    'profiles.export',
    'tickets.readConfidential',
    'tickets.configure',
    'handbook.publish',
    'payroll.import',
    'settings.manage',
    'reports.read',
  ],
};

export const InterfaceLanguageSchema = z.enum(interfaceLanguages);

/** A change that needs a recent sign-in (the bank account salary is paid into) accepts one this recent. */
export const RECENT_SIGN_IN_MS = 5 * 60_000;

export const MeSchema = z
  .object({
    employee: z.object({
      employeeNumber: z.string(),
      displayName: z.string(),
      firstName: z.string(),
      jobTitle: z.string(),
      department: z.string(),
      location: z.string(),
      preferredLanguage: z.string(),
      /** Chosen in Portico's language menu; null until the person chooses (then the browser's applies). */
      interfaceLanguage: InterfaceLanguageSchema.nullable(),
    }),
    roles: z.array(RoleSchema),
    actions: z.array(ActionSchema),
    session: z.object({
      /** When the session ends at the latest, whatever the activity (ISO 8601). */
      expiresAt: z.string(),
      idleTimeoutMinutes: z.number().int(),
      /** When the IdP last checked who this is (ISO 8601); a bank account change needs it within `RECENT_SIGN_IN_MS`. */
      identityCheckedAt: z.string().nullable(),
    }),
  })
  .meta({ id: 'Me', description: 'The signed-in person, their roles and what they may do.' });
export type Me = z.infer<typeof MeSchema>;

export const PreferencesSchema = z
  .strictObject({ language: InterfaceLanguageSchema })
  .meta({ id: 'Preferences', description: "The signed-in person's interface preferences." });
export type Preferences = z.infer<typeof PreferencesSchema>;

export const LogoutResultSchema = z
  .object({ redirectTo: z.string() })
  .meta({ id: 'LogoutResult', description: 'Where the browser goes next: the IdP for single logout, or the signed-out page.' });
export type LogoutResult = z.infer<typeof LogoutResultSchema>;

export const SessionSchema = z
  .discriminatedUnion('status', [
    z.object({ status: z.literal('signedIn'), me: MeSchema }),
    z.object({ status: z.literal('signedOut') }),
    z.object({ status: z.literal('expired') }),
  ])
  .meta({
    id: 'Session',
    description: 'Whether this browser is signed in (with who, when it is), signed out, or just timed out. Always 200.',
  });
export type Session = z.infer<typeof SessionSchema>;

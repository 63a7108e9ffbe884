import type { Logger } from '../platform/logger';
import { authFeature } from './auth';
import { isDirectoryEmpty, directoryFeature } from './directory';
import type { Feature, PersonalDataOptions } from './feature';
import { handbookFeature } from './handbook';
import { notificationsFeature } from './notifications';
import { profileFeature } from './profile';
import { settingsFeature } from './settings';
import { ticketsFeature } from './tickets';

/**
 * Every feature, in the order their routes are declared and their demo steps run (a
 * step may use what the steps before it created: the handbook's acknowledgements need
 * the directory; tickets need the directory and the handbook). app.ts, main.ts and
 * `npm run seed` go through this list; nothing else names the features one by one.
 */
export const features: readonly Feature[] = [
  settingsFeature,
  directoryFeature,
  authFeature,
  notificationsFeature,
  handbookFeature,
  ticketsFeature,
  profileFeature,
];

/** Runs the demo steps of these features (all by default), in the list's order; one line each says what it did. */
export async function seedDemoCompany(only?: readonly string[]): Promise<string[]> {
  const lines: string[] = [];
  for (const feature of features) {
    if (feature.seedDemo && (!only || only.includes(feature.name))) lines.push(await feature.seedDemo());
  }
  return lines;
}

/** `npm start` seeds an empty database only; an installation with real people is never touched. */
export async function seedDemoCompanyIfEmpty(logger: Logger, only?: readonly string[]): Promise<void> {
  if (!(await isDirectoryEmpty())) return;
  logger.info({ steps: await seedDemoCompany(only) }, 'empty database: demo company seeded');
}

export type { Feature, JobContext, RouteContext } from './feature';

/** Everything Portico holds about one person: each feature's part under its name, in the list's order. */
export async function personalDataOf(employeeId: string, options: PersonalDataOptions): Promise<Record<string, unknown>> {
  const parts: Record<string, unknown> = {};
  for (const feature of features) {
    if (feature.personalData) parts[feature.name] = await feature.personalData(employeeId, options);
  }
  return parts;
}

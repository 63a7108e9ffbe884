import type { Feature } from '../feature';
import { approvalsRoutes } from './approvals.routes';
import { scheduleProfileJobs } from './jobs/profile-jobs';
import { resealProfiles } from './key-rotation';
import { profileDataOf } from './personal-data';
import { peopleRoutes } from './people.routes';
import { profileRoutes } from './profile.routes';
import { seedDemoProfiles } from './seed/seed-demo-profiles';

/**
 * People's own records (issue 12): personal data kept current by its owner, changes routed
 * by the field policy to the manager or HR, sensitive values encrypted at rest (ADR 0016).
 */
export const profileFeature: Feature = {
  name: 'profile',
  routes: (api, context) => {
    profileRoutes(api, context);
    approvalsRoutes(api, context);
    peopleRoutes(api, context);
  },
  jobs: (jobs, context) => scheduleProfileJobs(jobs, context),
  seedDemo: async () => {
    const seeded = await seedDemoProfiles();
    return `Personal records: ${seeded.records} created, ${seeded.requests} change requests.`;
  },
  personalData: (employeeId, options) => profileDataOf(employeeId, options, new Date()),
  reseal: async () => {
    const { revisions, requests } = await resealProfiles();
    return `Personal records: ${revisions} versions and ${requests} change requests re-encrypted.`;
  },
};

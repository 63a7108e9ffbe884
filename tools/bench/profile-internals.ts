/* eslint-disable import-x/no-restricted-paths -- the profile feature has no testing.ts yet; see below */

/*
 * What the profile bench uses of the profile feature beyond its public face: its demo record
 * generator, the form values are stored in (sealed), and its models, so the generated data
 * has exactly the shape the server writes (Mongoose validates it, strict). This belongs in
 * `server/src/features/profile/testing.ts`, as the help desk's `testing.ts` does for its
 * bench; until the feature's owner adds one, the bench imports the files here, in one place.
 */

export { toStored } from '../../server/src/features/profile/own-changes';
export { PersonalRecordModel, PersonalRevisionModel, type StoredRevision, type StoredValues } from '../../server/src/features/profile/personal-record.models';
export {
  ChangeApplicationModel,
  ChangeDecisionModel,
  ChangeRequestCountModel,
  ChangeRequestModel,
  EscalationModel,
  InboxEntryModel,
  InboxModel,
  type StoredApplication,
  type StoredChangeRequest,
  type StoredDecision,
  type StoredInboxEntry,
} from '../../server/src/features/profile/requests/change-request.models';
export { demoRecord } from '../../server/src/features/profile/seed/demo-records';

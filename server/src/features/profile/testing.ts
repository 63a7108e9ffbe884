/*
 * What other features' specs and the bench may use of the profile feature beyond its public
 * face: its demo record generator, the form values are stored in (sealed), and its models,
 * so generated data has exactly the shape the server writes.
 */

export { toStored } from './own-changes';
export { PersonalRecordModel, PersonalRevisionModel, type StoredRevision, type StoredValues } from './personal-record.models';
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
} from './requests/change-request.models';
export { demoRecord } from './seed/demo-records';

/** Who did what, when: security and change events, recorded by the other features (no routes of its own). */
export { AuditEventModel, type AuditEvent } from './audit-event.model';
export { editorOf, recordAuditEvent, type AuditEventInput, type Editor } from './record-audit-event';

import { model, Schema } from 'mongoose';

import { validationFailed } from '../../platform/errors';
import type { FileStore } from '../../platform/files/file-store';
import { attachmentPolicy, storeUpload } from '../../platform/files/upload-check';

/*
 * Ticket attachments. A file is uploaded first (checked on its content by `storeUpload`),
 * then named by id when a ticket or a message is sent. This record says who uploaded it and,
 * once attached, to which ticket and whether only HR may see it (a note's file); downloads
 * are decided from it and the ticket's visibility, never from the file id alone.
 */

export const TICKET_ATTACHMENT = 'ticket.attachment';

const attachmentSchema = new Schema(
  {
    /** The file's id in the FileStore. */
    _id: { type: String, required: true },
    uploaderId: { type: String, required: true },
    ticketId: { type: String, default: null },
    /** Attached to an internal note: the requester may not download it. */
    internal: { type: Boolean, default: false },
    name: { type: String, required: true },
    type: { type: String, required: true },
    size: { type: Number, required: true },
    uploadedAt: { type: Date, required: true },
  },
  { strict: 'throw', versionKey: false },
);
attachmentSchema.index({ ticketId: 1 });
export interface StoredAttachment {
  _id: string;
  uploaderId: string;
  ticketId: string | null;
  internal: boolean;
  name: string;
  type: string;
  size: number;
  uploadedAt: Date;
}
export const TicketAttachmentModel = model('TicketAttachment', attachmentSchema, 'ticket_attachments');

export async function uploadAttachment(files: FileStore, uploaderId: string, bytes: Buffer, name: string, claimedType: string | undefined, now: Date) {
  const { file } = await storeUpload(files, { bytes, claimedName: name, claimedType, policy: attachmentPolicy, ownerKind: TICKET_ATTACHMENT });
  await TicketAttachmentModel.create({
    _id: file.id,
    uploaderId,
    ticketId: null,
    internal: false,
    name: file.name,
    type: file.type,
    size: file.size,
    uploadedAt: now,
  });
  return { id: file.id, name: file.name, type: file.type, size: file.size };
}

/**
 * Checks that each id is a file this person uploaded and has not attached elsewhere;
 * 400 naming each bad one at `path` (`body.attachmentIds.1`).
 */
export async function checkAttachments(uploaderId: string, ids: readonly { id: string; path: string }[]): Promise<void> {
  const records = await Promise.all(ids.map(({ id }) => TicketAttachmentModel.findById(id).lean<StoredAttachment>()));
  const errors = ids.flatMap(({ path }, index) => {
    const record = records[index];
    return !record || record.uploaderId !== uploaderId || record.ticketId !== null
      ? [{ path, code: 'not_uploaded' as const, message: 'is not a file you uploaded for this request (upload it again)' }]
      : [];
  });
  if (errors.length) throw validationFailed(errors);
}

/** Ties checked uploads to their ticket (by id, one each). */
export async function attach(ids: readonly string[], ticketId: string, internal: boolean): Promise<void> {
  for (const id of new Set(ids)) await TicketAttachmentModel.updateOne({ _id: id }, { $set: { ticketId, internal } });
}

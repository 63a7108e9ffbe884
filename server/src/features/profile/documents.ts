import { model, Schema } from 'mongoose';

import { validationFailed } from '../../platform/errors';
import type { FileStore } from '../../platform/files/file-store';
import { attachmentPolicy, storeUpload } from '../../platform/files/upload-check';

/*
 * Supporting documents of change requests (a legal name change asks for one): uploaded
 * first through the same content checks as every upload, then named by id when the change
 * is submitted. Only the uploader and the request's approvers may read one.
 */

export const PROFILE_DOCUMENT = 'profile.document';

export interface StoredDocument {
  _id: string;
  ownerId: string;
  /** The request it supports, once submitted. */
  requestId: string | null;
  name: string;
  type: string;
  size: number;
  uploadedAt: Date;
}

const documentSchema = new Schema<StoredDocument>(
  {
    _id: { type: String, required: true },
    ownerId: { type: String, required: true },
    requestId: { type: String, default: null },
    name: { type: String, required: true },
    type: { type: String, required: true },
    size: { type: Number, required: true },
    uploadedAt: { type: Date, required: true },
  },
  { strict: 'throw', versionKey: false },
);
export const ProfileDocumentModel = model<StoredDocument>('ProfileDocument', documentSchema, 'profile_documents');

export async function uploadDocument(files: FileStore, ownerId: string, bytes: Buffer, name: string, claimedType: string | undefined, now: Date) {
  const { file } = await storeUpload(files, { bytes, claimedName: name, claimedType, policy: attachmentPolicy, ownerKind: PROFILE_DOCUMENT });
  await ProfileDocumentModel.create({ _id: file.id, ownerId, requestId: null, name: file.name, type: file.type, size: file.size, uploadedAt: now });
  return { id: file.id, name: file.name, type: file.type, size: file.size };
}

/** A document this person uploaded and has not used for another request; 400 at `body.documentId` otherwise. */
export async function checkDocument(ownerId: string, id: string): Promise<void> {
  const document = await ProfileDocumentModel.findById(id).lean();
  if (!document || document.ownerId !== ownerId || document.requestId !== null) {
    throw validationFailed([{ path: 'body.documentId', code: 'not_uploaded', message: 'is not a document you uploaded for this change (upload it again)' }]);
  }
}

export async function attachDocument(id: string, requestId: string): Promise<void> {
  await ProfileDocumentModel.updateOne({ _id: id }, { $set: { requestId } });
}

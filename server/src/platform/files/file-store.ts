import { randomUUID } from 'node:crypto';
import mongoose, { model, Schema } from 'mongoose';

/** A stored file's description; the bytes come with `get`. */
export interface StoredFile {
  id: string;
  /** Media type, as detected from the content (never as a client claimed it). */
  type: string;
  size: number;
  name: string;
  /** What the file belongs to ("handbook.image", "ticket.attachment"): a route serves only its own kind. */
  ownerKind: string;
  createdAt: Date;
}

export interface NewFile {
  content: Buffer;
  type: string;
  name: string;
  ownerKind: string;
}

/**
 * Where uploaded files live (DESIGN.md: attachments, handbook images). A file is
 * immutable: it is put once under a new random id, read and deleted by that id.
 * Another store (S3, Azure Blob) can replace the database one behind this interface.
 */
export interface FileStore {
  put(file: NewFile): Promise<StoredFile>;
  get(id: string): Promise<(StoredFile & { content: Buffer }) | null>;
  /** Whether there was such a file. */
  delete(id: string): Promise<boolean>;
}

/** Files up to 10 MB fit a document comfortably (16 MiB is the limit). */
export const MAX_STORED_FILE_BYTES = 10 * 1024 * 1024;

const fileSchema = new Schema(
  {
    _id: { type: String, required: true },
    content: { type: Buffer, required: true },
    type: { type: String, required: true },
    size: { type: Number, required: true },
    name: { type: String, default: '' },
    ownerKind: { type: String, required: true },
    createdAt: { type: Date, required: true },
  },
  { strict: 'throw', versionKey: false },
);
export const FileModel = model('File', fileSchema, 'files');

/** Raw BSON binary as the driver hands it back from a lean read. */
const bytesOf = (content: unknown): Buffer =>
  Buffer.isBuffer(content) ? content : content instanceof mongoose.mongo.Binary ? Buffer.from(content.buffer) : Buffer.from(content as Uint8Array);

/**
 * The default store: one document per file in `files`, the content as binary, read by
 * `_id` alone, the only lookup that reaches an index on the embedded database. Not
 * GridFS: there every chunk read scans all chunks stored (docs/database.md).
 */
export class DatabaseFileStore implements FileStore {
  async put(file: NewFile): Promise<StoredFile> {
    if (file.content.length > MAX_STORED_FILE_BYTES) throw new Error(`a stored file may be at most ${MAX_STORED_FILE_BYTES} bytes`);
    const stored: StoredFile = {
      id: randomUUID(),
      type: file.type,
      size: file.content.length,
      name: file.name,
      ownerKind: file.ownerKind,
      createdAt: new Date(),
    };
    const { id, ...rest } = stored;
    await FileModel.create({ _id: id, ...rest, content: file.content });
    return stored;
  }

  async get(id: string): Promise<(StoredFile & { content: Buffer }) | null> {
    const document = await FileModel.findById(id).lean();
    if (!document) return null;
    const { _id, content, ...rest } = document;
    return { id: _id, ...rest, name: rest.name ?? '', content: bytesOf(content) };
  }

  async delete(id: string): Promise<boolean> {
    return (await FileModel.deleteOne({ _id: id })).deletedCount > 0;
  }
}

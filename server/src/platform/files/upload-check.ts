import { isUtf8 } from 'node:buffer';

import { fileTypeFromBuffer } from 'file-type/core';

import { imageTypes, MAX_IMAGE_BYTES } from '@portico/shared/handbook/handbook.schemas';
import { HttpProblem } from '../errors';
import type { RawBody } from '../http/api-router';
import { activeContent } from './active-content';
import { MAX_STORED_FILE_BYTES, type FileStore, type StoredFile } from './file-store';

/**
 * The one check every upload passes before it is stored (DESIGN.md, security baseline):
 * its type comes from its content, an allow-list decides, the name's extension must
 * agree with the content, and the name is made safe to show and to save on any system.
 */

/** The types any policy may allow: how to name them to a person, and their extensions (the first is added to a name without one). */
const knownTypes = new Map<string, { label: string; extensions: readonly string[] }>(
  Object.entries({
    'application/pdf': { label: 'a PDF', extensions: ['pdf'] },
    'image/png': { label: 'a PNG image', extensions: ['png'] },
    'image/jpeg': { label: 'a JPEG image', extensions: ['jpg', 'jpeg'] },
    'image/gif': { label: 'a GIF image', extensions: ['gif'] },
    'image/webp': { label: 'a WebP image', extensions: ['webp'] },
    'image/heic': { label: 'a HEIC photo', extensions: ['heic', 'heif'] },
    'image/heif': { label: 'a HEIF photo', extensions: ['heif', 'heic'] },
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document': { label: 'a Word document (DOCX)', extensions: ['docx'] },
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': { label: 'an Excel workbook (XLSX)', extensions: ['xlsx'] },
    'application/vnd.openxmlformats-officedocument.presentationml.presentation': { label: 'a PowerPoint presentation (PPTX)', extensions: ['pptx'] },
    'application/vnd.oasis.opendocument.text': { label: 'an OpenDocument text (ODT)', extensions: ['odt'] },
    'application/vnd.oasis.opendocument.spreadsheet': { label: 'an OpenDocument spreadsheet (ODS)', extensions: ['ods'] },
    'text/plain': { label: 'plain text', extensions: ['txt'] },
    'text/csv': { label: 'a CSV file', extensions: ['csv'] },
  }),
);

/** Plain text has no magic number: it is recognised by its bytes and its extension together. */
const textTypeByExtension = new Map([
  ['txt', 'text/plain'],
  ['csv', 'text/csv'],
]);

export interface UploadPolicy {
  /** Media types accepted, as `file-type` detects them; `text/plain` and `text/csv` are checked as text. */
  types: readonly string[];
  maxBytes: number;
  /** What to upload instead, for messages: "a PNG, JPEG, GIF or WebP image". */
  accepted: string;
  /** "A file", "An image": how messages name what is uploaded. */
  noun: string;
  /** How to make a file that is too large fit. */
  advice: string;
  /** The 413 message (also the raw body parser's, see `uploadBody`). */
  tooLarge: string;
  /** A file whose name is empty once cleaned is `<fallbackName>.<extension>`. */
  fallbackName: string;
}

/** Megabytes to one decimal, rounded up, so that a file just over a limit never reads as the limit itself. */
const megabytes = (bytes: number) => `${Math.ceil((bytes / 1024 / 1024) * 10) / 10} MB`;

function definePolicy(policy: Omit<UploadPolicy, 'tooLarge'>): UploadPolicy {
  const unknown = policy.types.filter((type) => !knownTypes.has(type));
  if (unknown.length) throw new Error(`upload policy names types without a label: ${unknown.join(', ')}`);
  return { ...policy, tooLarge: `${policy.noun} may be at most ${megabytes(policy.maxBytes)}; ${policy.advice}` };
}

/** Ticket attachments: documents, photos and scans people send HR. */
export const attachmentPolicy: UploadPolicy = definePolicy({
  types: [
    'application/pdf',
    'image/png',
    'image/jpeg',
    'image/gif',
    'image/webp',
    'image/heic',
    'image/heif',
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    'application/vnd.openxmlformats-officedocument.presentationml.presentation',
    'application/vnd.oasis.opendocument.text',
    'application/vnd.oasis.opendocument.spreadsheet',
    'text/plain',
    'text/csv',
  ],
  maxBytes: MAX_STORED_FILE_BYTES,
  accepted:
    'a PDF, an image (PNG, JPEG, GIF, WebP or HEIC), a Word, Excel or PowerPoint file (DOCX, XLSX, PPTX), ' +
    'an OpenDocument text or spreadsheet (ODT, ODS), or plain text (TXT, CSV)',
  noun: 'A file',
  advice: 'make it smaller (a scan at a lower resolution, a PDF instead of photos) or split it, and upload it again.',
  fallbackName: 'attachment',
});

/** Handbook images: what every browser shows inline (never SVG, which can carry script). */
export const imagePolicy: UploadPolicy = definePolicy({
  types: imageTypes,
  maxBytes: MAX_IMAGE_BYTES,
  accepted: 'a PNG, JPEG, GIF or WebP image (SVG is not accepted)',
  noun: 'An image',
  advice: 'make it smaller (fewer pixels, or JPEG or WebP) and upload it again.',
  fallbackName: 'image',
});

export interface Upload {
  bytes: Buffer;
  /** The name the client gave, which may be empty; cleaned, never trusted for the type. */
  claimedName: string;
  /** The Content-Type the client gave: never part of the decision, only repeated in a refusal's message. */
  claimedType?: string;
  policy: UploadPolicy;
}

export interface CheckedUpload {
  /** Media type from the content (for text: from the bytes and the extension together). */
  type: string;
  /** Lower case, without the dot. */
  extension: string;
  safeName: string;
  size: number;
}

/** Checks an upload against its policy; throws an `HttpProblem` (400, 413, 415 or 422) saying what to do instead. */
export async function checkUpload({ bytes, claimedName, claimedType, policy }: Upload): Promise<CheckedUpload> {
  const name = splitName(claimedName);
  if (!bytes.length) throw new HttpProblem(400, 'file_empty', 'The file is empty', 'This file has no content (0 bytes); choose the file again and upload it.');
  if (bytes.length > policy.maxBytes) {
    const detail = `${policy.noun} may be at most ${megabytes(policy.maxBytes)} and this one is ${megabytes(bytes.length)}; ${policy.advice}`;
    throw new HttpProblem(413, 'file_too_large', 'File too large', detail);
  }

  const detected = await detect(bytes);
  const refuse = (what: string) => new HttpProblem(415, 'file_type_not_allowed', 'File type not allowed', `${what} Upload ${policy.accepted}.`);
  // Only a well-formed media type is repeated back; whatever else a client sent is ignored.
  const mediaType = claimedType
    ?.split(';')[0]!
    .trim()
    .toLowerCase()
    .match(/^[a-z0-9][\w.+-]{0,60}\/[\w.+-]{1,80}$/)?.[0];
  const claims = [
    ...(name.extension ? [`named .${name.extension}`] : []),
    ...(mediaType && mediaType !== 'application/octet-stream' ? [`sent as ${mediaType}`] : []),
  ];
  const thisFile = `This file${claims.length ? ` (${claims.join(', ')})` : ''}`;
  let type: string;
  if (detected) {
    if (!policy.types.includes(detected.mime)) throw refuse(`${thisFile} is ${describe(detected)}, which is not accepted here.`);
    type = detected.mime;
  } else {
    const text = textProblem(bytes);
    if (text === 'markup') throw refuse(`${thisFile} is HTML, SVG or other XML, which is never accepted: it could run script in a browser.`);
    const textType = name.extension ? textTypeByExtension.get(name.extension.toLowerCase()) : undefined;
    if (text === 'binary' || !textType || !policy.types.includes(textType)) {
      const textHint = [...textTypeByExtension.values()].some((textType) => policy.types.includes(textType))
        ? ' (plain text is accepted only as UTF-8 without NUL bytes, in a file named .txt or .csv)'
        : '';
      throw refuse(`${thisFile} is not of a type we recognise${textHint}.`);
    }
    type = textType;
  }

  const { label, extensions } = knownTypes.get(type)!;
  const extension = name.extension?.toLowerCase() ?? extensions[0]!;
  if (!extensions.includes(extension)) {
    throw refuse(`The name ends in .${name.extension} but the content is ${label}; name it .${extensions[0]} if that is the file you meant.`);
  }
  const active = activeContent(type, label, bytes);
  if (active) throw new HttpProblem(422, 'file_unsafe', 'File not accepted', active);
  return { type, extension, safeName: joinName(name.stem, name.extension ?? extension, policy.fallbackName), size: bytes.length };
}

/** Checks an upload, then stores it: a refused upload leaves nothing behind. */
export async function storeUpload(files: FileStore, upload: Upload & { ownerKind: string }): Promise<{ file: StoredFile; checked: CheckedUpload }> {
  const checked = await checkUpload(upload);
  const file = await files.put({ content: upload.bytes, type: checked.type, name: checked.safeName, ownerKind: upload.ownerKind });
  return { file, checked };
}

/**
 * `request.rawBody` for a route that takes such a file as its body: a little over the
 * limit, so that `checkUpload` (not the parser) answers with the precise message.
 */
export const uploadBody = (policy: UploadPolicy): RawBody => ({ limit: policy.maxBytes + 64 * 1024, mediaTypes: policy.types, tooLarge: policy.tooLarge });

/** The answers `checkUpload` may give, for a route's `otherResponses`. */
export const uploadProblems = (policy: UploadPolicy) => ({
  400: { description: 'An empty file, or a name with a path, control characters or text-direction overrides' },
  413: { description: `Larger than ${megabytes(policy.maxBytes)}` },
  415: { description: `Content not ${policy.accepted}, or a name whose extension disagrees with the content` },
  422: {
    description:
      'Content that could run: a PDF holding web page markup, an office document with macros, controls or an embedded program; or malware found by the scanner',
  },
  503: { description: 'The malware scanner did not answer: nothing was stored' },
});

/** The extension a stored file of this type is given when it has no name. */
export const extensionFor = (type: string): string => knownTypes.get(type)?.extensions[0] ?? 'bin';

async function detect(bytes: Buffer): Promise<{ ext: string; mime: string } | undefined> {
  try {
    return await fileTypeFromBuffer(bytes);
  } catch {
    // A container too damaged to read is no type at all; it then has to pass as text, which binary does not.
    return undefined;
  }
}

const describe = (detected: { ext: string; mime: string }) => knownTypes.get(detected.mime)?.label ?? `${detected.ext.toUpperCase()} (${detected.mime})`;

/** Why bytes are not acceptable plain text, if they are not. */
function textProblem(bytes: Buffer): 'binary' | 'markup' | undefined {
  if (bytes.includes(0) || !isUtf8(bytes)) return 'binary';
  // Browsers that sniff decide on the first bytes; HTML, SVG, XML and shebang scripts start like this.
  const start = new TextDecoder('utf-8')
    .decode(bytes.subarray(0, 1024))
    .replace(/^\uFEFF/, '')
    .trimStart();
  return start.startsWith('<') || start.startsWith('#!') ? 'markup' : undefined;
}

// Names: what is refused outright, then what is merely tidied.
const pathSeparator = /[/\\]/;
// eslint-disable-next-line no-control-regex -- control characters are exactly what this finds
const controlCharacter = /[\u0000-\u001f\u007f-\u009f]/;
/** Embeddings and overrides (U+202A–202E) and isolates (U+2066–2069): they can show `gpj.exe` as `exe.jpg`. */
const directionOverride = /[\u202a-\u202e\u2066-\u2069]/;
const windowsReserved = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i;
const MAX_NAME_LENGTH = 120;

function splitName(claimedName: string): { stem: string; extension?: string } {
  const name = claimedName.normalize('NFC');
  const invalid = (what: string) =>
    new HttpProblem(400, 'file_name_invalid', 'File name not allowed', `A file name may not contain ${what}; rename the file and upload it again.`);
  if (pathSeparator.test(name)) throw invalid('a path or a path separator (/ or \\)');
  if (controlCharacter.test(name)) throw invalid('control characters');
  if (directionOverride.test(name)) throw invalid('text-direction override characters, which can disguise its extension');

  const tidy = name
    .replace(/[<>:"|?*]/g, '_') // not allowed in Windows file names
    .replace(/\s+/gu, ' ')
    .replace(/[. ]+$/, ''); // Windows drops trailing dots and spaces, which would change the extension
  const dot = tidy.lastIndexOf('.');
  const extension = dot >= 0 ? tidy.slice(dot + 1) : '';
  if (!/^[a-z0-9]{1,10}$/i.test(extension)) return { stem: tidy.replace(/^[. ]+/, '') };
  return {
    stem: tidy
      .slice(0, dot)
      .replace(/^[. ]+/, '')
      .replace(/[. ]+$/, ''),
    extension,
  };
}

function joinName(stem: string, extension: string, fallbackName: string): string {
  let safeStem = windowsReserved.test(stem.split('.')[0]!.trim()) ? `_${stem}` : stem;
  const room = MAX_NAME_LENGTH - extension.length - 1;
  if ([...safeStem].length > room) {
    // Cut between whole characters as a reader sees them (an accent stays on its letter, an emoji whole).
    let kept = '';
    let length = 0;
    for (const { segment } of new Intl.Segmenter('en', { granularity: 'grapheme' }).segment(safeStem)) {
      length += [...segment].length;
      if (length > room) break;
      kept += segment;
    }
    safeStem = kept.replace(/[. ]+$/, '');
  }
  return `${safeStem || fallbackName}.${extension}`;
}

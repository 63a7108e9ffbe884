import { create as contentDisposition } from 'content-disposition';
import type { Response } from 'express';

import type { StoredFile } from './file-store';
import { extensionFor } from './upload-check';

export interface SendOptions {
  /** `attachment` (the default for anything a person uploaded) is saved, never shown by the browser; `inline` is shown in the page. */
  disposition: 'attachment' | 'inline';
  /**
   * `no-store` (the default): the file is kept in no cache, not even the browser's, since
   * it may be private and who may read it can change. `immutable`: the id names this
   * content forever (handbook images), so this browser may keep it for a year.
   */
  cache?: 'no-store' | 'immutable';
}

/**
 * Answers with a stored file so that it can do no harm in the browser: the type it was
 * checked as (`checkUpload`), no sniffing, a sandbox that runs and loads nothing should it
 * be opened on its own, and its name in both RFC 6266 forms (an ASCII fallback and the
 * UTF-8 original). Only the route decides who may have the file; this decides how.
 */
export function sendStoredFile(response: Response, file: StoredFile & { content: Buffer }, options: SendOptions): void {
  const name = file.name || `${options.disposition === 'inline' ? 'image' : 'attachment'}.${extensionFor(file.type)}`;
  response
    .status(200)
    .set({
      'Content-Type': file.type,
      'Content-Disposition': contentDisposition(name, { type: options.disposition, fallback: asciiFallback(name) }),
      'X-Content-Type-Options': 'nosniff',
      'Content-Security-Policy': "default-src 'none'; sandbox",
      // Private: never a shared cache, whatever the proxies in between do.
      ...(options.cache === 'immutable'
        ? { 'Cache-Control': 'private, max-age=31536000, immutable', ETag: `"${file.id}"` }
        : { 'Cache-Control': 'private, no-store' }),
    })
    .send(file.content);
}

/** The name in printable ASCII for clients that ignore `filename*`: accents dropped (é → e), anything else `_`. */
function asciiFallback(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\x20-\x7e]/g, '_');
}

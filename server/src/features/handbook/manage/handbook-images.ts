import { fileTypeFromBuffer } from 'file-type/core';
import { z } from 'zod';

import { imageTypes, MAX_IMAGE_BYTES, UploadedImageSchema, type UploadedImage } from '@portico/shared/handbook/handbook.schemas';
import { HttpProblem, notFound } from '../../../platform/errors';
import type { FileStore } from '../../../platform/files/file-store';
import type { ApiRouter } from '../../../platform/http/api-router';

/** What a handbook image is to the file store: its route serves no other kind of file. */
export const HANDBOOK_IMAGE = 'handbook.image';
export const imageUrl = (id: string) => `/api/handbook/images/${id}`;

type ImageType = (typeof imageTypes)[number];
const isImageType = (type: string | undefined): type is ImageType => (imageTypes as readonly string[]).includes(type ?? '');
const megabytes = `${MAX_IMAGE_BYTES / 1024 / 1024} MB`;
const tooLarge = `An image may be at most ${megabytes}; make it smaller (fewer pixels, or JPEG or WebP) and upload it again.`;

/**
 * Stores an uploaded image if its content is a PNG, JPEG, GIF or WebP. The type comes from
 * the bytes (magic numbers), never from what the client said: SVG (which can carry
 * script) and everything else is refused.
 */
export async function storeHandbookImage(files: FileStore, content: Buffer, name: string): Promise<UploadedImage> {
  if (content.length > MAX_IMAGE_BYTES) throw new HttpProblem(413, 'payload_too_large', 'Payload too large', tooLarge);
  const detected = content.length ? await fileTypeFromBuffer(content) : undefined;
  if (!isImageType(detected?.mime)) {
    throw new HttpProblem(415, 'unsupported_image_type', 'Unsupported image type', `Upload a PNG, JPEG, GIF or WebP image; this file is ${detected ? `${detected.mime}` : 'not one of them'} (SVG is not accepted).`);
  }
  const stored = await files.put({ content, type: detected.mime, name, ownerKind: HANDBOOK_IMAGE });
  return { url: imageUrl(stored.id), type: detected.mime, size: stored.size };
}

export function handbookImageRoutes(api: ApiRouter, files: FileStore): void {
  api.post(
    '/handbook/manage/images',
    {
      summary: 'Upload an image for an article (HR admins)',
      description: `The request body is the image itself (PNG, JPEG, GIF or WebP, at most ${megabytes}); its type is read from its content. ` +
        'Put the answer\u2019s url in Markdown as ![description](url).',
      tags: ['handbook'],
      access: { action: 'handbook.publish' },
      status: 201,
      request: {
        // A little over the limit, so that the image check (not the parser) answers with the precise message.
        rawBody: { limit: MAX_IMAGE_BYTES + 64 * 1024, mediaTypes: imageTypes, tooLarge },
        query: z.strictObject({ name: z.string().max(200).optional() }),
      },
      response: { description: 'Where the image is served', schema: UploadedImageSchema },
      otherResponses: {
        413: { description: `Larger than ${megabytes}` },
        415: { description: 'Not a PNG, JPEG, GIF or WebP image (SVG is refused)' },
      },
    },
    ({ body, query }) => storeHandbookImage(files, body, query.name ?? ''),
  );

  api.get(
    '/handbook/images/:id',
    {
      summary: 'An image of the handbook',
      description: 'Immutable: a changed image is a new upload with a new address, so it may be cached for a year.',
      tags: ['handbook'],
      access: { action: 'handbook.read' },
      request: { params: z.object({ id: z.uuid() }) },
      response: { description: 'The image', contentType: 'image/*' },
    },
    async ({ params }, _request, response) => {
      const file = await files.get(params.id);
      if (!file || file.ownerKind !== HANDBOOK_IMAGE || !isImageType(file.type)) throw notFound('There is no such image.');
      response
        .status(200)
        .set({
          'Content-Type': file.type,
          'Content-Disposition': 'inline',
          'X-Content-Type-Options': 'nosniff',
          // Opened on its own, the image can run or load nothing.
          'Content-Security-Policy': "default-src 'none'; sandbox",
          // Only for this signed-in browser, never a shared cache.
          'Cache-Control': 'private, max-age=31536000, immutable',
          ETag: `"${file.id}"`,
        })
        .send(file.content);
    },
  );
}

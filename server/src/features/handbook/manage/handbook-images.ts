import { z } from 'zod';

import { imageTypes, UploadedImageSchema, type UploadedImage } from '@portico/shared/handbook/handbook.schemas';
import { HttpProblem, notFound } from '../../../platform/errors';
import type { FileStore } from '../../../platform/files/file-store';
import { sendStoredFile } from '../../../platform/files/send-stored-file';
import { imagePolicy, storeUpload, uploadBody, uploadProblems } from '../../../platform/files/upload-check';
import type { ApiRouter } from '../../../platform/http/api-router';

/** What a handbook image is to the file store: its route serves no other kind of file. */
export const HANDBOOK_IMAGE = 'handbook.image';
export const imageUrl = (id: string) => `/api/handbook/images/${id}`;

type ImageType = (typeof imageTypes)[number];
const isImageType = (type: string | undefined): type is ImageType => (imageTypes as readonly string[]).includes(type ?? '');

/**
 * Stores an uploaded image if its content is a PNG, JPEG, GIF or WebP (`imagePolicy`): the
 * type comes from the bytes, never from what the client said, so SVG (which can carry
 * script) and everything else is refused.
 */
export async function storeHandbookImage(files: FileStore, content: Buffer, name: string, claimedType?: string): Promise<UploadedImage> {
  try {
    const { file, checked } = await storeUpload(files, { bytes: content, claimedName: name, claimedType, policy: imagePolicy, ownerKind: HANDBOOK_IMAGE });
    return { url: imageUrl(file.id), type: checked.type as ImageType, size: file.size };
  } catch (error) {
    // The editor has always had an empty body answered as "not an image" (415), like any other non-image.
    if (error instanceof HttpProblem && error.code === 'file_empty') {
      throw new HttpProblem(415, 'file_type_not_allowed', 'File type not allowed', `This file is empty. Upload ${imagePolicy.accepted}.`);
    }
    throw error;
  }
}

export function handbookImageRoutes(api: ApiRouter, files: FileStore): void {
  api.post(
    '/handbook/manage/images',
    {
      summary: 'Upload an image for an article (HR admins)',
      description:
        `The request body is the image itself (${imagePolicy.accepted}, at most ${imagePolicy.maxBytes / 1024 / 1024} MB); its type is read from its content. ` +
        'Put the answer\u2019s url in Markdown as ![description](url).',
      tags: ['handbook'],
      access: { action: 'handbook.publish' },
      status: 201,
      request: {
        rawBody: uploadBody(imagePolicy),
        query: z.strictObject({ name: z.string().max(200).optional() }),
      },
      response: { description: 'Where the image is served', schema: UploadedImageSchema },
      // An empty body is a 415 here (see storeHandbookImage), so 400 is only about the name.
      otherResponses: { ...uploadProblems(imagePolicy), 400: { description: 'A name with a path, control characters or text-direction overrides' } },
    },
    ({ body, query }, request) => storeHandbookImage(files, body, query.name ?? '', request.get('Content-Type')),
  );

  api.get(
    '/handbook/images/:id',
    {
      summary: 'An image of the handbook',
      description: 'Immutable: a changed image is a new upload with a new address, so it may be cached for a year.',
      tags: ['handbook'],
      access: { action: 'handbook.read' },
      cache: 'immutable',
      request: { params: z.object({ id: z.uuid() }) },
      response: { description: 'The image', contentType: 'image/*' },
    },
    async ({ params }, _request, response) => {
      const file = await files.get(params.id);
      if (!file || file.ownerKind !== HANDBOOK_IMAGE || !isImageType(file.type)) throw notFound('There is no such image.');
      sendStoredFile(response, file, { disposition: 'inline', cache: 'immutable' });
    },
  );
}

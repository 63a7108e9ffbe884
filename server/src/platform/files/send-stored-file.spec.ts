import { parse } from 'content-disposition';
import express from 'express';
import request from 'supertest';

import type { StoredFile } from './file-store';
import { samplePdf, samplePng } from './sample-files';
import { sendStoredFile, type SendOptions } from './send-stored-file';

type Sendable = StoredFile & { content: Buffer };

const file = (overrides: Partial<Sendable> = {}): Sendable => ({
  id: '5a0f0b8e-2c1d-4f4e-9d8a-0c3e6b1f2a47',
  type: 'application/pdf',
  size: samplePdf().length,
  name: 'report.pdf',
  ownerKind: 'spec.send-stored-file',
  createdAt: new Date(),
  content: samplePdf(),
  ...overrides,
});

/** An app with one route that sends the given file. */
const serving = (sent: Sendable, options: SendOptions) => request(express().get('/file', (_request, response) => sendStoredFile(response, sent, options)));

describe('sendStoredFile', () => {
  it('sends an attachment as its checked type, unsniffable, sandboxed and never cached', async () => {
    const response = await serving(file(), { disposition: 'attachment' })
      .get('/file')
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      });
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.headers['content-disposition']).toBe('attachment; filename=report.pdf');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['content-security-policy']).toBe("default-src 'none'; sandbox");
    expect(response.headers['cache-control']).toBe('private, no-store');
    expect(Buffer.compare(response.body as Buffer, samplePdf())).toBe(0);
  });

  it('names a Unicode file in both RFC 6266 forms: an ASCII fallback and the UTF-8 original', async () => {
    const name = 'Nómina März — 給与 2025.pdf';
    const response = await serving(file({ name }), { disposition: 'attachment' }).get('/file');
    const header = response.headers['content-disposition'];
    expect(header).toBe(
      `attachment; filename="Nomina Marz _ __ 2025.pdf"; filename*=UTF-8''N%C3%B3mina%20M%C3%A4rz%20%E2%80%94%20%E7%B5%A6%E4%B8%8E%202025.pdf`,
    );
    // What a browser that reads `filename*` saves it as.
    expect(parse(header!).parameters['filename']).toBe(name);
  });

  it('names a file stored without a name after its type, and sends text as UTF-8', async () => {
    const response = await serving(file({ name: '', type: 'text/csv', content: Buffer.from('a,b\n') }), { disposition: 'attachment' }).get('/file');
    expect(response.headers['content-disposition']).toBe('attachment; filename=attachment.csv');
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
  });

  it('sends an immutable inline image with a validator, and answers a revalidation with 304', async () => {
    const image = file({ type: 'image/png', name: 'map.png', content: samplePng(), size: samplePng().length });
    const app = serving(image, { disposition: 'inline', cache: 'immutable' });
    const response = await app.get('/file');
    expect(response.headers['content-disposition']).toBe('inline; filename=map.png');
    expect(response.headers['cache-control']).toBe('private, max-age=31536000, immutable');
    expect(response.headers['etag']).toBe(`"${image.id}"`);
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect((await serving(image, { disposition: 'inline', cache: 'immutable' }).get('/file').set('If-None-Match', `"${image.id}"`)).status).toBe(304);
  });
});

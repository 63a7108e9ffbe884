import express from 'express';
import request from 'supertest';
import { z } from 'zod';

import { silentLogger } from '../../test/test-app';
import { ApiRouter } from './api-router';
import { createOpenApiRegistry } from './openapi';
import { problemHandler } from './problem-handler';
import { requestLogging } from './request-logging';

/** A small app with one declared route, to exercise validation and problem responses. */
function appWithGreeting() {
  const registry = createOpenApiRegistry();
  const api = new ApiRouter(registry, '/api');
  api.post(
    '/greetings/:language',
    {
      summary: 'Greet someone',
      tags: ['test'],
      access: 'public',
      status: 201,
      request: {
        params: z.object({ language: z.enum(['en', 'es']) }),
        query: z.strictObject({ formal: z.enum(['yes', 'no']).optional() }),
        body: z.strictObject({ name: z.string().min(1).max(40) }),
        bodyLimit: '1kb',
      },
      response: { description: 'A greeting', schema: z.object({ text: z.string() }) },
    },
    ({ params, query, body }) => ({
      text: `${params.language === 'es' ? 'Hola' : 'Hello'}${query.formal === 'yes' ? ',' : ''} ${body.name}`,
    }),
  );
  api.get('/broken', { summary: 'Always fails', tags: ['test'], access: 'public' }, () => {
    throw new Error('database exploded with secret detail');
  });
  const app = express();
  app.use(requestLogging(silentLogger));
  app.use('/api', api.router);
  app.use(problemHandler);
  return { app, registry };
}

/** A route whose handler breaks its declared answer (a type assertion hides it from the compiler, as a bug would). */
function appWithWrongAnswer(checkAnswers: boolean) {
  const api = new ApiRouter(createOpenApiRegistry(), '/api', undefined, checkAnswers);
  api.get(
    '/count',
    { summary: 'A count', tags: ['test'], access: 'public', response: { description: 'The count', schema: z.object({ count: z.number().int() }) } },
    () => ({ count: 'three' }) as unknown as { count: number },
  );
  const app = express();
  app.use(requestLogging(silentLogger));
  app.use('/api', api.router);
  app.use(problemHandler);
  return app;
}

describe('ApiRouter and the problem handler', () => {
  it('fails loudly on an answer its declared schema does not allow, unless told not to check (production)', async () => {
    const checked = await request(appWithWrongAnswer(true)).get('/api/count').expect(500);
    expect(checked.body.code).toBe('internal_error');
    expect(JSON.stringify(checked.body)).not.toContain('three');
    const unchecked = await request(appWithWrongAnswer(false)).get('/api/count').expect(200);
    expect(unchecked.body).toEqual({ count: 'three' });
  });

  it('passes validated input to the handler and answers with its status', async () => {
    const { app } = appWithGreeting();
    const response = await request(app).post('/api/greetings/es?formal=yes').send({ name: 'Lucía' }).expect(201);
    expect(response.body).toEqual({ text: 'Hola, Lucía' });
  });

  it('rejects unknown fields and bad values with one error per field', async () => {
    const { app } = appWithGreeting();
    const response = await request(app)
      .post('/api/greetings/fr?debug=1')
      .send({ name: '', isAdmin: true })
      .expect(400)
      .expect('Content-Type', /application\/problem\+json/);
    expect(response.body.code).toBe('validation_failed');
    const paths = (response.body.errors as { path: string }[]).map((error) => error.path).sort();
    expect(paths).toEqual(['body', 'body.name', 'params.language', 'query']);
    // Each with a code a client translates, and its values.
    expect(Object.fromEntries((response.body.errors as { path: string; code: string }[]).map((error) => [error.path, error.code]))).toEqual({
      body: 'unknown_field',
      'body.name': 'required',
      'params.language': 'one_of',
      query: 'unknown_field',
    });
  });

  it('answers malformed JSON with a 400 problem', async () => {
    const { app } = appWithGreeting();
    const response = await request(app).post('/api/greetings/en').set('Content-Type', 'application/json').send('{"name":').expect(400);
    expect(response.body.code).toBe('malformed_json');
  });

  it('answers an oversized body with a 413 problem', async () => {
    const { app } = appWithGreeting();
    const response = await request(app)
      .post('/api/greetings/en')
      .send({ name: 'x'.repeat(2_000) })
      .expect(413);
    expect(response.body.code).toBe('payload_too_large');
  });

  it('turns an unexpected error into a 500 problem that reveals nothing but the request id', async () => {
    const { app } = appWithGreeting();
    const response = await request(app).get('/api/broken').set('X-Request-Id', 'trace-123').expect(500);
    expect(response.body).toEqual(jasmine.objectContaining({ code: 'internal_error', status: 500, requestId: 'trace-123' }));
    expect(JSON.stringify(response.body)).not.toContain('secret detail');
    expect(response.headers['x-request-id']).toBe('trace-123');
  });

  it('documents the route with OpenAPI parameters written the OpenAPI way', () => {
    const { registry } = appWithGreeting();
    const paths = registry.definitions.flatMap((definition) => (definition.type === 'route' ? [definition.route.path] : []));
    expect(paths).toContain('/api/greetings/{language}');
  });

  it('hands a raw body to its route as bytes, whatever the Content-Type, after the guard, with its own size message', async () => {
    const registry = createOpenApiRegistry();
    const order: string[] = [];
    const api = new ApiRouter(registry, '/api', (request) => {
      order.push(`guard saw ${request.body === undefined ? 'no body yet' : 'a body'}`);
    });
    api.post(
      '/uploads',
      {
        summary: 'Upload bytes',
        tags: ['test'],
        access: 'signedIn',
        status: 201,
        request: { rawBody: { limit: 2_000, mediaTypes: ['image/png'], tooLarge: 'At most 2,000 bytes.' } },
        response: { description: 'What arrived', schema: z.object({ bytes: z.number(), first: z.number() }) },
      },
      ({ body }) => ({ bytes: body.length, first: body[0] ?? -1 }),
    );
    const app = express();
    app.use(requestLogging(silentLogger));
    app.use('/api', api.router);
    app.use(problemHandler);

    // Not JSON, though it says so: the JSON parser the app added never sees it.
    const claimedJson = await request(app).post('/api/uploads').set('Content-Type', 'application/json').send('PNG, honestly').expect(201);
    expect(claimedJson.body).toEqual({ bytes: 13, first: 'P'.charCodeAt(0) });
    expect(order).toEqual(['guard saw no body yet']);
    expect((await request(app).post('/api/uploads').expect(201)).body).toEqual({ bytes: 0, first: -1 });
    const tooLarge = await request(app).post('/api/uploads').set('Content-Type', 'image/png').send(Buffer.alloc(3_000)).expect(413);
    expect(tooLarge.body).toEqual(jasmine.objectContaining({ code: 'payload_too_large', detail: 'At most 2,000 bytes.' }));

    const route = registry.definitions.find((definition) => definition.type === 'route' && definition.route.path === '/api/uploads');
    expect(route?.type === 'route' && route.route.request?.body?.content).toEqual({ 'image/png': { schema: { type: 'string', format: 'binary' } } });
  });
});

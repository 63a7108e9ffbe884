// `Express.User` and `request.user` (who is signed in) come from Passport's types; the auth
// feature says what a user holds (auth.types.ts). `request.id` and `request.log` come from
// pino-http's (request-logging.ts). Named here for compilations without those files (tools/).
/// <reference types="passport" />
/// <reference types="pino-http" />
import { OpenAPIRegistry, type RouteConfig } from '@asteasolutions/zod-to-openapi';
import express, { type Request, type Response } from 'express';
import { z, type ZodObject, type ZodType } from 'zod';

import { fieldIssues, type FieldIssue } from '@portico/shared/platform/field-issues';
import { PROBLEM_CONTENT_TYPE, ProblemSchema } from '@portico/shared/platform/problem';
import { HttpProblem, validationFailed } from '../errors';
import { enforceRateLimit, type RouteRateLimit } from '../rate-limit/rate-limited';

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

interface RequestSchemas {
  params?: ZodObject;
  query?: ZodObject;
  body?: ZodType;
  /** Largest JSON body accepted (`body-parser` units: '100kb', '1mb'); 100kb unless the route says. */
  bodyLimit?: string;
  /** A body taken as bytes rather than JSON (uploads); the handler gets it as a Buffer. */
  rawBody?: RawBody;
}

export interface RawBody {
  /** Largest body accepted, in bytes; a larger one is a 413 problem with `tooLarge` as its detail. */
  limit: number;
  /** What to document as the body's media types; the content is read whatever the client claims. */
  mediaTypes: readonly string[];
  tooLarge: string;
}

/**
 * Who may call a route: anyone, anyone signed in, or holders of one action. The guard
 * given to the router (from the auth feature's policy) enforces it.
 */
export type Access = 'public' | 'signedIn' | { action: string };

export type RouteGuard = (request: Request, response: Response, access: Access) => Promise<void> | void;

export interface RouteSpec<S extends RequestSchemas, R extends ZodType | undefined = undefined, A extends Access = Access> {
  summary: string;
  access: A;
  description?: string;
  tags: string[];
  request?: S;
  /** Status of a successful answer; the handler's return value is its JSON body. */
  status?: number;
  response?: { description: string; schema?: R; contentType?: string };
  /**
   * Every answer under /api is `Cache-Control: no-store` (it may hold personal data). A route
   * whose successful answer may be kept by the reader's browser declares it here and sets
   * its own header (`immutable`: its address names one content forever, as handbook images).
   */
  cache?: 'immutable';
  /** How often one person or address may call it; checked after the access guard (429 with Retry-After). */
  rateLimit?: RouteRateLimit;
  /** Other answers worth documenting besides the problem responses every route may give. */
  otherResponses?: Record<number, { description: string; schema?: ZodType; contentType?: string }>;
}

type Parsed<T> = T extends ZodType ? z.infer<T> : Record<string, never>;

export type RouteInput<S extends RequestSchemas, A extends Access = Access> = {
  params: Parsed<S['params']>;
  query: Parsed<S['query']>;
  body: S['rawBody'] extends RawBody ? Buffer : Parsed<S['body']>;
  /** Who is signed in: always someone on a route that is not public (the guard saw to it). */
  actor: A extends 'public' ? Express.User | undefined : Express.User;
};

/** What a handler returns: its declared response's value (or nothing, when it answered itself), or anything without one. */
export type RouteResult<R extends ZodType | undefined> = R extends ZodType ? z.input<R> | void : unknown;

export type RouteHandler<S extends RequestSchemas, R extends ZodType | undefined = undefined, A extends Access = Access> = (
  input: RouteInput<S, A>,
  request: Request,
  response: Response,
) => RouteResult<R> | Promise<RouteResult<R>>;

/**
 * One place where a route is declared: the same call mounts the Express handler,
 * validates its input with the shared zod schemas, and adds it to the OpenAPI document,
 * so the document cannot drift from what the server does.
 */
export class ApiRouter {
  readonly router = express.Router();
  /** One JSON parser per body limit in use. */
  private readonly jsonParsers = new Map<string, express.RequestHandler>();

  constructor(
    private readonly registry: OpenAPIRegistry,
    /** Where `router` is mounted, so documented paths are absolute. */
    private readonly mountPath = '',
    /** Runs before input validation on every route; without one, only public routes may be declared. */
    private readonly guard?: RouteGuard,
    /** Every answer checked against its declared schema, a mismatch a 500 that names it (app.ts: outside production). */
    private readonly checkAnswers = false,
  ) {}

  /** Declares a route for one method: its access, its input and answer schemas, its documentation, its handler. */
  readonly get = this.declare('get');
  readonly post = this.declare('post');
  readonly put = this.declare('put');
  readonly patch = this.declare('patch');
  readonly delete = this.declare('delete');

  private declare(method: Method) {
    return <S extends RequestSchemas, R extends ZodType | undefined = undefined, A extends Access = Access>(
      path: string,
      spec: RouteSpec<S, R, A>,
      handler: RouteHandler<S, R, A>,
    ): void => this.route(method, path, spec, handler);
  }

  private route<S extends RequestSchemas, R extends ZodType | undefined, A extends Access>(
    method: Method,
    path: string,
    spec: RouteSpec<S, R, A>,
    handler: RouteHandler<S, R, A>,
  ) {
    if (spec.access !== 'public' && !this.guard) throw new Error(`${method.toUpperCase()} ${path} needs a route guard`);
    this.registry.registerPath(document(method, this.mountPath + path, spec));
    const status = spec.status ?? 200;
    const rawBody = spec.request?.rawBody;
    const json = spec.request?.body ? this.jsonParser(spec.request.bodyLimit ?? '100kb') : undefined;
    // A body is read only after the access check and the rate limit, and only by a route that declares one.
    this.router[method](path, async (request, response) => {
      await this.guard?.(request, response, spec.access);
      if (spec.rateLimit) await enforceRateLimit(spec.rateLimit, request, response);
      if (rawBody) await readRawBody(rawBody, request, response);
      else if (json) await runParser(json, request, response);
      const input = { ...parseInput(spec.request, request), actor: request.user } as RouteInput<S, A>;
      const result = await handler(input, request, response);
      if (response.headersSent) return;
      if (result === undefined) response.status(status).end();
      else response.status(status).json(this.checkAnswers ? checkedAnswer(method, path, spec.response?.schema, result) : result);
    });
  }

  private jsonParser(limit: string): express.RequestHandler {
    let parser = this.jsonParsers.get(limit);
    if (!parser) this.jsonParsers.set(limit, (parser = express.json({ limit })));
    return parser;
  }
}

function runParser(parse: express.RequestHandler, request: Request, response: Response): Promise<void> {
  return new Promise<void>((resolve, reject) => void parse(request, response, (error?: unknown) => (error ? reject(error) : resolve())));
}

/**
 * The answer as declared, or an error naming the route and what differs: a mismatch is a
 * bug to fail on loudly in development and specs (production sends what the handler gave).
 */
function checkedAnswer(method: Method, path: string, schema: ZodType | undefined, result: unknown): unknown {
  if (!schema) return result;
  const checked = schema.safeParse(result);
  if (checked.success) return result;
  const differences = checked.error.issues.map((issue) => `${issue.path.join('.') || '(answer)'}: ${issue.message}`).join('; ');
  throw new Error(`${method.toUpperCase()} ${path} answered something its response schema does not allow: ${differences}`);
}

/** Reads the body as bytes, whatever its Content-Type; none is an empty Buffer. */
async function readRawBody(rawBody: RawBody, request: Request, response: Response): Promise<void> {
  try {
    await runParser(express.raw({ type: () => true, limit: rawBody.limit }), request, response);
  } catch (error) {
    if ((error as { type?: string }).type === 'entity.too.large') throw new HttpProblem(413, 'payload_too_large', 'Payload too large', rawBody.tooLarge);
    throw error;
  }
  if (!Buffer.isBuffer(request.body)) request.body = Buffer.alloc(0);
}

/** Validates params, query and body together, so one answer lists every invalid field. */
function parseInput(schemas: RequestSchemas | undefined, request: Request): Record<keyof RequestSchemas, unknown> {
  const input = { params: {}, query: {}, body: {} } as Record<keyof RequestSchemas, unknown>;
  const errors: FieldIssue[] = [];
  if (schemas?.rawBody) input.body = request.body;
  for (const where of ['params', 'query', 'body'] as const) {
    const schema = schemas?.[where];
    if (!schema) continue;
    const parsed = schema.safeParse(request[where] ?? {});
    if (parsed.success) input[where] = parsed.data;
    else errors.push(...fieldIssues(parsed.error.issues, [where]));
  }
  if (errors.length) throw validationFailed(errors);
  return input;
}

const binary = { type: 'string', format: 'binary' } as const;

function document<S extends RequestSchemas, R extends ZodType | undefined, A extends Access>(
  method: Method,
  path: string,
  spec: RouteSpec<S, R, A>,
): RouteConfig {
  const content = (schema: ZodType | undefined, contentType = 'application/json') =>
    schema
      ? { content: { [contentType]: { schema } } }
      : // A response of another media type without a schema is bytes (an image, a file).
        contentType !== 'application/json'
        ? { content: { [contentType]: { schema: binary } } }
        : {};
  const responses: RouteConfig['responses'] = {
    [spec.status ?? 200]: {
      description: spec.response?.description ?? 'Success',
      ...content(spec.response?.schema, spec.response?.contentType),
    },
    default: { description: 'A problem (RFC 9457)', ...content(ProblemSchema, PROBLEM_CONTENT_TYPE) },
  };
  for (const [code, other] of Object.entries(spec.otherResponses ?? {})) {
    responses[code] = { description: other.description, ...content(other.schema, other.contentType ?? PROBLEM_CONTENT_TYPE) };
  }
  if (spec.rateLimit) {
    const { limit, windowMs } = spec.rateLimit.limit.rule;
    responses[429] = {
      description: `More than ${limit} requests in ${windowMs / 1000} s; Retry-After says when to try again`,
      ...content(ProblemSchema, PROBLEM_CONTENT_TYPE),
    };
  }
  if (spec.access !== 'public') {
    responses[401] = { description: 'Not signed in, or the session expired', ...content(ProblemSchema, PROBLEM_CONTENT_TYPE) };
    responses[403] = { description: 'Not allowed, or the XSRF token is missing', ...content(ProblemSchema, PROBLEM_CONTENT_TYPE) };
  }
  return {
    method,
    security: spec.access === 'public' ? [] : [{ session: [] }],
    'x-portico-access': typeof spec.access === 'object' ? spec.access.action : spec.access,
    'x-portico-cache': spec.cache ?? 'no-store',
    // Express writes parameters as `:name`, OpenAPI as `{name}`.
    path: path.replace(/:(\w+)/g, '{$1}'),
    summary: spec.summary,
    description: spec.description,
    tags: spec.tags,
    request: {
      params: spec.request?.params,
      query: spec.request?.query,
      body: spec.request?.rawBody
        ? { content: Object.fromEntries(spec.request.rawBody.mediaTypes.map((type) => [type, { schema: binary }])), required: true }
        : spec.request?.body
          ? { content: { 'application/json': { schema: spec.request.body } }, required: true }
          : undefined,
    },
    responses,
  };
}

import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { pinoHttp } from 'pino-http';

import type { Logger } from '../logger';

const acceptableRequestId = /^[\w.:-]{1,64}$/;
const probePaths = new Set(['/healthz', '/readyz']);

/**
 * Gives every request an id (the caller's `X-Request-Id` when it is sane), returns it in
 * the response, and logs one JSON line per request. Only the path is logged: query
 * strings may carry what people typed (search terms), which can be personal.
 */
export function requestLogging(logger: Logger) {
  return pinoHttp({
    logger,
    genReqId(request: IncomingMessage, response: ServerResponse) {
      const offered = request.headers['x-request-id'];
      const id = typeof offered === 'string' && acceptableRequestId.test(offered) ? offered : randomUUID();
      response.setHeader('X-Request-Id', id);
      return id;
    },
    autoLogging: { ignore: (request) => probePaths.has(request.url ?? '') },
    customLogLevel: (_request, response, error) => (error || response.statusCode >= 500 ? 'error' : response.statusCode >= 400 ? 'warn' : 'info'),
    serializers: {
      req: (request: { id: string; method: string; url: string }) => ({
        id: request.id,
        method: request.method,
        path: request.url.split('?')[0],
      }),
      res: (response: { statusCode: number }) => ({ statusCode: response.statusCode }),
    },
  });
}

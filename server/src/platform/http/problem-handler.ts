import type { ErrorRequestHandler, RequestHandler } from 'express';

import { PROBLEM_CONTENT_TYPE, type Problem } from '@portico/shared/platform/problem';
import { HttpProblem, notFound } from '../errors';

/** Errors raised by Express's body parser carry a `type` and a `status`. */
interface BodyParserError {
  type?: string;
  status?: number;
  code?: string;
}

function toProblem(error: unknown): HttpProblem {
  if (error instanceof HttpProblem) return error;
  const parserError = error as BodyParserError;
  if (parserError?.type === 'entity.parse.failed') {
    return new HttpProblem(400, 'malformed_json', 'Malformed JSON', 'The request body is not valid JSON.');
  }
  if (parserError?.type === 'entity.too.large') {
    return new HttpProblem(413, 'payload_too_large', 'Payload too large', 'The request body is larger than allowed.');
  }
  if (parserError?.code === 'EBADCSRFTOKEN') {
    return new HttpProblem(403, 'xsrf_token_invalid', 'Forbidden', 'The X-XSRF-TOKEN header is missing or does not match the XSRF-TOKEN cookie.');
  }
  if (typeof parserError?.status === 'number' && parserError.status >= 400 && parserError.status < 500) {
    return new HttpProblem(parserError.status, 'bad_request', 'Bad request');
  }
  return new HttpProblem(500, 'internal_error', 'Internal error', 'Something went wrong on our side; it has been logged.');
}

/** The one error handler: every failure leaves as `application/problem+json`. */
export const problemHandler: ErrorRequestHandler = (error, request, response, next) => {
  if (response.headersSent) {
    next(error);
    return;
  }
  const problem = toProblem(error);
  if (problem.status >= 500) request.log.error({ err: error }, 'request failed');
  const body: Problem = {
    type: 'about:blank',
    title: problem.title,
    status: problem.status,
    code: problem.code,
    detail: problem.detail,
    instance: request.originalUrl.split('?')[0],
    requestId: String(request.id),
    errors: problem.errors,
  };
  response.status(problem.status).type(PROBLEM_CONTENT_TYPE).send(JSON.stringify(body));
};

export const notFoundHandler: RequestHandler = (request) => {
  throw notFound(`Nothing answers ${request.method} ${request.originalUrl.split('?')[0]}.`);
};

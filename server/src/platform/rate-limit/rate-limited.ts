import type { Request, RequestHandler, Response } from 'express';

import { HttpProblem } from '../errors';
import type { SlidingWindowLimit } from './sliding-window-limit';

/** A limit applied to a route, and whose requests count together (the person, or the address). */
export interface RouteRateLimit {
  limit: SlidingWindowLimit;
  key: (request: Request) => string;
  /** The problem a refusal answers; a generic `rate_limited` one unless the route words its own. */
  problem?: (retryAfterSeconds: number) => HttpProblem;
}

export const rateLimited = (retryAfterSeconds: number) =>
  new HttpProblem(
    429,
    'rate_limited',
    'Too many requests',
    `Too many requests in a short time. Please wait ${retryAfterSeconds} second${retryAfterSeconds === 1 ? '' : 's'} and try again.`,
  );

/** Takes one request from the route's limit, or throws its 429 with a truthful Retry-After. */
export async function enforceRateLimit(rule: RouteRateLimit, request: Request, response: Response, now = new Date()): Promise<void> {
  const verdict = await rule.limit.take(rule.key(request), now);
  if (verdict.allowed) return;
  response.set('Retry-After', String(verdict.retryAfterSeconds));
  throw (rule.problem ?? rateLimited)(verdict.retryAfterSeconds);
}

/** The same, as middleware for routes that are not ApiRouter's (the SAML endpoints). */
export function rateLimit(rule: RouteRateLimit, refuse?: (request: Request, response: Response, retryAfterSeconds: number) => void): RequestHandler {
  return async (request, response, next) => {
    const verdict = await rule.limit.take(rule.key(request), new Date());
    if (verdict.allowed) return next();
    response.set('Retry-After', String(verdict.retryAfterSeconds));
    if (refuse) refuse(request, response, verdict.retryAfterSeconds);
    else next((rule.problem ?? rateLimited)(verdict.retryAfterSeconds));
  };
}

/** Requests counted by the signed-in person (routes that are not public). */
export const byPerson = (request: Request) => request.user?.employeeId ?? '';

/** Requests counted by the client's address (sign-in). */
export const byAddress = (request: Request) => request.ip ?? 'unknown';

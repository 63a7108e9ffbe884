import autocannon from 'autocannon';

import { milliseconds, percentile } from './report';

export interface Request {
  method: 'GET' | 'POST';
  path: string;
  headers: Record<string, string>;
  body?: string;
}

export interface Load {
  result: autocannon.Result;
  /** Every response time (autocannon reports no p95). */
  times: number[];
  statuses: Map<number, number>;
}

/**
 * Autocannon over the requests `next` gives, in turn, for `seconds` (10 by default), or until
 * `amount` requests have been answered for a route too slow for its rows to fit in seconds;
 * every response time is kept. `timeout`: seconds a response may take before it is an error.
 */
export async function load(
  port: number,
  connections: number,
  next: () => Request,
  run: { seconds?: number; amount?: number; timeout?: number } = {},
): Promise<Load> {
  const times: number[] = [];
  const statuses = new Map<number, number>();
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: `http://127.0.0.1:${port}`,
        connections,
        ...(run.amount ? { amount: run.amount } : { duration: run.seconds ?? 10 }),
        timeout: run.timeout ?? 10,
        requests: [{ setupRequest: (request) => ({ ...request, ...next() }) }],
      },
      (error, finished) => (error ? reject(error) : resolve(finished)),
    );
    instance.on('response', (_client: unknown, status: number, _bytes: number, responseTime: number) => {
      times.push(responseTime);
      statuses.set(status, (statuses.get(status) ?? 0) + 1);
    });
  });
  return { result, times, statuses };
}

/** A table row: throughput, p50/p95/p99, how many requests, and every error or non-2xx answer by status. */
export const row = (what: string, connections: number, { result, times, statuses }: Load) => ({
  what,
  connections,
  'requests/s': result.requests.average.toFixed(0),
  p50: milliseconds(percentile(times, 0.5)),
  p95: milliseconds(percentile(times, 0.95)),
  p99: milliseconds(percentile(times, 0.99)),
  requests: times.length,
  'errors + non-2xx': `${result.errors + result.non2xx}${[...statuses]
    .filter(([status]) => status >= 300)
    .map(([status, count]) => ` (${count}× ${status})`)
    .join('')}`,
});

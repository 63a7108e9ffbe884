import { HttpTestingController, type TestRequest } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';

/** Waits for something the page does after a request or a lazy load. */
export async function eventually<T>(find: () => T | null | undefined | false, what = 'condition'): Promise<T> {
  for (let attempt = 0; attempt < 200; attempt++) {
    const found = find();
    if (found) return found;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`${what}: not met in time`);
}

/** The next request to this address (method and path), once the page has made it. */
export function requestTo(method: string, path: string): Promise<TestRequest> {
  const http = TestBed.inject(HttpTestingController);
  return eventually(() => http.match((request) => request.method === method && request.url === path)[0], `${method} ${path}`);
}

import { describe, expect, it } from 'vitest';
import { isWorthRetrying, retryPassingFailures } from './retry.js';

/** An error as a tRPC client gives it, with the data the api's error formatter adds. */
const refusal = (code: string, httpStatus: number) => Object.assign(new Error(code), { data: { code, httpStatus } });

describe('which failed requests are tried again', () => {
  it('never a refusal: not found, forbidden, invalid input, signed out, too many', () => {
    for (const [code, status] of [['NOT_FOUND', 404], ['FORBIDDEN', 403], ['BAD_REQUEST', 400], ['UNAUTHORIZED', 401], ['TOO_MANY_REQUESTS', 429]] as const) {
      expect(isWorthRetrying(refusal(code, status))).toBe(false);
    }
  });

  it('a server failure (5xx) and a request that got no answer (network: no data)', () => {
    expect(isWorthRetrying(refusal('INTERNAL_SERVER_ERROR', 500))).toBe(true);
    expect(isWorthRetrying(refusal('SERVICE_UNAVAILABLE', 503))).toBe(true);
    expect(isWorthRetrying(new TypeError('Failed to fetch'))).toBe(true);
    expect(isWorthRetrying(Object.assign(new Error('x'), { data: undefined }))).toBe(true);
  });

  it('stops after the given number of retries', () => {
    const retry = retryPassingFailures(2);
    expect(retry(0, refusal('INTERNAL_SERVER_ERROR', 500))).toBe(true);
    expect(retry(1, refusal('INTERNAL_SERVER_ERROR', 500))).toBe(true);
    expect(retry(2, refusal('INTERNAL_SERVER_ERROR', 500))).toBe(false);
    expect(retry(0, refusal('NOT_FOUND', 404))).toBe(false);
  });
});

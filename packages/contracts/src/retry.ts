/**
 * Whether a failed request is worth sending again. Only when it never got an answer from the api
 * (the network) or the api itself failed (5xx). A refusal (4xx: not found, forbidden, invalid
 * input, signed out, too many requests) would be the same the next time, so the app says it at
 * once instead of showing "loading" through the retries. Both clients' query retry uses this.
 * Reads the `httpStatus` the api's error formatter puts in every error's data.
 */
export function isWorthRetrying(error: unknown): boolean {
  const status = httpStatusOf(error);
  return status === undefined || status >= 500;
}

function httpStatusOf(error: unknown): number | undefined {
  if (typeof error !== 'object' || error === null || !('data' in error)) return undefined;
  const data: unknown = error.data;
  if (typeof data !== 'object' || data === null || !('httpStatus' in data)) return undefined;
  return typeof data.httpStatus === 'number' ? data.httpStatus : undefined;
}

/** TanStack Query's `retry` for both apps: a few tries for a passing failure, none for a refusal. */
export const retryPassingFailures =
  (maxRetries: number) =>
  (failureCount: number, error: unknown): boolean =>
    isWorthRetrying(error) && failureCount < maxRetries;

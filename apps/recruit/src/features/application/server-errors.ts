import { isTRPCClientError } from '@trpc/client';
import type { AppRouter } from '@driehoek/api';

export type ServerRefusal =
  /** The request never got an answer: offline, server down, proxy error. */
  | { kind: 'network' }
  /** The server failed; nothing was saved. */
  | { kind: 'server' }
  | { kind: 'tooMany' }
  /** Refused with a reason: field messages (i18n keys per field) and/or a general code. */
  | { kind: 'refused'; fieldErrors: Record<string, string>; domainCode?: string };

export function readServerError(error: unknown): ServerRefusal {
  if (!isTRPCClientError<AppRouter>(error)) return { kind: 'network' };
  // What the api's error formatter adds to a refusal (`RouterErrorData`); none when no answer came.
  const data = error.data;
  if (!data) return { kind: 'network' };
  if (data.code === 'TOO_MANY_REQUESTS') return { kind: 'tooMany' };
  if (data.code === 'INTERNAL_SERVER_ERROR' || (data.httpStatus ?? 0) >= 500) return { kind: 'server' };
  return {
    kind: 'refused',
    fieldErrors: data.fieldErrors ?? {},
    ...(data.domainCode ? { domainCode: data.domainCode } : {}),
  };
}

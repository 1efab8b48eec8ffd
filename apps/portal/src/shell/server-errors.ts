import { isTRPCClientError } from '@trpc/client';
import type { AppRouter, RouterErrorData } from '@driehoek/api';

/** What the api's error formatter adds to every error (`RouterErrorData`). */
export type ServerErrorData = RouterErrorData;

export type ServerRefusal =
  /** The request never got an answer: offline, server down, proxy error. */
  | { kind: 'network' }
  /** The server failed; nothing was saved. */
  | { kind: 'server' }
  | { kind: 'tooMany' }
  | { kind: 'signedOut' }
  /** Refused with a reason: field messages (i18n keys per field) and/or a domain code. */
  | { kind: 'refused'; fieldErrors: Record<string, string>; domainCode?: string };

export function readServerError(error: unknown): ServerRefusal {
  if (!isTRPCClientError<AppRouter>(error)) return { kind: 'network' };
  const data = error.data;
  if (!data) return { kind: 'network' };
  if (data.code === 'TOO_MANY_REQUESTS' || data.domainCode === 'AUTH.TOO_MANY_ATTEMPTS') return { kind: 'tooMany' };
  if (data.code === 'INTERNAL_SERVER_ERROR' || (data.httpStatus ?? 0) >= 500) return { kind: 'server' };
  // A wrong or old sign-in code may also be UNAUTHORIZED: its own code says which it is.
  if (data.code === 'UNAUTHORIZED' && !data.domainCode?.startsWith('PORTAL.CODE')) return { kind: 'signedOut' };
  return { kind: 'refused', fieldErrors: data.fieldErrors ?? {}, ...(data.domainCode ? { domainCode: data.domainCode } : {}) };
}

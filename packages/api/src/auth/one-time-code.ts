import { randomInt, timingSafeEqual } from 'node:crypto';
import { secretHash } from './tokens.js';

/** A six-digit code, uniformly random. */
export const newOneTimeCode = (): string => String(randomInt(0, 1_000_000)).padStart(6, '0');

/** Compares a typed code with the stored hash in constant time. */
export function codeMatches(code: string, storedHash: string): boolean {
  const typed = Buffer.from(secretHash(code), 'hex');
  const stored = Buffer.from(storedHash, 'hex');
  return typed.length === stored.length && timingSafeEqual(typed, stored);
}

/** A code works 10 minutes, once, and dies after 5 wrong tries. */
export const ONE_TIME_CODE = { minutes: 10, maxFailedAttempts: 5 } as const;

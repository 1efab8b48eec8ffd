import { ReauthConfirmation, type EntityManager } from '@driehoek/db';
import { AppError } from '../errors/index.js';
import { newSecret, secretHash } from './tokens.js';

/** How long a re-entered password counts for one export or erasure. */
export const REAUTH_LIFETIME_MS = 5 * 60_000;

/** Issues a confirmation for the staff member (the secret for the answer; the database keeps its SHA-256). Saved with the caller's flush. */
export function issueConfirmation(em: EntityManager, staffMemberId: string, now: Date): { secret: string; expiresAt: Date } {
  const secret = newSecret();
  const expiresAt = new Date(now.getTime() + REAUTH_LIFETIME_MS);
  em.create(ReauthConfirmation, { tokenHash: secretHash(secret), staffMember: staffMemberId, expiresAt });
  return { secret, expiresAt };
}

/**
 * Uses up a confirmation: one conditional update (this staff member's, unused, not expired), so
 * two requests with the same confirmation cannot both pass. `AUTH.CONFIRMATION_REQUIRED` when it is
 * missing, someone else's, used or expired: the admin enters their password again.
 */
export async function useConfirmation(em: EntityManager, staffMemberId: string, secret: string | undefined, now: Date): Promise<void> {
  if (!secret) throw new AppError('AUTH.CONFIRMATION_REQUIRED', 'confirmation');
  const used = await em.nativeUpdate(ReauthConfirmation, { tokenHash: secretHash(secret), staffMember: staffMemberId, usedAt: null, expiresAt: { $gt: now } }, { usedAt: now });
  if (used !== 1) throw new AppError('AUTH.CONFIRMATION_REQUIRED', 'confirmation');
}

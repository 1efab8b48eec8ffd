import { PasswordToken, type EntityManager, type StaffMember } from '@driehoek/db';
import { newSecret, secretHash } from './tokens.js';

/** How long a link to set a password works: an invitation waits a week, a reset half an hour. */
export const PASSWORD_LINK_LIFETIME_MS = { invitation: 7 * 86_400_000, reset: 30 * 60_000 } as const;
export type PasswordLinkKind = keyof typeof PASSWORD_LINK_LIFETIME_MS;

/**
 * Issues a one-time link to set the staff member's password and returns its secret (for the
 * e-mail only: the database keeps its SHA-256). Earlier unused links of theirs expire now, so
 * only the newest e-mail counts. Saved with the caller's flush.
 */
export async function issuePasswordLink(em: EntityManager, staff: StaffMember, kind: PasswordLinkKind, now: Date): Promise<string> {
  const unused = await em.find(PasswordToken, { staffMember: staff.id, usedAt: null });
  for (const link of unused) if (link.expiresAt > now) link.expiresAt = now;
  const secret = newSecret();
  em.create(PasswordToken, { tokenHash: secretHash(secret), staffMember: staff, expiresAt: new Date(now.getTime() + PASSWORD_LINK_LIFETIME_MS[kind]) });
  return secret;
}

/** The set-password page with the secret in the fragment (never sent to a server, never in access logs). */
export const passwordLinkUrl = (publicUrl: string, secret: string): string => `${publicUrl.replace(/\/$/, '')}/coordinator/set-password#${secret}`;

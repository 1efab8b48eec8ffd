import { createHmac } from 'node:crypto';
import { secretHash } from '../../auth/tokens.js';

/**
 * EVA-2 (`@driehoek/domain/evaluation` pseudonym.ts): keyed hashes with the server's evaluation key
 * (from the environment, never the database). The same person in one programme always gets the same
 * respondent key, a match the same match key; only the server can compute them again.
 */
const keyed = (secret: string, message: string) => createHmac('sha256', secret).update(message).digest('base64url');

export const respondentKeyOf = (secret: string, programmeId: string, personId: string): string => `rk_${keyed(secret, `respondent:${programmeId}:${personId}`)}`;
export const matchKeyOf = (secret: string, matchId: string): string => `mk_${keyed(secret, `match:${matchId}`)}`;

/**
 * The secret of an invitation's personal link: derived from the key and the invitation's random id,
 * so the reminder carries the same link; the database holds only its SHA-256 (CONVENTIONS 2).
 */
export const linkSecretOf = (secret: string, invitationId: string): string => keyed(secret, `link:${invitationId}`);
export const linkSecretHashOf = (secret: string, invitationId: string): string => secretHash(linkSecretOf(secret, invitationId));

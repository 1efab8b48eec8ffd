import { createHash, randomBytes } from 'node:crypto';

/** A secret for a cookie or a link: 256 random bits, URL-safe. */
export const newSecret = (): string => randomBytes(32).toString('base64url');

/** What is stored of a secret: its SHA-256, so the database never holds a usable token. */
export const secretHash = (secret: string): string => createHash('sha256').update(secret).digest('hex');

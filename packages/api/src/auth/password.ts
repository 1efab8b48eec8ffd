import { hash, verify } from '@node-rs/argon2';

/** argon2id with the OWASP-recommended minimum (19 MiB, 2 passes). */
const ARGON2ID = { algorithm: 2, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export const hashPassword = (password: string): Promise<string> => hash(password, ARGON2ID);

export const verifyPassword = (passwordHash: string, password: string): Promise<boolean> =>
  verify(passwordHash, password).catch(() => false);

/**
 * A hash to verify against when the e-mail is unknown, so that a wrong e-mail takes as long as a
 * wrong password and the response time does not tell which accounts exist.
 */
export const DECOY_HASH = await hashPassword('decoy-password-never-valid');

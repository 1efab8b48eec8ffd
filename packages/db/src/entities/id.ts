import { randomUUID } from 'node:crypto';

/** Record ids are random UUIDs: not guessable, and safe to show in URLs (they say nothing about a person). */
export const newId = (): string => randomUUID();

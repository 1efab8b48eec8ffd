import type { Redis } from 'ioredis';
import { Session, type EntityManager } from '@driehoek/db';
import { newSecret, secretHash } from './tokens.js';

export interface SessionData {
  readonly coordinatorId: string;
  readonly expiresAt: Date;
}

/**
 * Where signed-in sessions live: in the database, or in Redis when REDIS_URL is set. Never in
 * process memory, so any instance behind a load balancer can serve any request.
 */
export interface SessionStore {
  create(coordinatorId: string, now: Date): Promise<{ token: string; expiresAt: Date }>;
  find(token: string, now: Date): Promise<SessionData | null>;
  destroy(token: string): Promise<void>;
  /** Ends every session of a coordinator (account disabled; ASVS 7.4.2). */
  destroyAllFor(coordinatorId: string): Promise<void>;
}

export const SESSION_LIFETIME_MS = 12 * 60 * 60 * 1000;

export function databaseSessionStore(em: () => EntityManager): SessionStore {
  return {
    async create(coordinatorId, now) {
      const token = newSecret();
      const expiresAt = new Date(now.getTime() + SESSION_LIFETIME_MS);
      const fork = em();
      fork.create(Session, { tokenHash: secretHash(token), coordinator: coordinatorId, createdAt: now, expiresAt });
      await fork.flush();
      return { token, expiresAt };
    },
    async find(token, now) {
      const session = await em().findOne(Session, { tokenHash: secretHash(token) });
      if (!session || session.expiresAt <= now) return null;
      return { coordinatorId: session.coordinator.id, expiresAt: session.expiresAt };
    },
    async destroy(token) {
      await em().nativeDelete(Session, { tokenHash: secretHash(token) });
    },
    async destroyAllFor(coordinatorId) {
      await em().nativeDelete(Session, { coordinator: coordinatorId });
    },
  };
}

export function redisSessionStore(redis: Redis): SessionStore {
  const key = (hash: string) => `driehoek:session:${hash}`;
  const index = (coordinatorId: string) => `driehoek:sessions-of:${coordinatorId}`;
  return {
    async create(coordinatorId, now) {
      const token = newSecret();
      const hash = secretHash(token);
      const expiresAt = new Date(now.getTime() + SESSION_LIFETIME_MS);
      await redis
        .multi()
        .set(key(hash), JSON.stringify({ coordinatorId, expiresAt: expiresAt.toISOString() }), 'PX', SESSION_LIFETIME_MS)
        .sadd(index(coordinatorId), hash)
        .pexpire(index(coordinatorId), SESSION_LIFETIME_MS)
        .exec();
      return { token, expiresAt };
    },
    async find(token, now) {
      const raw = await redis.get(key(secretHash(token)));
      if (!raw) return null;
      const data = JSON.parse(raw) as { coordinatorId: string; expiresAt: string };
      const expiresAt = new Date(data.expiresAt);
      return expiresAt <= now ? null : { coordinatorId: data.coordinatorId, expiresAt };
    },
    async destroy(token) {
      await redis.del(key(secretHash(token)));
    },
    async destroyAllFor(coordinatorId) {
      const hashes = await redis.smembers(index(coordinatorId));
      if (hashes.length > 0) await redis.del(...hashes.map(key));
      await redis.del(index(coordinatorId));
    },
  };
}

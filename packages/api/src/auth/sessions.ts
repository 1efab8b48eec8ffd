import type { Redis } from 'ioredis';
import { Session, type EntityManager, type SessionSubject } from '@driehoek/db';
import { newSecret, secretHash } from './tokens.js';

/** Who a session belongs to: a staff member (coordinator app), a family member or a volunteer (portal). */
export interface SessionOwner {
  readonly kind: SessionSubject;
  readonly id: string;
}

export interface SessionData extends SessionOwner {
  readonly expiresAt: Date;
}

/**
 * Where signed-in sessions live: in the database, or in Redis when REDIS_URL is set. Never in
 * process memory, so any instance behind a load balancer can serve any request.
 */
export interface SessionStore {
  create(owner: SessionOwner, now: Date): Promise<{ token: string; expiresAt: Date }>;
  find(token: string, now: Date): Promise<SessionData | null>;
  destroy(token: string): Promise<void>;
  /** Ends every session of one person (account disabled; ASVS 7.4.2, SCR-8). */
  destroyAllFor(owner: SessionOwner): Promise<void>;
}

/** Staff sessions last a working day; portal sessions are shorter-lived on shared family phones. */
export const SESSION_LIFETIME_MS: Record<SessionSubject, number> = {
  staff: 12 * 60 * 60 * 1000,
  family: 2 * 60 * 60 * 1000,
  volunteer: 2 * 60 * 60 * 1000,
};

export function databaseSessionStore(em: () => EntityManager): SessionStore {
  return {
    async create(owner, now) {
      const token = newSecret();
      const expiresAt = new Date(now.getTime() + SESSION_LIFETIME_MS[owner.kind]);
      const fork = em();
      fork.create(Session, { tokenHash: secretHash(token), subjectKind: owner.kind, subjectId: owner.id, createdAt: now, expiresAt });
      await fork.flush();
      return { token, expiresAt };
    },
    async find(token, now) {
      // Every signed-in request looks its session up: one row by primary key, read as a plain row
      // (no query builder, no entity in an identity map), converted by the ORM's own column mapping.
      const fork = em();
      const meta = fork.getMetadata(Session);
      const platform = fork.getPlatform();
      const key = platform.quoteIdentifier(meta.properties.tokenHash.fieldNames[0]!);
      const rows = await fork.execute<Record<string, unknown>[]>(`select * from ${platform.quoteIdentifier(meta.tableName)} where ${key} = ?`, [secretHash(token)]);
      const session = rows[0] ? (fork.getDriver().mapResult(rows[0], meta) as Pick<Session, 'subjectKind' | 'subjectId' | 'expiresAt'> | null) : null;
      if (!session || session.expiresAt <= now) return null;
      return { kind: session.subjectKind, id: session.subjectId, expiresAt: session.expiresAt };
    },
    async destroy(token) {
      await em().nativeDelete(Session, { tokenHash: secretHash(token) });
    },
    async destroyAllFor(owner) {
      await em().nativeDelete(Session, { subjectKind: owner.kind, subjectId: owner.id });
    },
  };
}

export function redisSessionStore(redis: Redis): SessionStore {
  const key = (hash: string) => `driehoek:session:${hash}`;
  const index = (owner: SessionOwner) => `driehoek:sessions-of:${owner.kind}:${owner.id}`;
  return {
    async create(owner, now) {
      const token = newSecret();
      const hash = secretHash(token);
      const lifetime = SESSION_LIFETIME_MS[owner.kind];
      const expiresAt = new Date(now.getTime() + lifetime);
      await redis
        .multi()
        .set(key(hash), JSON.stringify({ kind: owner.kind, id: owner.id, expiresAt: expiresAt.toISOString() }), 'PX', lifetime)
        .sadd(index(owner), hash)
        .pexpire(index(owner), lifetime)
        .exec();
      return { token, expiresAt };
    },
    async find(token, now) {
      const raw = await redis.get(key(secretHash(token)));
      if (!raw) return null;
      const data = JSON.parse(raw) as { kind: SessionSubject; id: string; expiresAt: string };
      const expiresAt = new Date(data.expiresAt);
      return expiresAt <= now ? null : { kind: data.kind, id: data.id, expiresAt };
    },
    async destroy(token) {
      await redis.del(key(secretHash(token)));
    },
    async destroyAllFor(owner) {
      const hashes = await redis.smembers(index(owner));
      if (hashes.length > 0) await redis.del(...hashes.map(key));
      await redis.del(index(owner));
    },
  };
}

import Database from 'better-sqlite3';
import type { Redis } from 'ioredis';
import pg from 'pg';
import {
  RateLimiterMemory,
  RateLimiterPostgres,
  RateLimiterRedis,
  RateLimiterRes,
  RateLimiterSQLite,
  type RateLimiterAbstract,
} from 'rate-limiter-flexible';
import type { DatabaseTarget } from '@driehoek/db';

/**
 * Login attempts are limited per e-mail address and client (brute force on one account) and per
 * client (spraying many accounts). Counters live where sessions live (database or Redis), so the
 * limit holds across instances.
 */
export interface LoginLimiter {
  /** Throws nothing; answers whether this attempt may go ahead. */
  allowed(email: string, ip: string): Promise<boolean>;
  recordFailure(email: string, ip: string): Promise<void>;
  recordSuccess(email: string, ip: string): Promise<void>;
  close(): Promise<void>;
}

export const LOGIN_LIMITS = {
  perAccount: { points: 5, duration: 15 * 60, blockDuration: 15 * 60 },
  perClient: { points: 50, duration: 60 * 60, blockDuration: 60 * 60 },
} as const;

export type LimiterFactory = (name: string, opts: { points: number; duration: number; blockDuration: number }) => Promise<RateLimiterAbstract>;

/**
 * Where rate-limit counters live: Redis, or a `rate_limit` table in the database (PostgreSQL or
 * SQLite, created by rate-limiter-flexible), so every instance counts the same; `:memory:` SQLite
 * (tests) counts in memory.
 */
export function limiterStore(target: DatabaseTarget, redis?: Redis): { factory: LimiterFactory; close(): Promise<void> } {
  let close = async () => {};
  let factory: LimiterFactory;
  if (redis) {
    factory = async (name, opts) => new RateLimiterRedis({ storeClient: redis, keyPrefix: `driehoek:${name}`, ...opts });
  } else if (target.dialect === 'postgresql') {
    const pool = new pg.Pool({ connectionString: target.location, max: 2 });
    // An idle connection the server closes (restart, failover) must not crash the process.
    pool.on('error', () => {});
    close = () => pool.end();
    factory = (name, opts) =>
      new Promise((resolve, reject) => {
        const limiter: RateLimiterPostgres = new RateLimiterPostgres(
          { storeClient: pool, tableName: 'rate_limit', keyPrefix: name, ...opts },
          (error?: unknown) => (error ? reject(error) : resolve(limiter)),
        );
      });
  } else if (target.location !== ':memory:') {
    const db = new Database(target.location);
    db.pragma('journal_mode = wal');
    db.pragma('busy_timeout = 5000');
    close = async () => {
      db.close();
    };
    factory = (name, opts) =>
      new Promise((resolve, reject) => {
        const limiter: RateLimiterSQLite = new RateLimiterSQLite(
          { storeClient: db, storeType: 'better-sqlite3', tableName: 'rate_limit', keyPrefix: name, ...opts },
          (error?: unknown) => (error ? reject(error) : resolve(limiter)),
        );
      });
  } else {
    factory = async (name, opts) => new RateLimiterMemory({ keyPrefix: name, ...opts });
  }

  return { factory, close };
}

/** Creates the limiter on Redis, PostgreSQL or SQLite; `:memory:` SQLite (tests) counts in memory. */
export async function createLoginLimiter(target: DatabaseTarget, redis?: Redis): Promise<LoginLimiter> {
  const { factory, close } = limiterStore(target, redis);
  const perAccount = await factory('login_account', LOGIN_LIMITS.perAccount);
  const perClient = await factory('login_client', LOGIN_LIMITS.perClient);
  const accountKey = (email: string, ip: string) => `${email.trim().toLowerCase()}|${ip}`;
  // Portal sign-ins (keys `portal:<email>`) and staff logins count per client separately: parents
  // typing codes on a school's or community centre's shared address never lock out its coordinator.
  const clientKey = (email: string, ip: string) => (email.startsWith('portal:') ? `portal|${ip}` : ip);
  const exhausted = async (limiter: RateLimiterAbstract, key: string, points: number) => {
    const res = await limiter.get(key);
    return res !== null && res.consumedPoints >= points;
  };
  const consume = async (limiter: RateLimiterAbstract, key: string) => {
    await limiter.consume(key).catch((reason: unknown) => {
      if (!(reason instanceof RateLimiterRes)) throw reason;
    });
  };

  return {
    async allowed(email, ip) {
      const [account, client] = await Promise.all([
        exhausted(perAccount, accountKey(email, ip), LOGIN_LIMITS.perAccount.points),
        exhausted(perClient, clientKey(email, ip), LOGIN_LIMITS.perClient.points),
      ]);
      return !account && !client;
    },
    async recordFailure(email, ip) {
      await Promise.all([consume(perAccount, accountKey(email, ip)), consume(perClient, clientKey(email, ip))]);
    },
    async recordSuccess(email, ip) {
      await perAccount.delete(accountKey(email, ip));
    },
    close,
  };
}

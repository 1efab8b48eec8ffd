import Database from 'better-sqlite3';
import pg from 'pg';
import type { DatabaseTarget } from './orm.js';

/** The key of the PostgreSQL advisory lock the migrations run under ("driehoek" in ASCII). */
export const MIGRATION_LOCK_KEY = 0x64726965686f656bn;

/** How long an instance waits for another one's migrations before it gives up. */
const MIGRATION_LOCK_TIMEOUT_MS = 10 * 60_000;

/**
 * Runs `work` (the migrations, the demo seed) while holding a lock that every instance on the same
 * database takes first, so two instances starting together migrate one after the other: the second
 * waits, then finds nothing pending.
 *
 * - PostgreSQL: a session-level `pg_advisory_lock` on a connection of its own (the migrations run
 *   in transactions on the pool's connections). PostgreSQL releases it if the process dies.
 * - SQLite: a write transaction (`begin immediate`) on a small lock file beside the database; the
 *   operating system releases the file lock if the process dies, so no stale lock is left behind.
 * - `:memory:` is private to one process: no lock.
 */
export async function withMigrationLock<T>(target: DatabaseTarget, work: () => Promise<T>): Promise<T> {
  if (target.dialect === 'postgresql') return withAdvisoryLock(target.location, work);
  if (target.location === ':memory:') return work();
  return withFileLock(`${target.location}.migration-lock`, work);
}

async function withAdvisoryLock<T>(url: string, work: () => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url, statement_timeout: MIGRATION_LOCK_TIMEOUT_MS });
  // A dropped lock connection must not take the process down; the migrations report their own errors.
  client.on('error', () => {});
  await client.connect();
  try {
    await client.query('select pg_advisory_lock($1)', [MIGRATION_LOCK_KEY.toString()]);
    try {
      return await work();
    } finally {
      await client.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY.toString()]).catch(() => {});
    }
  } finally {
    await client.end().catch(() => {});
  }
}

async function withFileLock<T>(path: string, work: () => Promise<T>): Promise<T> {
  // No busy timeout: better-sqlite3 would wait synchronously, blocking this process's event loop
  // (and with it an instance in the same process that holds the lock). Poll instead.
  const lock = new Database(path, { timeout: 0 });
  try {
    const deadline = Date.now() + MIGRATION_LOCK_TIMEOUT_MS;
    for (;;) {
      try {
        lock.exec('begin immediate');
        break;
      } catch (error) {
        if ((error as { code?: string }).code !== 'SQLITE_BUSY' || Date.now() > deadline) throw error;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    }
    try {
      return await work();
    } finally {
      lock.exec('rollback');
    }
  } finally {
    lock.close();
  }
}

import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { MikroORM, type MigrationObject, type Options } from '@mikro-orm/core';
import type { AbstractSqlDriver, SqlEntityManager } from '@mikro-orm/sql';
import { Migrator } from '@mikro-orm/migrations';
import { postgresqlDriver, sqliteDriver, type DriverSettings } from './drivers.js';
import { withMigrationLock } from './migration-lock.js';
import * as entities from './entities/index.js';
import { sqliteMigrations } from './migrations/sqlite/index.js';
import { postgresqlMigrations } from './migrations/postgresql/index.js';
import { systemClock, useStampClock, type Clock } from './clock.js';

export type Dialect = 'sqlite' | 'postgresql';
export type Orm = MikroORM<AbstractSqlDriver>;
export type EntityManager = SqlEntityManager<AbstractSqlDriver>;

/** Where the database is: a `postgres://` URL, or a SQLite file path (`:memory:` for tests). */
export interface DatabaseTarget {
  readonly dialect: Dialect;
  /** PostgreSQL connection URL, or the SQLite file path. */
  readonly location: string;
}

/** Reads `DATABASE_URL`-style strings: `postgres://…` or `postgresql://…` is PostgreSQL, anything else a SQLite path. */
export function parseDatabaseUrl(url: string): DatabaseTarget {
  if (/^postgres(ql)?:\/\//.test(url)) return { dialect: 'postgresql', location: url };
  return { dialect: 'sqlite', location: url.replace(/^sqlite:(\/\/)?/, '') };
}

export const ENTITIES = Object.values(entities).filter((value) => typeof value === 'object' && 'meta' in value);

/** How the server talks to its database under load and faults (the server reads them from its config). */
export interface DatabaseSettings extends DriverSettings {
  /** PostgreSQL: the most connections one instance opens. */
  readonly poolSize: number;
  /** PostgreSQL: a statement running longer is cancelled by the server (`statement_timeout`). */
  readonly statementTimeoutMs: number;
  /**
   * Create the database when it does not exist (PostgreSQL: `create database`; SQLite: the file).
   * Off unless asked for, so a misspelt name fails at start instead of serving an empty database.
   */
  readonly create: boolean;
}

export const DEFAULT_DATABASE_SETTINGS: DatabaseSettings = { poolSize: 10, acquireTimeoutMs: 5_000, statementTimeoutMs: 15_000, create: false };

/** This build's migrations for a dialect, in order. */
export function migrationsOf(dialect: Dialect): readonly MigrationObject[] {
  return dialect === 'postgresql' ? postgresqlMigrations : sqliteMigrations;
}

/** The MikroORM options for a target; used by the server, the tests and the migration generator. */
export function ormOptions(
  target: DatabaseTarget,
  settings: DatabaseSettings = DEFAULT_DATABASE_SETTINGS,
  migrations: readonly MigrationObject[] = migrationsOf(target.dialect),
): Partial<Options<AbstractSqlDriver>> {
  const common = {
    entities: ENTITIES,
    extensions: [Migrator],
    // Each request forks its own EntityManager; the global one is used only at start-up.
    allowGlobalContext: false,
    debug: false,
    ensureDatabase: settings.create,
  } satisfies Partial<Options<AbstractSqlDriver>>;
  if (target.dialect === 'postgresql') {
    return {
      ...common,
      driver: postgresqlDriver(settings) as never,
      clientUrl: target.location,
      pool: { min: 0, max: settings.poolSize },
      driverOptions: {
        // pg waits this long for a free (or new) connection, then fails instead of queueing for ever.
        connectionTimeoutMillis: settings.acquireTimeoutMs,
        // pg sends no statement_timeout for 0, so the session would keep a default set on the
        // database or role (`alter database … set statement_timeout`); 0 is sent as an option
        // then, which lifts any such default (the migrations' connections).
        ...(settings.statementTimeoutMs > 0 ? { statement_timeout: settings.statementTimeoutMs } : { options: withServerOption(target.location, '-c statement_timeout=0') }),
        // A transaction left open by a stuck request holds locks; the server ends such a session.
        idle_in_transaction_session_timeout: Math.max(settings.statementTimeoutMs * 2, 30_000),
        keepAlive: true,
      },
      migrations: { migrationsList: [...migrations], snapshot: false, silent: true },
    };
  }
  const file = target.location !== ':memory:';
  return {
    ...common,
    driver: sqliteDriver(settings) as never,
    dbName: target.location,
    // better-sqlite3: wait this long for another process's write lock (busy timeout); refuse a
    // missing file unless asked to create it.
    driverOptions: { timeout: settings.acquireTimeoutMs, fileMustExist: file && !settings.create },
    migrations: { migrationsList: [...migrations], snapshot: false, silent: true },
  };
}

export interface OpenOptions {
  /** Stamps `createdAt`/`updatedAt` on new records (the server's clock, or a test's fixed one). */
  readonly clock?: Clock;
  readonly settings?: DatabaseSettings;
  /** Runs after the migrations while this instance still holds the migration lock (the demo seed). */
  readonly whileLocked?: (orm: Orm) => Promise<void>;
  /** The migrations to run (default: this build's for the dialect; a test adds one of its own). */
  readonly migrations?: readonly MigrationObject[];
}

/** Adds a server option (`-c name=value`) to any `options` the connection URL already carries. */
function withServerOption(url: string, option: string): string {
  const existing = new URL(url).searchParams.get('options');
  return existing ? `${existing} ${option}` : option;
}

/**
 * Opens the database and brings its schema up to date by running pending migrations, under a lock
 * so that instances starting together migrate one after the other (`withMigrationLock`).
 */
export async function openDatabase(target: DatabaseTarget, { clock = systemClock, settings = DEFAULT_DATABASE_SETTINGS, whileLocked, migrations = migrationsOf(target.dialect) }: OpenOptions = {}): Promise<Orm> {
  useStampClock(clock);
  if (target.dialect === 'sqlite' && target.location !== ':memory:' && settings.create) {
    mkdirSync(dirname(target.location), { recursive: true });
  }
  const orm = await MikroORM.init<AbstractSqlDriver>(ormOptions(target, settings, migrations)).catch((error: unknown) => {
    throw explainOpenError(target, error);
  });
  try {
    try {
      if (target.dialect === 'sqlite') {
        // WAL lets readers go on while one writer commits; foreign keys are off by default in SQLite.
        await orm.em.getConnection().execute('pragma journal_mode = wal');
        await orm.em.getConnection().execute('pragma foreign_keys = on');
        await orm.em.getConnection().execute(`pragma busy_timeout = ${Math.round(settings.acquireTimeoutMs)}`);
      } else {
        await orm.em.getConnection().execute('select 1');
      }
    } catch (error) {
      throw explainOpenError(target, error);
    }
    await withMigrationLock(target, async () => {
      // On PostgreSQL the migrations run without the statement timeout (building an index on a big
      // table may take longer), on connections of their own.
      const migrating = target.dialect === 'postgresql' ? await MikroORM.init<AbstractSqlDriver>(ormOptions(target, { ...settings, statementTimeoutMs: 0, poolSize: 2 }, migrations)) : orm;
      try {
        await migrating.migrator.up();
      } finally {
        if (migrating !== orm) await migrating.close(true);
      }
      await whileLocked?.(orm);
    });
  } catch (error) {
    await orm.close(true);
    throw error;
  }
  return orm;
}

/** A missing database gets a message that says what to do, not just the driver's words. */
function explainOpenError(target: DatabaseTarget, error: unknown): Error {
  const message = error instanceof Error ? error.message : String(error);
  const code = (error as { code?: string }).code;
  if (target.dialect === 'postgresql' && (code === '3D000' || /database .* does not exist/.test(message))) {
    return new Error(`${message}. Check the database name in DATABASE_URL; to create it, set DATABASE_CREATE=true once.`, { cause: error });
  }
  if (target.dialect === 'sqlite' && /unable to open database file|directory does not exist/i.test(message)) {
    return new Error(`The SQLite database ${target.location} does not exist (${message}). Check DATABASE_URL; to create it, set DATABASE_CREATE=true once.`, { cause: error });
  }
  return error instanceof Error ? error : new Error(message);
}

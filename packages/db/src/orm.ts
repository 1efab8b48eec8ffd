import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { MikroORM, type Options } from '@mikro-orm/core';
import type { AbstractSqlDriver, SqlEntityManager } from '@mikro-orm/sql';
import { SqliteDriver } from '@mikro-orm/sqlite';
import { PostgreSqlDriver } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
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

/** The MikroORM options for a target; used by the server, the tests and the migration generator. */
export function ormOptions(target: DatabaseTarget): Partial<Options<AbstractSqlDriver>> {
  const common = {
    entities: ENTITIES,
    extensions: [Migrator],
    // Each request forks its own EntityManager; the global one is used only at start-up.
    allowGlobalContext: false,
    debug: false,
  } satisfies Partial<Options<AbstractSqlDriver>>;
  if (target.dialect === 'postgresql') {
    return {
      ...common,
      driver: PostgreSqlDriver,
      clientUrl: target.location,
      migrations: { migrationsList: postgresqlMigrations, snapshot: false, silent: true },
    };
  }
  return {
    ...common,
    driver: SqliteDriver,
    dbName: target.location,
    migrations: { migrationsList: sqliteMigrations, snapshot: false, silent: true },
  };
}

/**
 * Opens the database and brings its schema up to date by running pending migrations. New records
 * are stamped with `clock` (the server's, or a test's fixed one).
 */
export async function openDatabase(target: DatabaseTarget, { clock = systemClock }: { clock?: Clock } = {}): Promise<Orm> {
  useStampClock(clock);
  if (target.dialect === 'sqlite' && target.location !== ':memory:') {
    mkdirSync(dirname(target.location), { recursive: true });
  }
  const orm = await MikroORM.init<AbstractSqlDriver>(ormOptions(target));
  if (target.dialect === 'sqlite') {
    // WAL lets readers go on while one writer commits; foreign keys are off by default in SQLite.
    await orm.em.getConnection().execute('pragma journal_mode = wal');
    await orm.em.getConnection().execute('pragma foreign_keys = on');
    await orm.em.getConnection().execute('pragma busy_timeout = 5000');
  }
  await orm.migrator.up();
  return orm;
}

import type { Database as SqliteDatabase } from 'better-sqlite3';
import { CompiledQuery, type Dialect } from 'kysely';
import type { Configuration } from '@mikro-orm/core';
import { SqliteConnection, SqliteDriver } from '@mikro-orm/sqlite';
import { PostgreSqlConnection, PostgreSqlDriver } from '@mikro-orm/postgresql';
import { releasingDialect } from './connection-release.js';

/** What the drivers need beyond MikroORM's own options. */
export interface DriverSettings {
  /** SQLite: how long a request waits for the one connection before it gives up. */
  readonly acquireTimeoutMs: number;
  /** Told about each transaction whose rollback failed (the connection was discarded and released). */
  readonly onConnectionFault?: (fault: { dialect: 'sqlite' | 'postgresql'; message: string }) => void;
}

type DriverClass = new (config: Configuration) => SqliteDriver | PostgreSqlDriver;

/** Replaces the connection a MikroORM driver built in its constructor with one of ours. */
function useConnection(driver: object, connection: object) {
  Object.assign(driver, { connection });
}

/** The SQLite driver (better-sqlite3) with connections that are always released; see `releasingDialect`. */
export function sqliteDriver(settings: DriverSettings): DriverClass {
  class ReleasingSqliteConnection extends SqliteConnection {
    override createKyselyDialect(options: Record<string, unknown>): Dialect {
      const dialect = super.createKyselyDialect(options);
      const database = (this as unknown as { database: SqliteDatabase }).database;
      return releasingDialect(dialect, {
        acquireTimeoutMs: settings.acquireTimeoutMs,
        singleConnection: true,
        onRollbackFailure: (error) => settings.onConnectionFault?.({ dialect: 'sqlite', message: messageOf(error) }),
        // SQLite may have ended the transaction itself (then there is nothing to do); if one is
        // still open, roll it back so the next request does not start inside it.
        discard: () => {
          if (database.inTransaction) database.exec('rollback');
        },
      });
    }
  }
  return class ReleasingSqliteDriver extends SqliteDriver {
    constructor(config: Configuration) {
      super(config);
      useConnection(this, new ReleasingSqliteConnection(this.config));
    }
  };
}

/** The PostgreSQL driver (pg) with connections that are always released; see `releasingDialect`. */
export function postgresqlDriver(settings: DriverSettings): DriverClass {
  class ReleasingPostgreSqlConnection extends PostgreSqlConnection {
    override createKyselyDialect(overrides: Parameters<PostgreSqlConnection['createKyselyDialect']>[0]): ReturnType<PostgreSqlConnection['createKyselyDialect']> {
      const dialect = super.createKyselyDialect(overrides);
      return releasingDialect(dialect, {
        acquireTimeoutMs: settings.acquireTimeoutMs,
        onRollbackFailure: (error) => settings.onConnectionFault?.({ dialect: 'postgresql', message: messageOf(error) }),
        // A session whose rollback failed is either gone already or in a state nobody should reuse:
        // end it, so pg's pool drops the client when it is released instead of handing it out again.
        discard: async (connection) => {
          await connection.executeQuery(CompiledQuery.raw('select pg_terminate_backend(pg_backend_pid())'));
        },
      }) as ReturnType<PostgreSqlConnection['createKyselyDialect']>;
    }
  }
  return class ReleasingPostgreSqlDriver extends PostgreSqlDriver {
    constructor(config: Configuration) {
      super(config);
      useConnection(this, new ReleasingPostgreSqlConnection(this.config));
    }
  };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

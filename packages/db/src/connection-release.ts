import type { DatabaseConnection, Dialect, DialectAdapter, Driver, TransactionSettings } from 'kysely';

/** No connection came free within the acquire timeout: the database is overloaded or stuck. */
export class DatabaseBusyError extends Error {
  readonly code = 'DATABASE_BUSY';
  constructor(timeoutMs: number) {
    super(`No database connection came free within ${timeoutMs} ms`);
    this.name = 'DatabaseBusyError';
  }
}

export interface ReleasingOptions {
  /**
   * Called after a rollback failed, before the connection goes back: make sure it carries no
   * transaction any more (PostgreSQL: end the session, so the pool drops it; SQLite: roll back
   * what the database left open). Errors are ignored.
   */
  readonly discard?: (connection: DatabaseConnection) => Promise<void> | void;
  /** Told about each failed rollback (for the log). */
  readonly onRollbackFailure?: (error: unknown) => void;
  /** How long a request waits for a connection; the pool's own timeout error becomes {@link DatabaseBusyError}. */
  readonly acquireTimeoutMs: number;
  /**
   * A single-connection database (SQLite): hand out the one connection in turn, and give up after
   * the acquire timeout instead of waiting for ever.
   */
  readonly singleConnection?: boolean;
}

/**
 * Wraps a Kysely dialect so that a transaction always gives its connection back.
 *
 * Kysely's controlled transactions (what MikroORM 7 uses for every flush and `em.transactional`)
 * release the connection only after `commit` or `rollback` *succeeded*. When the commit fails and
 * the rollback fails too, which is what happens when PostgreSQL terminates the session during the
 * transaction, or when SQLite already ended the transaction itself (a disk-full or I/O error, an
 * `ON CONFLICT ROLLBACK`), the connection is never released: pg's pool loses one connection each
 * time until every request waits for ever, and SQLite's single connection blocks everything at
 * once. Here a failed rollback is reported, the connection is discarded, and the rollback counts as
 * done, so Kysely releases it. The error that failed the transaction still reaches the caller
 * (MikroORM rethrows it; it only logs a failing rollback). A failed `begin` leaks the same way; its
 * connection is given back here. Upstream: kysely-org/kysely#1990.
 */
export function releasingDialect(dialect: Dialect, options: ReleasingOptions): Dialect {
  const single = options.singleConnection === true;
  return {
    createDriver: () => releasingDriver(dialect.createDriver(), options),
    createQueryCompiler: () => dialect.createQueryCompiler(),
    createIntrospector: (db) => dialect.createIntrospector(db),
    createAdapter: () => {
      const adapter = dialect.createAdapter();
      if (!single) return adapter;
      // Our driver takes turns on the one connection itself (with a timeout), so Kysely's own
      // mutex, which waits for ever, is not needed on top of it.
      const ours: DialectAdapter = Object.create(adapter, { supportsMultipleConnections: { value: true } });
      return ours;
    },
  };
}

function releasingDriver(driver: Driver, options: ReleasingOptions): Driver {
  const turns = options.singleConnection ? new Turns(options.acquireTimeoutMs) : null;
  const acquire = async (acquireOptions?: Parameters<Driver['acquireConnection']>[0]) => {
    try {
      return await driver.acquireConnection(acquireOptions);
    } catch (error) {
      // pg-pool's words for its connectionTimeoutMillis
      if (error instanceof Error && /timeout exceeded when trying to connect/.test(error.message)) throw new DatabaseBusyError(options.acquireTimeoutMs);
      throw error;
    }
  };
  // Connections this wrapper gave back itself (after a failed begin), so Kysely's own release, should
  // it come after all (its callback-style `transaction()`, which MikroORM does not use), is not a
  // second one. Cleared when the connection is handed out again.
  const releasedHere = new WeakSet<DatabaseConnection>();
  const release = async (connection: DatabaseConnection, releaseOptions?: Parameters<Driver['releaseConnection']>[1]) => {
    try {
      await driver.releaseConnection(connection, releaseOptions);
    } finally {
      turns?.give();
    }
  };
  return {
    init: (init) => driver.init(init),
    async acquireConnection(acquireOptions) {
      if (turns) await turns.take();
      try {
        const connection = await acquire(acquireOptions);
        releasedHere.delete(connection);
        return connection;
      } catch (error) {
        turns?.give();
        throw error;
      }
    },
    async releaseConnection(connection, releaseOptions) {
      if (releasedHere.delete(connection)) return;
      await release(connection, releaseOptions);
    },
    async beginTransaction(connection, settings: TransactionSettings) {
      try {
        await driver.beginTransaction(connection, settings);
      } catch (error) {
        // Kysely's startTransaction releases nothing when `begin` fails (kysely-org/kysely#1990):
        // give the connection back here (discarded first, it may be broken).
        try {
          await options.discard?.(connection);
        } catch {
          // gone already
        }
        releasedHere.add(connection);
        await release(connection).catch(() => {});
        throw error;
      }
    },
    commitTransaction: (connection) => driver.commitTransaction(connection),
    async rollbackTransaction(connection) {
      try {
        await driver.rollbackTransaction(connection);
      } catch (error) {
        options.onRollbackFailure?.(error);
        try {
          await options.discard?.(connection);
        } catch {
          // The connection is gone already; the pool drops it when it comes back.
        }
      }
    },
    savepoint: driver.savepoint?.bind(driver),
    rollbackToSavepoint: driver.rollbackToSavepoint?.bind(driver),
    releaseSavepoint: driver.releaseSavepoint?.bind(driver),
    destroy: (destroy) => driver.destroy(destroy),
  };
}

/** One holder at a time, first come first served, with a bounded wait. */
class Turns {
  #held = false;
  readonly #waiting: Array<{ grant(): void }> = [];
  constructor(private readonly timeoutMs: number) {}

  take(): Promise<void> {
    if (!this.#held) {
      this.#held = true;
      return Promise.resolve();
    }
    return new Promise((resolve, reject) => {
      const waiter = {
        grant: () => {
          clearTimeout(timer);
          resolve();
        },
      };
      const timer = setTimeout(() => {
        this.#waiting.splice(this.#waiting.indexOf(waiter), 1);
        reject(new DatabaseBusyError(this.timeoutMs));
      }, this.timeoutMs);
      this.#waiting.push(waiter);
    });
  }

  give() {
    const next = this.#waiting.shift();
    if (next) next.grant();
    else this.#held = false;
  }
}

/**
 * Errors that mean the database is unreachable, busy or too slow right now, not that the request
 * was wrong: no free connection within the acquire timeout, a statement timeout, a session the
 * server ended, a connection refused or dropped, SQLite's write lock held elsewhere. Nothing was
 * saved and the same request may well work in a moment, so the answer is 503 with Retry-After, not 500.
 */
const TRANSIENT_CODES = new Set([
  'DATABASE_BUSY', // ours: no connection came free within the acquire timeout
  '57014', // query_canceled (statement_timeout)
  '57P01', // admin_shutdown (pg_terminate_backend, a restart)
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now (starting up, shutting down)
  '08000', // connection_exception
  '08001', // sqlclient_unable_to_establish_sqlconnection
  '08003', // connection_does_not_exist
  '08006', // connection_failure
  '25P03', // idle_in_transaction_session_timeout
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'SQLITE_BUSY',
]);

export function databaseUnavailable(error: unknown): boolean {
  let cause = error;
  for (let depth = 0; cause && depth < 6; depth++) {
    const { code, message, name } = cause as { code?: unknown; message?: unknown; name?: unknown };
    if (typeof code === 'string' && TRANSIENT_CODES.has(code)) return true;
    if (name === 'DatabaseBusyError' || name === 'ConnectionException') return true;
    if (typeof message === 'string' && /Connection terminated|not queryable|timeout exceeded when trying to connect/.test(message)) return true;
    cause = (cause as { cause?: unknown }).cause;
  }
  return false;
}

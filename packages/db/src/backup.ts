import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import type { DatabaseTarget } from './orm.js';

/**
 * Backs up the database to `file` while the server keeps running.
 *
 * - SQLite: SQLite's online backup API (better-sqlite3's `backup`), which reads through SQLite's
 *   own locking and so includes what is still in the write-ahead log. Copying the file would not:
 *   recent writes live in `-wal` until a checkpoint, so a copied `.sqlite` can be empty.
 * - PostgreSQL: `pg_dump --format=custom` (a consistent snapshot; needs the PostgreSQL client tools,
 *   of the server's major version or newer, on PATH).
 */
export async function backupDatabase(target: DatabaseTarget, file: string): Promise<void> {
  mkdirSync(dirname(file), { recursive: true });
  if (target.dialect === 'postgresql') {
    await runPgTool('pg_dump', ['--format=custom', '--no-owner', `--file=${file}`], target.location);
    return;
  }
  if (target.location === ':memory:') throw new Error('An in-memory database cannot be backed up.');
  if (!existsSync(target.location)) throw new Error(`There is no SQLite database at ${target.location}.`);
  const source = new Database(target.location, { fileMustExist: true, readonly: true });
  const partial = `${file}.partial`;
  try {
    await source.backup(partial);
  } finally {
    source.close();
  }
  checkSqliteBackup(partial);
  renameSync(partial, file);
}

/**
 * Replaces everything in the database with the backup in `file`. Stop the server(s) first: the
 * instances would otherwise go on with what they had read before.
 *
 * - SQLite: the backup is checked (`integrity_check`, and that it is Driehoek's) and then copied
 *   into the database with the online backup API, so the database file, its WAL and its lock stay
 *   consistent.
 * - PostgreSQL: `pg_restore --clean --if-exists --single-transaction`: all of it or nothing.
 */
export async function restoreDatabase(target: DatabaseTarget, file: string): Promise<void> {
  if (!existsSync(file)) throw new Error(`There is no backup at ${file}.`);
  if (target.dialect === 'postgresql') {
    await runPgTool('pg_restore', ['--clean', '--if-exists', '--no-owner', '--single-transaction', '--exit-on-error', file], target.location);
    return;
  }
  if (target.location === ':memory:') throw new Error('An in-memory database cannot be restored into.');
  checkSqliteBackup(file);
  mkdirSync(dirname(target.location), { recursive: true });
  const backup = new Database(file, { fileMustExist: true, readonly: true });
  try {
    await backup.backup(target.location);
  } finally {
    backup.close();
  }
}

/** A SQLite backup must be whole and Driehoek's own (it has the migrations table). */
function checkSqliteBackup(file: string) {
  const db = new Database(file, { fileMustExist: true, readonly: true });
  try {
    const integrity = db.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') throw new Error(`The backup ${file} is damaged (integrity_check: ${String(integrity)}).`);
    const migrations = db.prepare("select count(*) as n from sqlite_master where type = 'table' and name = 'mikro_orm_migrations'").get() as { n: number };
    if (migrations.n === 0) throw new Error(`${file} is not a Driehoek database (no migrations table).`);
  } catch (error) {
    if (file.endsWith('.partial')) rmSync(file, { force: true });
    throw error;
  } finally {
    db.close();
  }
}

/**
 * Runs pg_dump or pg_restore against a `postgres://` URL. The connection goes through libpq's
 * environment variables, so the password never appears in the process list.
 */
function runPgTool(tool: 'pg_dump' | 'pg_restore', args: string[], url: string): Promise<void> {
  const parsed = new URL(url);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PGHOST: decodeURIComponent(parsed.hostname) || 'localhost',
    PGPORT: parsed.port || '5432',
    PGDATABASE: decodeURIComponent(parsed.pathname.replace(/^\//, '')),
    ...(parsed.username ? { PGUSER: decodeURIComponent(parsed.username) } : {}),
    ...(parsed.password ? { PGPASSWORD: decodeURIComponent(parsed.password) } : {}),
    ...(parsed.searchParams.get('sslmode') ? { PGSSLMODE: parsed.searchParams.get('sslmode')! } : {}),
  };
  const dbArgs = tool === 'pg_restore' ? [`--dbname=${env.PGDATABASE}`] : [];
  return new Promise((resolve, reject) => {
    const child = spawn(tool, [...args, ...dbArgs], { env, stdio: ['ignore', 'inherit', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'ENOENT'
          ? new Error(`${tool} was not found. Install the PostgreSQL client tools (Debian: apt-get install postgresql-client), of the server's major version or newer.`)
          : error,
      ),
    );
    child.once('close', (code) => (code === 0 ? resolve() : reject(new Error(`${tool} failed (exit ${code}):\n${stderr.trim()}`))));
  });
}

/**
 * Backs up the database in DATABASE_URL while the server runs:
 *   pnpm backup [file]
 * SQLite: SQLite's online backup API (includes what is still in the WAL); PostgreSQL: pg_dump
 * (custom format). Without a file, writes backups/driehoek-<date and time>.sqlite|.dump.
 */
import { resolve } from 'node:path';
import { backupDatabase, parseDatabaseUrl } from '@driehoek/db';
import { loadConfig } from '../config.js';

const target = parseDatabaseUrl(loadConfig().DATABASE_URL);
// pnpm runs this in apps/server; a relative path means the directory the command was typed in.
const cwd = process.env.INIT_CWD ?? process.cwd();
const stamp = new Date().toISOString().replace(/[-:]/g, '').replace(/\..*$/, '').replace('T', '-');
const file = resolve(cwd, process.argv[2] ?? `backups/driehoek-${stamp}.${target.dialect === 'sqlite' ? 'sqlite' : 'dump'}`);
try {
  await backupDatabase(target, file);
  console.log(`Backed up the ${target.dialect === 'sqlite' ? 'SQLite' : 'PostgreSQL'} database to ${file}`);
} catch (error) {
  console.error(`Backup failed: ${(error as Error).message}`);
  process.exitCode = 1;
}

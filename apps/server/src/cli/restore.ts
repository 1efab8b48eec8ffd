/**
 * Replaces everything in the database in DATABASE_URL with a backup made by `pnpm backup`:
 *   pnpm restore <file> --yes
 * Stop the server (every instance) first, and start it again afterwards. `--yes` confirms that the
 * current contents may be replaced.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parseDatabaseUrl, restoreDatabase } from '@driehoek/db';
import { loadConfig } from '../config.js';

const { positionals, values } = parseArgs({ allowPositionals: true, options: { yes: { type: 'boolean', default: false } } });
const [given] = positionals;
if (!given) {
  console.error('Usage: pnpm restore <backup file> --yes   (stop the server first)');
  process.exit(2);
}
const target = parseDatabaseUrl(loadConfig().DATABASE_URL);
const where = target.dialect === 'sqlite' ? target.location : new URL(target.location).pathname.slice(1);
if (!values.yes) {
  console.error(`This replaces everything in the database ${where} with the backup. Stop the server first, then run again with --yes.`);
  process.exit(2);
}
const file = resolve(process.env.INIT_CWD ?? process.cwd(), given);
try {
  await restoreDatabase(target, file);
  console.log(`Restored ${where} from ${file}. Start the server again; it applies any newer migrations.`);
} catch (error) {
  console.error(`Restore failed: ${(error as Error).message}`);
  process.exitCode = 1;
}

import { afterEach, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DEFAULT_DATABASE_SETTINGS, Organisation, createScratchDatabase, openDatabase, parseDatabaseUrl } from '@driehoek/db';

const testUrl = process.env.TEST_DATABASE_URL;
const onPostgres = Boolean(testUrl && parseDatabaseUrl(testUrl).dialect === 'postgresql');
const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

const serverDir = resolve(import.meta.dirname, '..', '..');
/** Runs `pnpm backup` / `pnpm restore` the way pnpm does: tsx on the command, in apps/server. */
const command = (name: 'backup' | 'restore', args: string[], databaseUrl: string, cwd: string) =>
  spawnSync(process.execPath, [join(serverDir, 'node_modules', 'tsx', 'dist', 'cli.mjs'), join(serverDir, 'src', 'cli', `${name}.ts`), ...args], {
    cwd: serverDir,
    env: { ...process.env, DATABASE_URL: databaseUrl, INIT_CWD: cwd, NODE_ENV: 'test' },
    encoding: 'utf8',
  });

describe('finding 11: pnpm backup and pnpm restore', () => {
  it('finding 11: backup, write more, restore (refused without --yes), and the database holds what the backup held', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'driehoek-backup-cli-'));
    cleanups.push(() => rmSync(folder, { recursive: true, force: true }));
    let url = join(folder, 'driehoek.sqlite');
    if (onPostgres) {
      const scratch = await createScratchDatabase(testUrl!, 'driehoek_backup_cli');
      cleanups.push(scratch.drop);
      url = scratch.url;
    }
    const target = parseDatabaseUrl(url);
    const names = async () => {
      const orm = await openDatabase(target, { settings: { ...DEFAULT_DATABASE_SETTINGS, create: true } });
      try {
        return (await orm.em.fork().find(Organisation, {}, { orderBy: { name: 'asc' } })).map((organisation) => organisation.name);
      } finally {
        await orm.close();
      }
    };
    const add = async (name: string) => {
      const orm = await openDatabase(target, { settings: { ...DEFAULT_DATABASE_SETTINGS, create: true } });
      const em = orm.em.fork();
      em.create(Organisation, { name });
      await em.flush();
      await orm.close();
    };

    await add('In the backup');
    const backup = command('backup', ['nightly/driehoek.backup'], url, folder);
    expect(backup.stderr).toBe('');
    expect(backup.status).toBe(0);
    expect(backup.stdout).toContain(join(folder, 'nightly', 'driehoek.backup'));
    await add('After the backup');

    const unconfirmed = command('restore', ['nightly/driehoek.backup'], url, folder);
    expect(unconfirmed.status).toBe(2);
    expect(unconfirmed.stderr).toContain('--yes');
    expect(await names()).toEqual(['After the backup', 'In the backup']);

    const restore = command('restore', ['nightly/driehoek.backup', '--yes'], url, folder);
    expect(restore.status).toBe(0);
    expect(await names()).toEqual(['In the backup']);
  });
});

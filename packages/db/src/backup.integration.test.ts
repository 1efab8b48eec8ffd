import { afterEach, describe, expect, it } from 'vitest';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { DEFAULT_DATABASE_SETTINGS, openDatabase, parseDatabaseUrl, type DatabaseTarget, type Orm } from './orm.js';
import { createScratchDatabase } from './scratch-database.js';
import { backupDatabase, restoreDatabase } from './backup.js';
import { Organisation, School } from './entities/index.js';

const testUrl = process.env.TEST_DATABASE_URL;
const onPostgres = Boolean(testUrl && parseDatabaseUrl(testUrl).dialect === 'postgresql');
const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

const dir = () => {
  const path = mkdtempSync(join(tmpdir(), 'driehoek-backup-'));
  cleanups.push(() => rmSync(path, { recursive: true, force: true }));
  return path;
};

async function scratch(folder: string): Promise<DatabaseTarget> {
  if (onPostgres) {
    const db = await createScratchDatabase(testUrl!, 'driehoek_backup');
    cleanups.push(db.drop);
    return parseDatabaseUrl(db.url);
  }
  return { dialect: 'sqlite', location: join(folder, 'live.sqlite') };
}

const open = (target: DatabaseTarget) => openDatabase(target, { settings: { ...DEFAULT_DATABASE_SETTINGS, create: true } });

async function addSchool(orm: Orm, organisationId: string, name: string) {
  const em = orm.em.fork();
  em.create(School, { organisation: organisationId, name, city: 'Zevenaar' });
  await em.flush();
}

const schoolNames = async (orm: Orm) => (await orm.em.fork().find(School, {}, { orderBy: { name: 'asc' } })).map((school) => school.name);

describe('finding 11: no backup or restore command', () => {
  it('finding 11: a backup taken while the server runs holds every acknowledged write, and restoring it brings exactly that back', async () => {
    const folder = dir();
    const target = await scratch(folder);
    const backupFile = join(folder, 'backups', onPostgres ? 'driehoek.dump' : 'driehoek.sqlite');

    const live = await open(target);
    const em = live.em.fork();
    const organisation = em.create(Organisation, { name: 'School’s cool' });
    await em.flush();
    await addSchool(live, organisation.id, 'Before the backup');
    await backupDatabase(target, backupFile);
    await addSchool(live, organisation.id, 'After the backup');
    expect(await schoolNames(live)).toEqual(['After the backup', 'Before the backup']);
    await live.close();

    await restoreDatabase(target, backupFile);
    const restored = await open(target);
    try {
      expect(await schoolNames(restored)).toEqual(['Before the backup']);
      // …and the restored database takes writes again.
      await addSchool(restored, organisation.id, 'After the restore');
      expect(await schoolNames(restored)).toEqual(['After the restore', 'Before the backup']);
    } finally {
      await restored.close();
    }
  });

  it.skipIf(onPostgres)('finding 11: copying the live SQLite file misses what is still in the WAL; the backup does not', async () => {
    const folder = dir();
    const target = await scratch(folder);
    const live = await open(target);
    try {
      const em = live.em.fork();
      em.create(Organisation, { name: 'Only in the WAL' });
      await em.flush();
      copyFileSync(target.location, join(folder, 'copied.sqlite'));
      await backupDatabase(target, join(folder, 'backup.sqlite'));
    } finally {
      await live.close();
    }
    const count = (file: string) => {
      const db = new Database(file, { readonly: true });
      try {
        const hasTable = db.prepare("select count(*) as n from sqlite_master where name = 'organisation'").get() as { n: number };
        return hasTable.n === 0 ? 0 : (db.prepare('select count(*) as n from organisation').get() as { n: number }).n;
      } finally {
        db.close();
      }
    };
    expect(count(join(folder, 'copied.sqlite'))).toBe(0);
    expect(count(join(folder, 'backup.sqlite'))).toBe(1);
  });

  it('finding 11: a file that is not a Driehoek backup is refused and the database is left alone', async () => {
    const folder = dir();
    const target = await scratch(folder);
    const live = await open(target);
    await live.close();
    const stranger = join(folder, onPostgres ? 'stranger.dump' : 'stranger.sqlite');
    if (onPostgres) {
      await expect(restoreDatabase(target, join(folder, 'missing.dump'))).rejects.toThrow(/There is no backup/);
    } else {
      new Database(stranger).exec('create table something (x int)');
      await expect(restoreDatabase(target, stranger)).rejects.toThrow(/not a Driehoek database/);
    }
    const reopened = await open(target);
    await reopened.close();
  });
});

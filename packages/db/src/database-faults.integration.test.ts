import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_DATABASE_SETTINGS, openDatabase, parseDatabaseUrl, type DatabaseSettings, type DatabaseTarget, type Orm } from './orm.js';
import { createScratchDatabase } from './scratch-database.js';
import { schemaStatus } from './schema-status.js';
import { Organisation, School } from './entities/index.js';

const testUrl = process.env.TEST_DATABASE_URL;
const onPostgres = Boolean(testUrl && parseDatabaseUrl(testUrl).dialect === 'postgresql');
const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** A fresh database of this run's dialect (PostgreSQL when TEST_DATABASE_URL says so, else a SQLite file). */
async function scratch(): Promise<DatabaseTarget> {
  if (onPostgres) {
    const db = await createScratchDatabase(testUrl!, 'driehoek_faults');
    cleanups.push(db.drop);
    return parseDatabaseUrl(db.url);
  }
  const dir = mkdtempSync(join(tmpdir(), 'driehoek-faults-'));
  cleanups.push(async () => rmSync(dir, { recursive: true, force: true }));
  return { dialect: 'sqlite', location: join(dir, 'faults.sqlite') };
}

async function open(target: DatabaseTarget, settings: Partial<DatabaseSettings> = {}): Promise<Orm> {
  const orm = await openDatabase(target, { settings: { ...DEFAULT_DATABASE_SETTINGS, create: true, ...settings } });
  cleanups.push(() => orm.close(true));
  return orm;
}

/**
 * A write whose transaction the database ends under our feet, the way a terminated PostgreSQL
 * session or a SQLite disk-full/I-O error does: the flush fails, and the rollback that follows
 * fails too. A trigger on `school` does it for names starting with "fail".
 */
async function installFault(orm: Orm) {
  const connection = orm.em.getConnection();
  if (onPostgres) {
    await connection.execute(`create function driehoek_fault() returns trigger language plpgsql as $$
      begin if new.name like 'fail%' then perform pg_terminate_backend(pg_backend_pid()); end if; return new; end $$`);
    await connection.execute('create trigger driehoek_fault before insert on school for each row execute function driehoek_fault()');
  } else {
    await connection.execute(`create trigger driehoek_fault before insert on school when new.name like 'fail%'
      begin select raise(rollback, 'the database ended the transaction'); end`);
  }
}

async function addSchool(orm: Orm, organisationId: string, name: string) {
  const em = orm.em.fork();
  em.create(School, { organisation: organisationId, name, city: 'Zevenaar' });
  await em.flush();
}

describe('finding 1: one failed commit hangs the server for good', () => {
  it('finding 1: a transaction whose commit and rollback both fail gives its connection back, so the next requests go on', async () => {
    // One connection on PostgreSQL too, so a single leak would block everything (as SQLite's does).
    const orm = await open(await scratch(), { poolSize: 1 });
    const em = orm.em.fork();
    const organisation = em.create(Organisation, { name: 'School’s cool' });
    await em.flush();
    await installFault(orm);

    for (let attempt = 0; attempt < 3; attempt++) {
      await expect(addSchool(orm, organisation.id, `fail ${attempt}`)).rejects.toThrow();
    }
    await addSchool(orm, organisation.id, 'Liemers College');
    const names = (await orm.em.fork().find(School, {}, { orderBy: { name: 'asc' } })).map((school) => school.name);
    expect(names).toEqual(['Liemers College']);
  });

  it('finding 1: a request waiting for a busy connection gives up after the acquire timeout instead of waiting for ever', async () => {
    const orm = await open(await scratch(), { poolSize: 1, acquireTimeoutMs: 300 });
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    let begun = () => {};
    const inTransaction = new Promise<void>((resolve) => (begun = resolve));
    const holding = orm.em.fork().transactional(async (tx) => {
      await tx.getConnection().execute('select 1', [], 'all', tx.getTransactionContext());
      begun();
      await held;
    });
    await inTransaction;
    try {
      await expect(orm.em.fork().getConnection().execute('select 1')).rejects.toThrow(/No database connection came free within 300 ms/);
    } finally {
      release();
      await holding;
    }
    await expect(orm.em.fork().getConnection().execute('select 1 as one')).resolves.toEqual([{ one: 1 }]);
  });

  it.runIf(onPostgres)('finding 1: a statement running past the statement timeout is cancelled (PostgreSQL)', async () => {
    const orm = await open(await scratch(), { statementTimeoutMs: 200 });
    await expect(orm.em.fork().getConnection().execute('select pg_sleep(5)')).rejects.toThrow(/statement timeout/);
    await expect(orm.em.fork().getConnection().execute('select 1 as one')).resolves.toEqual([{ one: 1 }]);
  });
});

describe('finding 6: two instances starting together on an empty database', () => {
  it('finding 6: instances that start at the same moment migrate one after the other and all come up', async () => {
    const target = await scratch();
    const orms = await Promise.all([0, 1, 2, 3].map(() => open(target)));
    for (const orm of orms) expect(await schemaStatus(orm)).toEqual({ state: 'current' });
  });
});

describe('finding 7: a misspelt database name creates a new empty database', () => {
  it('finding 7: a database that does not exist is not created unless asked for, and the error says what to do', async () => {
    const target = await scratch();
    const misspelt: DatabaseTarget =
      target.dialect === 'postgresql' ? { ...target, location: target.location.replace(/\/([^/]+)$/, '/$1_misspelt') } : { ...target, location: `${target.location}.misspelt` };
    await expect(openDatabase(misspelt, { settings: { ...DEFAULT_DATABASE_SETTINGS, create: false } })).rejects.toThrow(/DATABASE_CREATE=true/);
  });

  it('finding 7: the schema status says missing when the schema is gone and behind when a migration is not applied', async () => {
    const orm = await open(await scratch());
    expect(await schemaStatus(orm)).toEqual({ state: 'current' });
    const connection = orm.em.getConnection();
    const [first] = await connection.execute<{ name: string }[]>('select name from mikro_orm_migrations order by id');
    await connection.execute(`delete from mikro_orm_migrations where name = '${first!.name}'`);
    expect(await schemaStatus(orm)).toEqual({ state: 'behind', pending: [first!.name] });
    await connection.execute('drop table mikro_orm_migrations');
    expect(await schemaStatus(orm)).toEqual({ state: 'missing' });
  });
});

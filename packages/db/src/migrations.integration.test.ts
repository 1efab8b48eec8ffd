import { describe, expect, it } from 'vitest';
import { Migration } from '@mikro-orm/migrations';
import { DEFAULT_DATABASE_SETTINGS, migrationsOf, openDatabase, parseDatabaseUrl, type DatabaseTarget } from './orm.js';
import { createScratchDatabase } from './scratch-database.js';

/** The database this run tests against: PostgreSQL when TEST_DATABASE_URL says so, else SQLite. */
async function scratchTarget(): Promise<{ target: DatabaseTarget; drop(): Promise<void> }> {
  const url = process.env.TEST_DATABASE_URL;
  if (url && parseDatabaseUrl(url).dialect === 'postgresql') {
    const scratch = await createScratchDatabase(url, 'driehoek_migrations');
    return { target: { dialect: 'postgresql', location: scratch.url }, drop: scratch.drop };
  }
  return { target: { dialect: 'sqlite', location: ':memory:' }, drop: async () => {} };
}

describe('migrations', () => {
  it('build exactly the schema the entities describe (migration:check)', async () => {
    const { target, drop } = await scratchTarget();
    const orm = await openDatabase(target);
    try {
      const pending = await orm.schema.getUpdateSchemaSQL({ wrap: false });
      expect(pending.trim(), `entities changed without a migration; run pnpm --filter @driehoek/db migration:create`).toBe('');
      await expect(orm.migrator.getPending()).resolves.toEqual([]);
    } finally {
      await orm.close(true);
      await drop();
    }
  });
});

const postgresUrl = process.env.TEST_DATABASE_URL && parseDatabaseUrl(process.env.TEST_DATABASE_URL).dialect === 'postgresql' ? process.env.TEST_DATABASE_URL : undefined;

/** A migration that takes longer than the requests' statement timeout (as building an index on a big table does). */
class SlowMigration extends Migration {
  override up(): void {
    this.addSql('select pg_sleep(0.6)');
    this.addSql('create table slow_migration_ran (id int)');
  }
}

describe.runIf(postgresUrl)('PostgreSQL migrations and the statement timeout', () => {
  it('a migration runs longer than the statement timeout the requests have (it is lifted for the migrations, also when the database sets one)', async () => {
    const scratch = await createScratchDatabase(postgresUrl!, 'driehoek_migrations');
    try {
      const name = new URL(scratch.url).pathname.slice(1);
      // A default set on the database itself, which a session without statement_timeout would inherit.
      const admin = await openDatabase({ dialect: 'postgresql', location: postgresUrl! });
      await admin.em.getConnection().execute(`alter database ${name} set statement_timeout = '200ms'`);
      await admin.close(true);

      const migrations = [...migrationsOf('postgresql'), { name: 'Migration99991231000000_slow', class: SlowMigration }];
      const orm = await openDatabase({ dialect: 'postgresql', location: scratch.url }, { settings: { ...DEFAULT_DATABASE_SETTINGS, statementTimeoutMs: 200 }, migrations });
      try {
        const connection = orm.em.getConnection();
        await expect(connection.execute('select count(*) as n from slow_migration_ran')).resolves.toEqual([{ n: '0' }]);
        expect((await connection.execute<{ name: string }[]>('select name from mikro_orm_migrations')).map((row) => row.name)).toContain('Migration99991231000000_slow');
        // The requests' connections do have the timeout: the same sleep is cancelled there.
        await expect(connection.execute('select pg_sleep(0.6)')).rejects.toMatchObject({ code: '57014' });
      } finally {
        await orm.close(true);
      }
    } finally {
      await scratch.drop();
    }
  });
});

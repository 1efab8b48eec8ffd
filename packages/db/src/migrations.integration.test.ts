import { describe, expect, it } from 'vitest';
import { openDatabase, parseDatabaseUrl, type DatabaseTarget } from './orm.js';
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

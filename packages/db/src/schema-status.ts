import { PostgreSqlPlatform } from '@mikro-orm/postgresql';
import type { Orm } from './orm.js';
import { sqliteMigrations } from './migrations/sqlite/index.js';
import { postgresqlMigrations } from './migrations/postgresql/index.js';

/**
 * How the database's schema compares with the migrations this build carries:
 * `current` (every migration applied; newer ones from a later build are fine during a rolling
 * deploy), `behind` (some not applied) or `missing` (no migrations table: the schema is gone, or
 * this is not Driehoek's database).
 */
export type SchemaStatus = { readonly state: 'current' } | { readonly state: 'behind'; readonly pending: readonly string[] } | { readonly state: 'missing' };

/** The migrations table MikroORM keeps (its default name). */
const MIGRATIONS_TABLE = 'mikro_orm_migrations';

/** Reads the applied migrations without changing anything (the migrator would create its table). */
export async function schemaStatus(orm: Orm): Promise<SchemaStatus> {
  const dialect = orm.em.getPlatform() instanceof PostgreSqlPlatform ? 'postgresql' : 'sqlite';
  const connection = orm.em.getConnection();
  const exists =
    dialect === 'postgresql'
      ? await connection.execute<{ found: boolean }[]>(`select to_regclass(current_schema() || '.${MIGRATIONS_TABLE}') is not null as found`)
      : await connection.execute<{ found: number }[]>(`select count(*) as found from sqlite_master where type = 'table' and name = '${MIGRATIONS_TABLE}'`);
  if (!exists[0]?.found) return { state: 'missing' };
  const rows = await connection.execute<{ name: string }[]>(`select name from ${MIGRATIONS_TABLE}`);
  const applied = new Set(rows.map((row) => row.name.replace(/\.[jt]s$/, '')));
  const known = dialect === 'postgresql' ? postgresqlMigrations : sqliteMigrations;
  const pending = known.map((migration) => migration.name).filter((name) => !applied.has(name));
  return pending.length === 0 ? { state: 'current' } : { state: 'behind', pending };
}

/**
 * Writes a migration for each dialect from the difference between the entities and the schema
 * that the existing migrations build. Usage: `pnpm --filter @driehoek/db migration:create [name]`.
 * Needs the local PostgreSQL (DATABASE_URL_POSTGRES, default postgres://postgres@127.0.0.1:5432/test);
 * it works in a scratch database it drops afterwards.
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { MikroORM } from '@mikro-orm/core';
import type { AbstractSqlDriver } from '@mikro-orm/sql';
import { ormOptions, type DatabaseTarget, type Dialect } from '../src/orm.js';
import { createScratchDatabase } from '../src/scratch-database.js';

const name = process.argv[2];
const here = join(import.meta.dirname, '..', 'src', 'migrations');
const postgresUrl = process.env.DATABASE_URL_POSTGRES ?? 'postgres://postgres@127.0.0.1:5432/test';

async function createFor(dialect: Dialect, target: DatabaseTarget) {
  const orm = await MikroORM.init<AbstractSqlDriver>(ormOptions(target) as never);
  try {
    await orm.migrator.up();
    const folder = join(here, dialect);
    const result = await orm.migrator.create(folder, false, false, name);
    if (!result.fileName) console.log(`${dialect}: no changes`);
    else console.log(`${dialect}: wrote ${result.fileName}`);
    writeIndex(dialect, folder);
  } finally {
    await orm.close(true);
  }
}

function writeIndex(dialect: Dialect, folder: string) {
  const files = readdirSync(folder)
    .filter((file) => file.startsWith('Migration') && file.endsWith('.ts'))
    .sort();
  const imports = files.map((file, i) => `import { ${file.replace(/\.ts$/, '')} as M${i} } from './${file.replace(/\.ts$/, '.js')}';`);
  const list = files.map((file, i) => `  { name: '${file.replace(/\.ts$/, '')}', class: M${i} },`);
  const exportName = dialect === 'sqlite' ? 'sqliteMigrations' : 'postgresqlMigrations';
  writeFileSync(
    join(folder, 'index.ts'),
    [
      "import type { MigrationObject } from '@mikro-orm/core';",
      ...imports,
      '',
      `/** The ${dialect} migrations, in order. Listed here (not discovered on disk) so the bundled server carries them. */`,
      `export const ${exportName}: MigrationObject[] = [`,
      ...list,
      '];',
      '',
    ].join('\n'),
  );
}


await createFor('sqlite', { dialect: 'sqlite', location: ':memory:' });
// PostgreSQL: build the schema the existing migrations make in a scratch database, diff against it.
const scratch = await createScratchDatabase(postgresUrl, 'driehoek_migration');
try {
  await createFor('postgresql', { dialect: 'postgresql', location: scratch.url });
} finally {
  await scratch.drop();
}

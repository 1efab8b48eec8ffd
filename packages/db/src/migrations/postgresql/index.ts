import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261123141218_initial as M0 } from './Migration20261123141218_initial.js';

/** The postgresql migrations, in order. Listed here (not discovered on disk) so the bundled server carries them. */
export const postgresqlMigrations: MigrationObject[] = [
  { name: 'Migration20261123141218_initial', class: M0 },
];

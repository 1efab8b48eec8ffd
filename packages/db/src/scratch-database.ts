import { randomBytes } from 'node:crypto';
import { MikroORM } from '@mikro-orm/core';
import type { AbstractSqlDriver } from '@mikro-orm/sql';
import { ormOptions, parseDatabaseUrl } from './orm.js';

/**
 * A new, empty PostgreSQL database on the same server as `serverUrl`, for one test file or one
 * migration diff; `drop()` removes it again (closing any connections left open).
 */
export async function createScratchDatabase(serverUrl: string, prefix = 'driehoek_scratch'): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `${prefix}_${randomBytes(6).toString('hex')}`;
  const admin = await MikroORM.init<AbstractSqlDriver>(ormOptions(parseDatabaseUrl(serverUrl)));
  await admin.em.getConnection().execute(`create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      await admin.em.getConnection().execute(`drop database if exists ${name} with (force)`);
      await admin.close(true);
    },
  };
}

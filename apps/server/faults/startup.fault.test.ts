import { afterEach, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import pg from 'pg';
import { adminConnection, dialects, freePort, postgresServerUrl, scratchDatabase, signIn, spawnServer, startServer, type BuiltServer } from './built-server.js';

const cleanups: Array<() => Promise<unknown> | unknown> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});
const track = (server: BuiltServer) => (cleanups.push(() => server.stop()), server);

describe('finding 8: a busy port', () => {
  it('finding 8: the server exits non-zero with a clear message when its port is taken, and never says it is running', async () => {
    const db = await scratchDatabase('sqlite');
    cleanups.push(db.drop);
    const port = await freePort();
    const squatter = createServer();
    await new Promise<void>((resolve) => squatter.listen(port, '127.0.0.1', resolve));
    cleanups.push(() => new Promise((resolve) => squatter.close(resolve)));

    const server = track(await spawnServer(db.url, { PORT: String(port) }));
    const exit = await server.exited;
    expect(exit.code).not.toBe(0);
    expect(exit.code).not.toBeNull();
    expect(server.output()).toContain(`port ${port} on 127.0.0.1 is already in use`);
    expect(server.output()).not.toContain('Driehoek is running');
  });
});

describe.each(dialects)('on %s', (dialect) => {
  it('finding 6: two instances starting together on an empty database both come up, migrated and seeded once', async () => {
    const db = await scratchDatabase(dialect);
    cleanups.push(db.drop);
    const servers = await Promise.all([spawnServer(db.url), spawnServer(db.url)]);
    servers.forEach(track);
    await Promise.all(servers.map((server) => server.ready()));
    for (const server of servers) {
      const ready = await fetch(`${server.url}/readyz`);
      expect(await ready.json()).toEqual({ status: 'ready' });
      await signIn(server.url);
    }
  });

  it('finding 7: a misspelt database name stops the server with a message naming DATABASE_CREATE, and creates nothing', async () => {
    const db = await scratchDatabase(dialect);
    cleanups.push(db.drop);
    const misspelt = dialect === 'postgresql' ? db.url.replace(/\/([^/?]+)$/, '/$1_misspelt') : join(dirname(db.url), 'driehoek-misspelt.sqlite');
    const server = track(await spawnServer(misspelt, { NODE_ENV: 'production', DEMO_DATA: 'false', EVALUATION_KEY_SECRET: 'a production key of at least thirty-two characters' }));
    const exit = await server.exited;
    expect(exit.code).toBe(1);
    expect(server.output()).toContain('DATABASE_CREATE=true');
    expect(server.output()).not.toContain('Driehoek is running');
    if (dialect === 'sqlite') {
      expect(existsSync(misspelt)).toBe(false);
    } else {
      const admin = new pg.Client({ connectionString: postgresServerUrl });
      await admin.connect();
      const name = new URL(misspelt).pathname.slice(1);
      const found = await admin.query('select count(*)::int as n from pg_database where datname = $1', [name]);
      await admin.end();
      expect(found.rows[0].n).toBe(0);
    }
  });

  it('finding 7: /readyz answers 503 when the schema is gone or behind, and 200 again once it is back', async () => {
    const db = await scratchDatabase(dialect);
    cleanups.push(db.drop);
    const server = track(await startServer(db.url));
    const readiness = async () => {
      const response = await fetch(`${server.url}/readyz`);
      return { status: response.status, body: (await response.json()) as { status: string } };
    };
    expect(await readiness()).toEqual({ status: 200, body: { status: 'ready' } });

    const sql = await adminConnection(dialect, db.url);
    cleanups.push(() => sql.close());
    const [latest] = await sql.query<{ id: number; name: string; executed_at: string }>('select id, name, executed_at from mikro_orm_migrations order by id desc limit 1');
    await sql.query(`delete from mikro_orm_migrations where id = ${latest!.id}`);
    expect(await readiness()).toEqual({ status: 503, body: { status: 'schema behind', pending: [latest!.name] } });

    await sql.query('alter table mikro_orm_migrations rename to mikro_orm_migrations_moved');
    expect(await readiness()).toEqual({ status: 503, body: { status: 'schema missing' } });

    await sql.query('alter table mikro_orm_migrations_moved rename to mikro_orm_migrations');
    await sql.query(`insert into mikro_orm_migrations (id, name, executed_at) values (${latest!.id}, '${latest!.name}', ${dialect === 'postgresql' ? 'now()' : "datetime('now')"})`);
    expect(await readiness()).toEqual({ status: 200, body: { status: 'ready' } });
  });
});

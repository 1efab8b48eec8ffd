import { afterEach, describe, expect, it } from 'vitest';
import pg from 'pg';
import { adminConnection, call, databaseLink, dialects, eventually, postgresServerUrl, scratchDatabase, schoolNames, signIn, startServer, writeLoad, type BuiltServer } from './built-server.js';

const cleanups: Array<() => Promise<unknown> | unknown> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});
const track = (server: BuiltServer) => (cleanups.push(() => server.stop()), server);

/** Every acknowledged write is in the database (read back through the API). */
async function expectNothingLost(base: string, cookie: string, acknowledged: Set<string>) {
  const stored = await schoolNames(base, cookie);
  const lost = [...acknowledged].filter((name) => !stored.has(name));
  expect(lost).toEqual([]);
}

describe.each(dialects)('on %s', (dialect) => {
  it('finding 1: after a write whose transaction the database ended (commit and rollback both fail) the server goes on answering', async () => {
    const db = await scratchDatabase(dialect);
    cleanups.push(db.drop);
    // One connection on PostgreSQL too: a single leaked connection would block every request.
    const server = track(await startServer(db.url, { DATABASE_POOL_SIZE: '1', DATABASE_ACQUIRE_TIMEOUT_MS: '2000' }));
    const cookie = await signIn(server.url);

    // The fault: inserting a school whose name starts with "fail" ends the transaction under the
    // server's feet (PostgreSQL: the session is terminated; SQLite: RAISE(ROLLBACK), as a disk-full
    // or I/O error does), installed behind the server's back.
    const sql = await adminConnection(dialect, db.url);
    cleanups.push(() => sql.close());
    if (dialect === 'postgresql') {
      await sql.query(`create function fault() returns trigger language plpgsql as $$
        begin if new.name like 'fail%' then perform pg_terminate_backend(pg_backend_pid()); end if; return new; end $$`);
      await sql.query('create trigger fault before insert on school for each row execute function fault()');
    } else {
      await sql.query(`create trigger fault before insert on school when new.name like 'fail%'
        begin select raise(rollback, 'the database ended the transaction'); end`);
    }

    // More failures than pg's default pool of 10 has connections.
    for (let attempt = 0; attempt < 12; attempt++) {
      const failed = await call(server.url, 'schools.create', { name: `fail ${attempt}`, city: 'Zevenaar' }, cookie);
      // A terminated session is the database being away (503, try again); SQLite's rollback here is a failed write (500).
      expect(failed.status).toBe(dialect === 'postgresql' ? 503 : 500);
    }
    const created = await call(server.url, 'schools.create', { name: 'Liemers College', city: 'Zevenaar' }, cookie);
    expect(created.status).toBe(200);
    expect((await fetch(`${server.url}/readyz`)).status).toBe(200);
    const names = await schoolNames(server.url, cookie);
    expect(names.has('Liemers College')).toBe(true);
    expect([...names].filter((name) => name.startsWith('fail'))).toEqual([]);
  });

  it('kill -9 under write load: nothing acknowledged is lost and the server comes back on the same database', async () => {
    const db = await scratchDatabase(dialect);
    cleanups.push(db.drop);
    const first = await startServer(db.url);
    const cookie = await signIn(first.url);
    const load = writeLoad(first.url, cookie, { prefix: 'kill' });
    await eventually('some acknowledged writes', () => load.acknowledged.size >= 30);
    first.child.kill('SIGKILL');
    expect((await first.exited).signal).toBe('SIGKILL');
    await load.stop();

    const second = track(await startServer(db.url));
    await expectNothingLost(second.url, cookie, load.acknowledged);
    expect((await call(second.url, 'schools.create', { name: 'after the kill', city: 'Zevenaar' }, cookie)).status).toBe(200);
  });
});

describe.runIf(postgresServerUrl)('PostgreSQL connections terminated during writes', () => {
  it('finding 1: pg_terminate_backend on every server connection, again and again under write load: nothing acknowledged is lost and the server recovers without a restart', async () => {
    const db = await scratchDatabase('postgresql');
    cleanups.push(db.drop);
    // A small pool: each leaked connection would take a fifth of it.
    const server = track(await startServer(db.url, { DATABASE_POOL_SIZE: '5', DATABASE_ACQUIRE_TIMEOUT_MS: '2000' }));
    const cookie = await signIn(server.url);
    const admin = new pg.Client({ connectionString: postgresServerUrl });
    await admin.connect();
    cleanups.push(() => admin.end());
    const name = new URL(db.url).pathname.slice(1);

    const load = writeLoad(server.url, cookie, { prefix: 'terminated', workers: 6 });
    let terminated = 0;
    for (let round = 0; round < 8; round++) {
      const before = load.sent;
      await eventually('writes between terminations', () => load.sent >= before + 10);
      const result = await admin.query('select count(pg_terminate_backend(pid))::int as n from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()', [name]);
      terminated += result.rows[0].n;
    }
    // The server goes on: writes are acknowledged again after the last termination.
    const afterwards = load.acknowledged.size;
    await eventually('writes acknowledged after the last termination', () => load.acknowledged.size >= afterwards + 20);
    await load.stop();

    expect(terminated).toBeGreaterThan(8);
    expect((await fetch(`${server.url}/readyz`)).status).toBe(200);
    await expectNothingLost(server.url, cookie, load.acknowledged);
    // Failures during the terminations are answers (503: the database was away; try again), not
    // hangs or resets: every write was answered.
    expect([...load.failures.keys()].filter((status) => status !== 503 && status !== 500)).toEqual([]);
  });
});

describe.runIf(postgresServerUrl)('a real PostgreSQL outage', () => {
  it('finding 1: the database cut off (a proxy between the server and PostgreSQL, cut and restored) under write load: /readyz 503, every request answered fast with 503 instead of hanging, nothing acknowledged lost, and the server recovers by itself', async () => {
    const db = await scratchDatabase('postgresql');
    cleanups.push(db.drop);
    const link = await databaseLink(db.url);
    cleanups.push(link.close);
    const server = track(await startServer(link.url, { DATABASE_POOL_SIZE: '5', DATABASE_ACQUIRE_TIMEOUT_MS: '1000', READINESS_TIMEOUT_MS: '1000' }));
    const cookie = await signIn(server.url);
    const load = writeLoad(server.url, cookie, { prefix: 'outage', workers: 4 });
    await eventually('writes acknowledged before the outage', () => load.acknowledged.size >= 20);

    await link.cut();
    const cutAt = Date.now();
    await eventually('/readyz to report the database unreachable', async () => (await fetch(`${server.url}/readyz`)).status === 503, 5_000);
    const readiness = await fetch(`${server.url}/readyz`);
    expect(readiness.status).toBe(503);
    expect(await readiness.json()).toEqual({ status: 'database unreachable' });
    // A read during the outage: the database-unavailable answer (503, try again), not a 500.
    const read = await fetch(`${server.url}/trpc/schools.list`, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: '{}' });
    expect(read.status).toBe(503);
    expect(read.headers.get('retry-after')).toBe('1');
    expect(((await read.json()) as { error: { message: string } }).error.message).toMatch(/Nothing was saved; please try again/);
    await new Promise((r) => setTimeout(r, Math.max(0, cutAt + 4_000 - Date.now())));
    // Writes that started after the cut (those in flight at the cut may have gone either way).
    const during = load.answers.filter((answer) => answer.at - answer.ms > cutAt + 100);
    expect(during.length).toBeGreaterThan(10);
    expect(new Set(during.map((answer) => answer.status))).toEqual(new Set([503]));
    // Fast: within the acquire timeout (1 s) and some slack for a busy machine, nowhere near the 30 s request timeout.
    expect(Math.max(...during.map((answer) => answer.ms))).toBeLessThan(3_000);

    await link.restore();
    await eventually('/readyz ready again without a restart', async () => (await fetch(`${server.url}/readyz`)).status === 200, 15_000);
    const afterOutage = load.acknowledged.size;
    await eventually('writes acknowledged after the outage', () => load.acknowledged.size >= afterOutage + 20, 15_000);
    await load.stop();

    expect(server.child.exitCode).toBeNull();
    await expectNothingLost(server.url, cookie, load.acknowledged);
    // Every write was answered (200, or 503 while the database was away): no resets, no 500s.
    expect([...load.failures.keys()].filter((status) => status !== 503)).toEqual([]);
  });
});

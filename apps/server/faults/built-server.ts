/**
 * The fault-injection suite's harness: the BUILT server (apps/server/dist/main.js) as a real
 * process, on a database of its own, and a write load that remembers every write the server
 * acknowledged. Build first: `pnpm turbo run build --filter=@driehoek/server...`.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { connect, createServer, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { DEMO_LOGINS, createScratchDatabase, parseDatabaseUrl } from '@driehoek/db';

/** DRIEHOEK_SERVER_ENTRY runs the suite against another build (for example main's, to see a test fail before a fix). */
export const serverEntry = process.env.DRIEHOEK_SERVER_ENTRY ?? resolve(import.meta.dirname, '..', 'dist', 'main.js');
if (!existsSync(serverEntry)) throw new Error(`Build the server first (pnpm turbo run build --filter=@driehoek/server...): ${serverEntry} is missing`);

const testUrl = process.env.TEST_DATABASE_URL;
/** The PostgreSQL server the suite may use (TEST_DATABASE_URL), or undefined to run on SQLite only. */
export const postgresServerUrl = testUrl && parseDatabaseUrl(testUrl).dialect === 'postgresql' ? testUrl : undefined;
export const dialects = (['sqlite', ...(postgresServerUrl ? ['postgresql'] : [])] as const).map((dialect) => dialect as 'sqlite' | 'postgresql');

export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolvePort(address.port) : reject(new Error('no port'))));
    });
  });
}

export interface ScratchDatabase {
  readonly url: string;
  readonly dialect: 'sqlite' | 'postgresql';
  drop(): Promise<void>;
}

/** An empty database: a SQLite file in a new folder, or a new PostgreSQL database. */
export async function scratchDatabase(dialect: 'sqlite' | 'postgresql'): Promise<ScratchDatabase> {
  if (dialect === 'postgresql') {
    const db = await createScratchDatabase(postgresServerUrl!, 'driehoek_faults');
    return { url: db.url, dialect, drop: db.drop };
  }
  const dir = mkdtempSync(join(tmpdir(), 'driehoek-faults-'));
  return { url: join(dir, 'driehoek.sqlite'), dialect, drop: async () => rmSync(dir, { recursive: true, force: true }) };
}

export interface Exit {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
}

export interface BuiltServer {
  readonly url: string;
  readonly child: ChildProcess;
  /** Everything the process wrote to stdout and stderr so far. */
  output(): string;
  readonly exited: Promise<Exit>;
  /** Polls /readyz until it answers 200 (or the process exits, or 30 s pass). */
  ready(): Promise<void>;
  /** SIGTERM, and wait for the exit. */
  stop(): Promise<Exit>;
}

/** Starts dist/main.js with a database and a port (and any other variables) and returns at once. */
export async function spawnServer(databaseUrl: string, env: Record<string, string> = {}): Promise<BuiltServer> {
  const port = env.PORT ? Number(env.PORT) : await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, [serverEntry], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      PUBLIC_URL: url,
      DATABASE_URL: databaseUrl,
      DEMO_DATA: 'true',
      LOG_LEVEL: 'warn',
      NODE_ENV: 'test',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  const exited = new Promise<Exit>((resolveExit) => child.once('exit', (code, signal) => resolveExit({ code, signal })));
  const server: BuiltServer = {
    url,
    child,
    output: () => output,
    exited,
    async ready() {
      const deadline = Date.now() + 30_000;
      while (Date.now() < deadline) {
        if (child.exitCode !== null || child.signalCode !== null) throw new Error(`server exited early:\n${output}`);
        const ok = await fetch(`${url}/readyz`).then((r) => r.ok, () => false);
        if (ok) return;
        await new Promise((r) => setTimeout(r, 100));
      }
      throw new Error(`server did not become ready:\n${output}`);
    },
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      return exited;
    },
  };
  return server;
}

export async function startServer(databaseUrl: string, env: Record<string, string> = {}): Promise<BuiltServer> {
  const server = await spawnServer(databaseUrl, env);
  await server.ready();
  return server;
}

export interface CallResult {
  readonly status: number;
  readonly body: unknown;
}

/** A tRPC call over HTTP (POST, as the apps send every call); a network error answers status 0. */
export async function call(base: string, path: string, input: unknown, cookie?: string): Promise<CallResult> {
  try {
    const response = await fetch(`${base}/trpc/${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
      body: JSON.stringify(input),
    });
    const text = await response.text();
    let body: unknown = text;
    try {
      body = JSON.parse(text);
    } catch {
      // not JSON (a proxy's or the timeout's page)
    }
    return { status: response.status, body };
  } catch (error) {
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    return { status: 0, body: `${String(error)} (${cause?.code ?? cause?.message ?? 'no cause'})` };
  }
}

/** Signs in as the demo coordinator; returns the session cookie. */
export async function signIn(base: string): Promise<string> {
  const login = DEMO_LOGINS[0];
  const response = await fetch(`${base}/trpc/auth.login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: login.email, password: login.password }),
  });
  if (response.status !== 200) throw new Error(`sign-in failed: ${response.status} ${await response.text()}`);
  return (response.headers.get('set-cookie') ?? '').split(';')[0]!;
}

/** The school names the coordinator's organisation has, read back through the API. */
export async function schoolNames(base: string, cookie: string): Promise<Set<string>> {
  const result = await call(base, 'schools.list', {}, cookie);
  if (result.status !== 200) throw new Error(`schools.list answered ${result.status}: ${JSON.stringify(result.body)}`);
  return new Set((result.body as { result: { data: { name: string }[] } }).result.data.map((school) => school.name));
}

export interface WriteLoad {
  /** Names of the schools whose creation the server acknowledged (200 with the record). */
  readonly acknowledged: Set<string>;
  /** Answers other than 200, by status (0: no answer: refused or reset). */
  readonly failures: Map<number, number>;
  /** How many writes were sent. */
  sent: number;
  /** Every answer: its status, how long it took and when it came (ms since the epoch). */
  readonly answers: { status: number; ms: number; at: number }[];
  /** Stops the workers and waits for the writes in flight. */
  stop(): Promise<void>;
}

/**
 * `workers` loops, each creating schools one after another (a write and a flush each) until
 * stopped. A write counts as acknowledged only when the server answered 200 with the new record.
 */
export function writeLoad(base: string | (() => string), cookie: string, { workers = 4, prefix = 'load' } = {}): WriteLoad {
  let running = true;
  const load: WriteLoad = {
    acknowledged: new Set(),
    failures: new Map(),
    sent: 0,
    answers: [],
    async stop() {
      running = false;
      await Promise.all(loops);
    },
  };
  let counter = 0;
  const loops = Array.from({ length: workers }, async () => {
    while (running) {
      const name = `${prefix} ${++counter}`;
      load.sent++;
      const target = typeof base === 'function' ? base() : base;
      const started = Date.now();
      const result = await call(target, 'schools.create', { name, city: 'Zevenaar' }, cookie);
      load.answers.push({ status: result.status, ms: Date.now() - started, at: Date.now() });
      const created = (result.body as { result?: { data?: { name?: string } } })?.result?.data?.name;
      if (result.status === 200 && created === name) load.acknowledged.add(name);
      else {
        load.failures.set(result.status, (load.failures.get(result.status) ?? 0) + 1);
        // Do not spin on a server that is down.
        if (result.status === 0) await new Promise((r) => setTimeout(r, 20));
      }
    }
  });
  return load;
}

/** Waits until `predicate` holds, polling; throws with `what` after `timeoutMs`. */
export async function eventually(what: string, predicate: () => Promise<boolean> | boolean, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await predicate()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** A connection of the test's own to the server's database, to break things behind its back. */
export async function adminConnection(dialect: 'sqlite' | 'postgresql', url: string) {
  if (dialect === 'postgresql') {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    return {
      query: async <T>(text: string) => (await client.query(text)).rows as T[],
      close: () => client.end(),
    };
  }
  const db = new Database(url);
  return {
    query: async <T>(text: string) => {
      const statement = db.prepare(text);
      return (statement.reader ? statement.all() : (statement.run(), [])) as T[];
    },
    close: () => db.close(),
  };
}

export interface DatabaseLink {
  /** The database URL through the link (give it to the server). */
  readonly url: string;
  /** Cuts the link: open connections are reset and new ones refused, as when the database host goes away. */
  cut(): Promise<void>;
  /** Restores the link (the same port). */
  restore(): Promise<void>;
  close(): Promise<void>;
}

/**
 * A TCP proxy between the server and its PostgreSQL database, which the test cuts and restores:
 * a real outage for the server without stopping the machine's PostgreSQL.
 */
export async function databaseLink(databaseUrl: string): Promise<DatabaseLink> {
  const target = new URL(databaseUrl);
  const sockets = new Set<Socket>();
  const port = await freePort();
  let server: Server | null = null;
  const listen = () =>
    new Promise<void>((resolveListen, reject) => {
      const proxy = createServer((client) => {
        const upstream = connect(Number(target.port || 5432), target.hostname);
        for (const [from, to] of [[client, upstream], [upstream, client]] as const) {
          sockets.add(from);
          from.on('close', () => {
            sockets.delete(from);
            to.destroy();
          });
          from.on('error', () => to.destroy());
          from.pipe(to);
        }
      });
      proxy.once('error', reject);
      proxy.listen(port, '127.0.0.1', () => {
        server = proxy;
        resolveListen();
      });
    });
  const cut = async () => {
    const closing = server;
    server = null;
    for (const socket of sockets) socket.resetAndDestroy();
    if (closing) await new Promise<void>((done) => closing.close(() => done()));
  };
  await listen();
  const url = new URL(databaseUrl);
  url.port = String(port);
  return { url: url.toString(), cut, restore: listen, close: cut };
}

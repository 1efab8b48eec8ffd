/**
 * Load benchmark of the built server (apps/server/dist), loopback only and bounded in time:
 * 200 portal users (parents, each signed in with an e-mailed code) and 20 coordinators use the
 * app at once, each opening a page (one batched tRPC request, as the apps send it) and reading
 * it for 1–3 s before the next. Prints p50/p95/p99/max per kind of user, on SQLite (a file) and
 * on PostgreSQL (when reachable), and the JavaScript the portal's first page downloads.
 * Not a test: it asserts nothing; it prints figures for the README.
 *
 *   pnpm bench:load       (after `pnpm turbo run build --filter=@driehoek/server...`)
 *   BENCH_SECONDS=30 BENCH_PORTAL_USERS=200 BENCH_COORDINATORS=20 BENCH_DATABASE_URL=postgres://…
 *   BENCH_SERVER_ENTRY=path/to/main.js   (another build)   BENCH_ONLY=sqlite|postgresql   (one database)
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { createServer } from 'node:net';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DEMO_LOGINS, OutboxMessage, Programme, StaffMember, createScratchDatabase, openDatabase, type DatabaseTarget } from '@driehoek/db';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 30);
const PORTAL_USERS = Number(process.env.BENCH_PORTAL_USERS ?? 200);
const COORDINATORS = Number(process.env.BENCH_COORDINATORS ?? 20);
const THINK_MS: [number, number] = [1_000, 3_000];
const postgresUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
/** BENCH_SERVER_ENTRY measures another build (for example main's, for before-and-after figures). */
const only = process.env.BENCH_ONLY;
const serverEntry = process.env.BENCH_SERVER_ENTRY ?? resolve(import.meta.dirname, '..', 'dist', 'main.js');

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => done(port));
    });
  });
}

interface Answer {
  status: number;
  body: string;
  cookie?: string;
  bytes: number;
  encoding?: string;
}

/** One HTTP request over a keep-alive-free loopback connection, with a 10 s bound. */
function send(url: string, options: { method?: string; body?: unknown; cookie?: string; ip?: string; headers?: Record<string, string> } = {}): Promise<Answer> {
  return new Promise((done, fail) => {
    const payload = options.body === undefined ? undefined : JSON.stringify(options.body);
    const req = request(
      url,
      {
        method: options.method ?? (payload ? 'POST' : 'GET'),
        timeout: 10_000,
        headers: {
          ...(payload ? { 'content-type': 'application/json' } : {}),
          ...(options.cookie ? { cookie: options.cookie } : {}),
          ...(options.ip ? { 'x-forwarded-for': options.ip } : {}),
          ...options.headers,
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          const setCookie = res.headers['set-cookie']?.[0]?.split(';')[0];
          const body = Buffer.concat(chunks);
          done({ status: res.statusCode ?? 0, body: body.toString(), bytes: body.length, ...(setCookie ? { cookie: setCookie } : {}), ...(res.headers['content-encoding'] ? { encoding: String(res.headers['content-encoding']) } : {}) });
        });
      },
    );
    req.on('timeout', () => req.destroy(new Error('timed out after 10 s')));
    req.on('error', fail);
    req.end(payload);
  });
}

/** A page's queries in one batched POST, the way the apps' httpBatchLink sends them. */
const batch = (base: string, calls: [string, unknown][], cookie: string, ip: string) =>
  send(`${base}/trpc/${calls.map(([path]) => path).join(',')}?batch=1`, { body: Object.fromEntries(calls.map(([, input], i) => [i, input ?? {}])), cookie, ip });

async function startServer(databaseUrl: string) {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, [serverEntry], {
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', PUBLIC_URL: base, DATABASE_URL: databaseUrl, DEMO_DATA: 'true', TRUST_PROXY: 'true', LOG_LEVEL: 'warn', NODE_ENV: 'test' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const deadline = Date.now() + 60_000;
  while (!(await send(`${base}/readyz`).then((r) => r.status === 200, () => false))) {
    if (child.exitCode !== null || Date.now() > deadline) throw new Error('the server did not start');
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    base,
    /** CPU time the server process has used so far (Linux: /proc; elsewhere NaN), in ms. */
    cpuMs: () => {
      try {
        const fields = readFileSync(`/proc/${child.pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
        return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
      } catch {
        return NaN;
      }
    },
    stop: () =>
      new Promise<void>((done) => {
        child.once('exit', () => done());
        child.kill('SIGTERM');
      }),
  };
}

const ip = (n: number) => `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`;

async function parallel<T>(items: T[], width: number, work: (item: T, index: number) => Promise<void>) {
  let next = 0;
  await Promise.all(Array.from({ length: width }, async () => {
    while (next < items.length) {
      const index = next++;
      await work(items[index]!, index);
    }
  }));
}

/** Signs in the users: a school mentor nominates a pupil per parent; each parent asks for a code and types it. */
async function signIn(base: string, target: DatabaseTarget) {
  const orm = await openDatabase(target);
  try {
    const em = orm.em.fork();
    const mentorLogin = DEMO_LOGINS.find((login) => login.email === 'mentor@academie-tien.example')!;
    const mentor = await em.findOneOrFail(StaffMember, { email: mentorLogin.email }, { populate: ['school'] });
    const programme = await em.findOneOrFail(Programme, { organisation: mentor.organisation, template: 'schoolsCool' });
    const mentorCookie = (await send(`${base}/trpc/auth.login`, { body: { email: mentorLogin.email, password: mentorLogin.password }, ip: ip(1) })).cookie!;
    const birth = new Date();
    birth.setUTCFullYear(birth.getUTCFullYear() - 13);
    const parents = Array.from({ length: PORTAL_USERS }, (_, i) => `bench.parent${i}@example.org`);
    await parallel(parents, 8, async (email, i) => {
      const answer = await send(`${base}/trpc/pupils.nominate`, {
        cookie: mentorCookie,
        ip: ip(1),
        body: {
          programmeId: programme.id,
          schoolId: mentor.school!.id,
          firstName: `Leerling${i}`,
          lastName: 'Bench',
          birthDate: birth.toISOString().slice(0, 10),
          schoolYear: 'Brugklas',
          vulnerabilityReasons: ['parentsDoNotSpeakDutch'],
          helpRequest: 'Hulp bij plannen en huiswerk.',
          homeLanguages: ['nl'],
          postcode: '6901 AB',
          family: [{ role: 'parent', firstName: 'Ouder', lastName: `Bench${i}`, email, phone: '06 12345678', preferredLanguage: 'nl', readsDutch: true, hasParentalAuthority: true }],
        },
      });
      if (answer.status !== 200) throw new Error(`nominating failed: ${answer.status} ${answer.body.slice(0, 300)}`);
    });
    const portal: { cookie: string; ip: string }[] = [];
    await parallel(parents, 8, async (email, i) => {
      const address = ip(1000 + i);
      await send(`${base}/trpc/portal.requestCode`, { body: { email, language: 'nl' }, ip: address });
      const [mail] = await orm.em.fork().find(OutboxMessage, { to: email }, { orderBy: { createdAt: 'desc' }, limit: 1 });
      const code = /(\d{6})/.exec(mail?.text ?? '')?.[1];
      const answer = await send(`${base}/trpc/portal.verifyCode`, { body: { email, code }, ip: address });
      if (!answer.cookie) throw new Error(`portal sign-in failed: ${answer.status} ${answer.body.slice(0, 300)}`);
      portal.push({ cookie: answer.cookie, ip: address });
    });
    const coordinator = DEMO_LOGINS[0];
    const coordinators: { cookie: string; ip: string }[] = [];
    for (let i = 0; i < COORDINATORS; i++) {
      const address = ip(5000 + i);
      const answer = await send(`${base}/trpc/auth.login`, { body: { email: coordinator.email, password: coordinator.password }, ip: address });
      if (!answer.cookie) throw new Error(`coordinator login failed: ${answer.status}`);
      coordinators.push({ cookie: answer.cookie, ip: address });
    }
    return { portal, coordinators, programmeId: programme.id };
  } finally {
    await orm.close();
  }
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;

async function measure(label: string, target: DatabaseTarget, databaseUrl: string) {
  const server = await startServer(databaseUrl);
  try {
    const users = await signIn(server.base, target);
    const timings = { portal: [] as number[], coordinator: [] as number[] };
    const errors = new Map<number, number>();
    const end = Date.now() + SECONDS * 1000;
    const cpuBefore = server.cpuMs();
    const portalPages: [string, unknown][][] = [
      [['portal.me', undefined], ['portal.family', undefined], ['portal.schedule', undefined]],
      [['portal.family', undefined]],
      [['portal.schedule', undefined]],
    ];
    const coordinatorPages: [string, unknown][][] = [
      [['auth.me', undefined], ['attention.list', {}]],
      [['pupils.list', { programmeId: users.programmeId }]],
      [['applicants.list', { programmeId: users.programmeId }]],
      [['programmes.list', undefined], ['outbox.list', undefined]],
    ];
    // Every page must answer once before it is measured: a renamed procedure would otherwise be
    // counted as load (and as an error) instead of failing here.
    for (const [pages, session] of [[portalPages, users.portal[0]!], [coordinatorPages, users.coordinators[0]!]] as const) {
      for (const page of pages) {
        const answer = await batch(server.base, page, session.cookie, session.ip);
        if (answer.status !== 200) throw new Error(`page ${page.map(([path]) => path).join(',')} answered ${answer.status}: ${answer.body.slice(0, 300)}`);
      }
    }
    const user = async (kind: 'portal' | 'coordinator', session: { cookie: string; ip: string }, pages: [string, unknown][][]) => {
      // Spread the first requests over the first think time, as real users do not start in step.
      await new Promise((r) => setTimeout(r, Math.random() * THINK_MS[1]));
      while (Date.now() < end) {
        const page = pages[Math.floor(Math.random() * pages.length)]!;
        const started = performance.now();
        const answer = await batch(server.base, page, session.cookie, session.ip).catch(() => ({ status: 0 }) as Answer);
        timings[kind].push(performance.now() - started);
        if (answer.status !== 200) errors.set(answer.status, (errors.get(answer.status) ?? 0) + 1);
        await new Promise((r) => setTimeout(r, THINK_MS[0] + Math.random() * (THINK_MS[1] - THINK_MS[0])));
      }
    };
    await Promise.all([...users.portal.map((s) => user('portal', s, portalPages)), ...users.coordinators.map((s) => user('coordinator', s, coordinatorPages))]);

    const cpu = server.cpuMs() - cpuBefore;
    const requests = timings.portal.length + timings.coordinator.length;
    console.log(`\n${label}: ${users.portal.length} portal users, ${users.coordinators.length} coordinators, ${SECONDS} s`);
    console.log('  who           requests   req/s    p50 ms   p95 ms   p99 ms   max ms');
    for (const kind of ['portal', 'coordinator'] as const) {
      const sorted = [...timings[kind]].sort((a, b) => a - b);
      const row = [kind.padEnd(12), String(sorted.length).padStart(9), (sorted.length / SECONDS).toFixed(1).padStart(7), ...[50, 95, 99, 100].map((p) => percentile(sorted, p).toFixed(0).padStart(8))];
      console.log(`  ${row.join(' ')}`);
    }
    const byStatus = [...errors].map(([status, n]) => `${n} × ${status || 'no answer'}`).join(', ');
    console.log(`  errors (non-200 or no answer): ${[...errors.values()].reduce((a, b) => a + b, 0)}${byStatus ? ` (${byStatus})` : ''}`);
    console.log(`  server CPU: ${(cpu / 1000).toFixed(1)} s of ${SECONDS} s, ${(cpu / requests).toFixed(1)} ms per request; machine load average ${loadavg().map((n) => n.toFixed(1)).join(' ')}`);
    if (label.startsWith('SQLite')) await portalTransfer(server.base).catch((error: unknown) => console.log(`  portal first page JavaScript: not measured (${String(error)})`));
  } finally {
    await server.stop();
  }
}

/** What the portal's first page downloads: its scripts and module preloads, as a browser that accepts brotli gets them. */
async function portalTransfer(base: string) {
  const html = (await send(`${base}/portal/`)).body;
  const scripts = [...html.matchAll(/(?:src|href)="(\/portal\/assets\/[^"]+\.js)"/g)].map((m) => m[1]!);
  let raw = 0;
  let br = 0;
  let gz = 0;
  for (const path of scripts) {
    raw += (await send(`${base}${path}`)).bytes;
    br += (await send(`${base}${path}`, { headers: { 'accept-encoding': 'gzip, deflate, br' } })).bytes;
    gz += (await send(`${base}${path}`, { headers: { 'accept-encoding': 'gzip' } })).bytes;
  }
  const kB = (n: number) => `${(n / 1024).toFixed(1)} kB`;
  console.log(`  portal first page JavaScript (${scripts.length} files): ${kB(raw)} uncompressed, ${kB(gz)} gzip, ${kB(br)} brotli`);
}

if (!existsSync(serverEntry)) throw new Error('Build the server first: pnpm turbo run build --filter=@driehoek/server...');
if (only !== 'postgresql') {
  const folder = mkdtempSync(join(tmpdir(), 'driehoek-load-'));
  try {
    const file = join(folder, 'load.sqlite');
    await measure('SQLite', { dialect: 'sqlite', location: file }, file);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
const scratch = only === 'sqlite' ? null : await createScratchDatabase(postgresUrl, 'driehoek_load').catch(() => null);
if (only === 'sqlite') {
  // PostgreSQL not asked for
} else if (!scratch) console.log(`\nPostgreSQL: not reachable at ${postgresUrl}, skipped`);
else {
  try {
    await measure('PostgreSQL', { dialect: 'postgresql', location: scratch.url }, scratch.url);
  } finally {
    await scratch.drop();
  }
}

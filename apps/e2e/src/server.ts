/**
 * Starts the built server (apps/server/dist) as a real process on a free port, on a fresh SQLite
 * file with demo data, the way `npm start` runs it. The browser tests talk to it over HTTP.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const serverEntry = resolve(import.meta.dirname, '..', '..', 'server', 'dist', 'main.js');

/** A TCP port nobody listens on now (the server's, or Chromium's DevTools port for Lighthouse). */
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

export interface RunningServer {
  readonly url: string;
  /** The SQLite file the server runs on, for a test that arranges what no screen does (a later day). */
  readonly databaseFile: string;
  /** Stops the server, runs `between` on its stopped database, and starts it again on the same file and port (its start-up jobs run again). */
  restart(between: (databaseFile: string) => void): Promise<void>;
  stop(): Promise<void>;
}

export async function startServer(): Promise<RunningServer> {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'driehoek-e2e-'));
  const url = `http://127.0.0.1:${port}`;
  const databaseFile = join(dataDir, 'e2e.sqlite');
  let child = await spawnServer(port, url, databaseFile);
  const stopChild = async () => {
    child.kill('SIGTERM');
    if (child.exitCode === null) await new Promise((r) => child.once('exit', r));
  };
  return {
    url,
    databaseFile,
    async restart(between) {
      await stopChild();
      between(databaseFile);
      child = await spawnServer(port, url, databaseFile);
    },
    async stop() {
      await stopChild();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

async function spawnServer(port: number, url: string, databaseFile: string): Promise<ChildProcess> {
  const child: ChildProcess = spawn(process.execPath, [serverEntry], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      PUBLIC_URL: url,
      DATABASE_URL: databaseFile,
      DEMO_DATA: 'true',
      LOG_LEVEL: 'warn',
      NODE_ENV: 'test',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));

  // A bound against a hang, not a timing: a loaded machine (CI with other work) may take a minute to migrate and seed.
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited early:\n${output}`);
    const ready = await fetch(`${url}/readyz`).then((r) => r.ok, () => false);
    if (ready) break;
    await new Promise((r) => setTimeout(r, 200));
  }
  if (Date.now() >= deadline) throw new Error(`server did not become ready:\n${output}`);
  return child;
}

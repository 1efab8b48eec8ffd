import { createServer, type Server } from 'node:http';
import { Server as NetServer } from 'node:net';
import type { RequestListener } from 'node:http';

/**
 * What the HTTP host knows about the process's life: whether it is draining (shutting down), and
 * how many requests are being answered right now.
 */
export class Lifecycle {
  draining = false;
  #inFlight = 0;
  /** Told when a request starts (main.ts logs it at debug level; the fault tests wait for it). */
  onRequestStarted?: (method: string, path: string) => void;
  #idle: Array<() => void> = [];

  get inFlight() {
    return this.#inFlight;
  }

  requestStarted(method: string, path: string) {
    this.#inFlight++;
    this.onRequestStarted?.(method, path);
  }

  requestEnded() {
    this.#inFlight--;
    if (this.#inFlight === 0) for (const resolve of this.#idle.splice(0)) resolve();
  }

  /** Resolves when no request is in flight (at once if none is). */
  whenIdle(): Promise<void> {
    if (this.#inFlight === 0) return Promise.resolve();
    return new Promise((resolve) => this.#idle.push(resolve));
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));

/** How long a drained server keeps connections open that have not sent a request yet. */
const IDLE_GRACE_MS = 500;

/** Why the server could not listen, in words an operator can act on. */
export function listenErrorMessage(error: NodeJS.ErrnoException, host: string, port: number): string {
  const where = `${host}:${port}`;
  if (error.code === 'EADDRINUSE') return `Driehoek cannot start: port ${port} on ${host} is already in use (another Driehoek or another program listens there). Stop it, or set PORT to a free port.`;
  if (error.code === 'EACCES') return `Driehoek cannot start: no permission to listen on ${where} (ports below 1024 need privileges). Set PORT to 1024 or higher.`;
  if (error.code === 'EADDRNOTAVAIL' || error.code === 'ENOTFOUND') return `Driehoek cannot start: ${host} is not an address of this machine. Check HOST.`;
  return `Driehoek cannot start: listening on ${where} failed (${error.code ?? error.message}).`;
}

/**
 * Listens on host:port and resolves once listening; rejects with a clear message when the port is
 * busy or not ours to take (Express 5's `app.listen` hands such errors to its callback, so a
 * "running" message would be printed for a server that listens nowhere).
 */
export function listen(handler: RequestListener, host: string, port: number): Promise<Server> {
  const server = createServer(handler);
  return new Promise((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException) => reject(new Error(listenErrorMessage(error, host, port), { cause: error }));
    server.once('error', onError);
    server.listen(port, host, () => {
      server.off('error', onError);
      resolve(server);
    });
  });
}

/**
 * Graceful shutdown: `/readyz` turns 503 so a load balancer stops sending, and every answer from now
 * on closes its connection. The connections already waiting to be accepted (their requests were sent
 * before the signal) are taken, then the server stops accepting. Requests in flight finish, up to
 * `timeoutMs`; then the idle keep-alive connections close (and, after the timeout, all of them).
 * Resolves with whether everything finished in time. The caller closes the database afterwards.
 */
export async function drain(server: Server, lifecycle: Lifecycle, timeoutMs: number, log?: (data: object, message: string) => void): Promise<boolean> {
  lifecycle.draining = true;
  const count = () => new Promise<number>((resolve) => server.getConnections((_error, n) => resolve(n)));
  log?.({ connections: await count(), inFlight: lifecycle.inFlight }, 'draining');
  // One turn of the event loop accepts what is in the listen backlog; closing at once would reset it.
  await new Promise((resolve) => setTimeout(resolve, 50));
  log?.({ connections: await count(), inFlight: lifecycle.inFlight }, 'no longer accepting connections');
  // net.Server's close stops accepting but leaves open connections alone; http.Server's would also
  // drop idle keep-alive connections at once, racing requests clients are sending on them.
  const closed = new Promise<void>((resolve) => NetServer.prototype.close.call(server, () => resolve()));
  // Wait for the requests in flight; then give connections that were accepted but whose request has
  // not arrived yet (a busy client) a short grace, answering what comes in, before closing them.
  const deadline = Date.now() + timeoutMs;
  let quietSince: number | null = null;
  while (Date.now() < deadline) {
    if (lifecycle.inFlight > 0) {
      quietSince = null;
      await Promise.race([lifecycle.whenIdle(), sleep(deadline - Date.now())]);
      continue;
    }
    quietSince ??= Date.now();
    if (Date.now() - quietSince >= IDLE_GRACE_MS || (await count()) === 0) break;
    await sleep(25);
  }
  const finished = lifecycle.inFlight === 0;
  log?.({ connections: await count(), inFlight: lifecycle.inFlight, finished }, 'requests in flight done');
  server.closeIdleConnections();
  if (!finished) server.closeAllConnections();
  await Promise.race([closed, new Promise((resolve) => setTimeout(resolve, 1_000).unref())]);
  return finished;
}

import { createServer, type Server } from 'node:http';
import type { RequestListener } from 'node:http';

/**
 * What the HTTP host knows about the process's life: whether it is draining (shutting down), and
 * how many requests are being answered right now.
 */
export class Lifecycle {
  draining = false;
  #inFlight = 0;
  #idle: Array<() => void> = [];

  get inFlight() {
    return this.#inFlight;
  }

  requestStarted() {
    this.#inFlight++;
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
 * Graceful shutdown: `/readyz` turns 503 so a load balancer stops sending; the server stops taking
 * connections; requests in flight finish (each answer closes its keep-alive connection) up to
 * `timeoutMs`; then the remaining connections are closed. Resolves with whether everything finished
 * in time. The caller closes the database afterwards.
 */
export async function drain(server: Server, lifecycle: Lifecycle, timeoutMs: number): Promise<boolean> {
  lifecycle.draining = true;
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  server.closeIdleConnections();
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), timeoutMs)));
  const finished = await Promise.race([lifecycle.whenIdle().then(() => true as const), timedOut]);
  clearTimeout(timer);
  // Keep-alive connections that sit idle now (their last answer went out) close here.
  server.closeIdleConnections();
  if (!finished) server.closeAllConnections();
  await Promise.race([closed, new Promise((resolve) => setTimeout(resolve, 1_000).unref())]);
  return finished;
}

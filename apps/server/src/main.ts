import { DEMO_LOGINS } from '@driehoek/db';
import { loadConfig } from './config.js';
import { createLog } from './log.js';
import { createHttpApp } from './http.js';
import { startServices } from './services.js';
import { Lifecycle, drain, listen } from './lifecycle.js';

/** Stops with a message on stderr and a non-zero exit code (configuration, database, port). */
function fail(message: string): never {
  console.error(`\n${message}\n`);
  process.exit(1);
}

const config = (() => {
  try {
    return loadConfig();
  } catch (error) {
    return fail((error as Error).message);
  }
})();
const log = createLog(config.LOG_LEVEL);
const { services, stop } = await startServices(config, log).catch((error: unknown) => {
  log.error({ err: error }, 'start-up failed');
  return fail(`Driehoek cannot start: ${(error as Error).message}`);
});
const lifecycle = new Lifecycle();
lifecycle.onRequestStarted = (method, path) => log.debug({ method, path }, 'request started');
const server = await listen(createHttpApp(config, services, lifecycle), config.HOST, config.PORT).catch(async (error: unknown) => {
  log.error({ err: error }, 'listen failed');
  await stop().catch(() => {});
  return fail((error as Error).message);
});
// A request must come in whole within the request timeout too (slow clients hold sockets).
server.requestTimeout = config.REQUEST_TIMEOUT_MS;

const url = config.PUBLIC_URL.replace(/\/$/, '');
const lines = [
  '',
  'Driehoek is running:',
  `  recruitment site   ${url}/`,
  `  coordinator app    ${url}/coordinator/`,
  `  portal             ${url}/portal/`,
  `  health             ${url}/healthz  ${url}/readyz`,
];
if (config.DEMO_DATA) {
  lines.push('', 'Demo logins for the coordinator app:');
  for (const login of DEMO_LOGINS) lines.push(`  ${login.email.padEnd(34)} ${login.password}`);
}
console.log(lines.join('\n') + '\n');

let stopping = false;
/**
 * Graceful shutdown: stop taking connections, let the requests in flight finish (up to
 * SHUTDOWN_TIMEOUT_MS), then stop the jobs and close the database.
 */
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  log.info({ signal, inFlight: lifecycle.inFlight }, 'shutting down: finishing requests in flight');
  const force = setTimeout(() => {
    log.error({}, 'shutdown took too long; exiting');
    process.exit(1);
  }, config.SHUTDOWN_TIMEOUT_MS + 10_000).unref();
  const finished = await drain(server, lifecycle, config.SHUTDOWN_TIMEOUT_MS, (data, message) => log.info(data, message));
  if (!finished) log.warn({ inFlight: lifecycle.inFlight }, 'requests still running at the shutdown timeout were cut off');
  await stop();
  clearTimeout(force);
  log.info({}, 'stopped');
  process.exit(0);
}
process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('SIGINT', () => void shutdown('SIGINT'));

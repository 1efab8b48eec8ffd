import { DEMO_LOGINS } from '@driehoek/db';
import { loadConfig } from './config.js';
import { createLog } from './log.js';
import { createHttpApp } from './http.js';
import { startServices } from './services.js';

const config = loadConfig();
const log = createLog(config.LOG_LEVEL);
const { services, stop } = await startServices(config, log);
const server = createHttpApp(config, services).listen(config.PORT, config.HOST, () => {
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
});

let stopping = false;
/** Graceful shutdown: stop taking connections, finish what is running, then close the database. */
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  log.info({ signal }, 'shutting down');
  const force = setTimeout(() => process.exit(1), 10_000).unref();
  server.close();
  server.closeIdleConnections();
  await stop();
  clearTimeout(force);
  process.exit(0);
}
process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('SIGINT', () => void shutdown('SIGINT'));

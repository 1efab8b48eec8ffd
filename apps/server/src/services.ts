import { Redis } from 'ioredis';
import { openDatabase, parseDatabaseUrl, seedDemo } from '@driehoek/db';
import {
  consentNotice,
  createLoginLimiter,
  offlineGeocoder,
  pdokGeocoder,
  queueDueReminders,
  databaseSessionStore,
  hashPassword,
  redisSessionStore,
  startOutboxSender,
  systemClock,
  type Services,
} from '@driehoek/api';
import type { Config } from './config.js';
import type { createLog } from './log.js';

/** Opens the database (running migrations), seeds demo data when asked, and builds the shared services. */
export async function startServices(config: Config, log: ReturnType<typeof createLog>) {
  const target = parseDatabaseUrl(config.DATABASE_URL);
  const orm = await openDatabase(target);
  log.info({ dialect: target.dialect }, 'database ready, migrations applied');

  const geocoder = config.GEOCODER === 'pdok' ? pdokGeocoder(offlineGeocoder) : offlineGeocoder;
  if (config.DEMO_DATA) {
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date());
    const seeded = await seedDemo(orm, {
      today,
      hashPassword,
      locate: (postcode) => geocoder.locate(postcode),
      notice: (purpose, language, childFriendly) => consentNotice(purpose, language, childFriendly),
    });
    if (seeded) log.info({}, 'demo data created');
  }

  const redis = config.REDIS_URL ? new Redis(config.REDIS_URL, { lazyConnect: false, maxRetriesPerRequest: 2 }) : undefined;
  const services: Services = {
    orm,
    sessions: redis ? redisSessionStore(redis) : databaseSessionStore(() => orm.em.fork()),
    loginLimiter: await createLoginLimiter(target, redis),
    clock: systemClock,
    log,
    publicUrl: config.PUBLIC_URL,
    geocoder,
    secureCookies: config.COOKIE_SECURE,
  };
  const sender = config.SMTP_URL ? startOutboxSender(orm, { url: config.SMTP_URL, from: config.MAIL_FROM }, log) : null;
  const reminders = startReminderJob(orm, log);

  return {
    services,
    async stop() {
      await reminders.stop();
      await sender?.stop();
      await services.loginLimiter.close();
      redis?.disconnect();
      await orm.close();
    },
  };
}

const REMINDER_INTERVAL_MS = 15 * 60_000;

/**
 * Queues due reminders at start (so those that fell due while the server was down go out now)
 * and every 15 minutes. Each reminder has a key, so several instances running this add nothing twice.
 */
function startReminderJob(orm: Parameters<typeof queueDueReminders>[0], log: ReturnType<typeof createLog>) {
  let running: Promise<unknown> | null = null;
  const run = () => {
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date());
    running ??= queueDueReminders(orm, today)
      .then((added) => added > 0 && log.info({ added }, 'reminders queued'))
      .catch((error: unknown) => log.error({ error: String(error) }, 'queueing reminders failed'))
      .finally(() => (running = null));
  };
  run();
  const timer = setInterval(run, REMINDER_INTERVAL_MS);
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}

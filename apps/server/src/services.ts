import { Redis } from 'ioredis';
import { openDatabase, parseDatabaseUrl, seedDemo } from '@driehoek/db';
import {
  consentNotice,
  createLoginLimiter,
  offlineGeocoder,
  pdokGeocoder,
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

  return {
    services,
    async stop() {
      await sender?.stop();
      await services.loginLimiter.close();
      redis?.disconnect();
      await orm.close();
    },
  };
}

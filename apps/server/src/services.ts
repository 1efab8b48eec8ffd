import { Redis } from 'ioredis';
import { clockFromEnvironment, openDatabase, parseDatabaseUrl, seedDemo, type Clock } from '@driehoek/db';
import {
  consentNotice,
  createLoginLimiter,
  createPublicLimiter,
  offlineGeocoder,
  pdokGeocoder,
  queueDueReminders,
  queueEvaluationInvitations,
  suspendUnscreenedMatches,
  applyRetentionIfDue,
  escalateConcernAlerts,
  databaseSessionStore,
  hashPassword,
  redisSessionStore,
  startOutboxSender,
  today,
  type Services,
} from '@driehoek/api';
import { databaseSettings, type Config } from './config.js';
import type { createLog } from './log.js';

/** Opens the database (running migrations), seeds demo data when asked, and builds the shared services. */
export async function startServices(config: Config, log: ReturnType<typeof createLog>) {
  const target = parseDatabaseUrl(config.DATABASE_URL);
  const clock = clockFromEnvironment(config.DRIEHOEK_NOW);
  if (config.DRIEHOEK_NOW) log.warn({ now: config.DRIEHOEK_NOW }, 'the clock is fixed by DRIEHOEK_NOW');
  const geocoder = config.GEOCODER === 'pdok' ? pdokGeocoder(offlineGeocoder) : offlineGeocoder;
  const settings = databaseSettings(config, (fault) => log.warn(fault, 'a transaction failed and its rollback too; the connection was discarded'));
  // The demo seed runs under the migration lock too, so instances starting together seed once.
  const orm = await openDatabase(target, {
    clock,
    settings,
    whileLocked: async (opened) => {
      if (!config.DEMO_DATA) return;
      const seeded = await seedDemo(opened, {
        today: today(clock),
        hashPassword,
        locate: (postcode) => geocoder.locate(postcode),
        notice: (purpose, language, childFriendly, requirements) => consentNotice(purpose, language, childFriendly, requirements),
      });
      if (seeded) log.info({}, 'demo data created');
    },
  });
  log.info({ dialect: target.dialect }, 'database ready, migrations applied');

  const redis = config.REDIS_URL ? new Redis(config.REDIS_URL, { lazyConnect: false, maxRetriesPerRequest: 2 }) : undefined;
  const services: Services = {
    orm,
    sessions: redis ? redisSessionStore(redis) : databaseSessionStore(() => orm.em.fork()),
    loginLimiter: await createLoginLimiter(target, redis),
    publicLimits: await createPublicLimiter(target, redis),
    clock,
    log,
    publicUrl: config.PUBLIC_URL,
    geocoder,
    secureCookies: config.COOKIE_SECURE,
    evaluationKeySecret: config.EVALUATION_KEY_SECRET,
    outboxShowsSecrets: !config.SMTP_URL && config.NODE_ENV !== 'production',
  };
  const sender = config.SMTP_URL ? startOutboxSender(orm, { url: config.SMTP_URL, from: config.MAIL_FROM }, log, clock) : null;
  const reminders = startReminderJob(orm, clock, log, { evaluationKeySecret: config.EVALUATION_KEY_SECRET, publicUrl: config.PUBLIC_URL });
  const escalation = startConcernEscalationJob(orm, clock, config.PUBLIC_URL, log);
  const retention = startRetentionJob(orm, clock, log);

  return {
    services,
    async stop() {
      await reminders.stop();
      await escalation.stop();
      await retention.stop();
      await sender?.stop();
      await services.loginLimiter.close();
      await services.publicLimits.close();
      redis?.disconnect();
      await orm.close();
    },
  };
}

const REMINDER_INTERVAL_MS = 15 * 60_000;
const ESCALATION_INTERVAL_MS = 60_000;

/**
 * Suspends the matches of volunteers whose screening lapsed (SCR-4) and queues due reminders, at
 * start (so what fell due while the server was down happens now) and every 15 minutes. Each reminder has a key, so several instances running this add nothing twice.
 */
function startReminderJob(orm: Parameters<typeof queueDueReminders>[0], clock: Clock, log: ReturnType<typeof createLog>, evaluation: Parameters<typeof queueEvaluationInvitations>[2]) {
  const job = async () => {
    // SCR-4 first, so a match whose volunteer's VOG expired today gets no reminders.
    const suspended = await suspendUnscreenedMatches(orm, clock);
    if (suspended > 0) log.info({ suspended }, 'matches suspended: screening no longer valid');
    // Evaluation questionnaires due today (mid-term, final) and their one reminder (DOMAIN.md §7, EVA-1).
    const evaluations = await queueEvaluationInvitations(orm, clock, evaluation);
    return evaluations + (await queueDueReminders(orm, clock));
  };
  return startPeriodicJob(job, REMINDER_INTERVAL_MS, log, 'reminders queued', 'queueing reminders failed');
}

/**
 * SAF-3 (3): every minute, an acute concern nobody acknowledged in the programme's minutes goes to
 * the next person in line (`escalateConcernAlerts`, on the server's clock).
 */
function startConcernEscalationJob(orm: Parameters<typeof escalateConcernAlerts>[0], clock: Clock, publicUrl: string, log: ReturnType<typeof createLog>) {
  return startPeriodicJob(() => escalateConcernAlerts(orm, clock, publicUrl), ESCALATION_INTERVAL_MS, log, 'unacknowledged acute concerns escalated', 'escalating concerns failed');
}

const RETENTION_CHECK_INTERVAL_MS = 60 * 60_000;

/**
 * The retention schedule (references part (d)): checked at start and every hour, applied once per
 * Dutch day (`applyRetentionIfDue`), by one instance at a time (its lease). Logs counts only.
 */
function startRetentionJob(orm: Parameters<typeof applyRetentionIfDue>[0], clock: Clock, log: ReturnType<typeof createLog>) {
  const job = async () => {
    const counts = await applyRetentionIfDue(orm, clock);
    if (counts) log.info({ counts }, 'retention applied');
    return 0;
  };
  return startPeriodicJob(job, RETENTION_CHECK_INTERVAL_MS, log, 'retention applied', 'applying retention failed');
}

/** Runs a job at start and then every `intervalMs`, never two runs at once; logs how many it did. */
function startPeriodicJob(job: () => Promise<number>, intervalMs: number, log: ReturnType<typeof createLog>, done: string, failed: string) {
  let running: Promise<unknown> | null = null;
  const run = () => {
    running ??= job()
      .then((count) => count > 0 && log.info({ count }, done))
      .catch((error: unknown) => log.error({ error: String(error) }, failed))
      .finally(() => (running = null));
  };
  run();
  const timer = setInterval(run, intervalMs);
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}

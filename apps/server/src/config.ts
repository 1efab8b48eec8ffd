import { resolve } from 'node:path';
import { z } from 'zod';
import { parseDatabaseUrl, parseInstant, type DatabaseSettings } from '@driehoek/db';

const isInstant = (value: string) => {
  try {
    parseInstant(value);
    return true;
  } catch {
    return false;
  }
};

/** The repository root, found from this file (src/ in development, dist/ when bundled). */
const repoRoot = resolve(import.meta.dirname, '..', '..', '..');

const flag = z.enum(['true', 'false', '1', '0']).transform((value) => value === 'true' || value === '1');
const milliseconds = (fallback: number) => z.coerce.number().int().min(1).max(3_600_000).default(fallback);

/**
 * Configuration from environment variables, validated at start-up. Every default runs on one
 * machine with no set-up: SQLite under data/, the development outbox, demo data.
 */
const schema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    HOST: z.string().default('127.0.0.1'),
    PORT: z.coerce.number().int().min(1).max(65535).default(3000),
    DATABASE_URL: z.string().min(1).default(resolve(repoRoot, 'data', 'driehoek.sqlite')),
    /**
     * Create the database when it does not exist. Off unless asked for (default: on only for a
     * SQLite file outside production, so `npm start` works on a fresh machine), so a misspelt name
     * stops the server instead of serving a new, empty database.
     */
    DATABASE_CREATE: flag.optional(),
    /**
     * PostgreSQL: the most connections this instance opens. 30: under load (200 parents, issue 11's
     * benchmark) 10 made requests queue for a connection while PostgreSQL answered others; mind
     * `max_connections` (100 by default) across instances.
     */
    DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(30),
    /** How long a request waits for a database connection (SQLite: for the write lock) before it fails. */
    DATABASE_ACQUIRE_TIMEOUT_MS: milliseconds(5_000),
    /** PostgreSQL: a statement running longer is cancelled (`statement_timeout`). */
    DATABASE_STATEMENT_TIMEOUT_MS: milliseconds(15_000),
    /** A request not answered by then gets 503, so nothing waits for ever. */
    REQUEST_TIMEOUT_MS: milliseconds(30_000),
    /** `/readyz` answers 503 when the database has not answered by then. */
    READINESS_TIMEOUT_MS: milliseconds(2_000),
    /** On SIGTERM, how long in-flight requests may take to finish before the server closes anyway. */
    SHUTDOWN_TIMEOUT_MS: milliseconds(10_000),
    REDIS_URL: z.url().optional(),
    PUBLIC_URL: z.url().optional(),
    SMTP_URL: z.string().regex(/^smtps?:\/\//, 'SMTP_URL must start with smtp:// or smtps://').optional(),
    MAIL_FROM: z.string().default('Driehoek <no-reply@driehoek.invalid>'),
    DEMO_DATA: flag.optional(),
    TRUST_PROXY: flag.default(false),
    /** 'pdok' geocodes postcodes with the Dutch public geocoder; 'offline' with the built-in approximate table. */
    GEOCODER: z.enum(['offline', 'pdok']).default('offline'),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    APPS_DIR: z.string().default(resolve(repoRoot, 'apps')),
    /**
     * EVA-2: the key of evaluation's pseudonymous respondent keys and questionnaire links (at least
     * 32 characters, from a secrets manager). Required in production; elsewhere a development key.
     * Changing it ends the link between a person and the answers they gave.
     */
    EVALUATION_KEY_SECRET: z.string().min(32).optional(),
    /**
     * Fixes the server's clock at an instant (`2026-12-06T23:30:00+01:00`) for tests and demos; the
     * tests run the whole suite at awkward instants with it. Refused in production.
     */
    DRIEHOEK_NOW: z
      .string()
      .optional()
      .refine((value) => value === undefined || isInstant(value), 'DRIEHOEK_NOW must be an instant with an offset, such as 2026-12-06T23:30:00+01:00'),
  })
  .refine((env) => !(env.NODE_ENV === 'production' && !env.EVALUATION_KEY_SECRET), { path: ['EVALUATION_KEY_SECRET'], message: 'EVALUATION_KEY_SECRET is required in production' })
  .refine((env) => !(env.NODE_ENV === 'production' && env.DRIEHOEK_NOW), { path: ['DRIEHOEK_NOW'], message: 'DRIEHOEK_NOW fixes the clock and is not allowed in production' })
  .transform((env) => {
    const publicUrl = env.PUBLIC_URL ?? `http://localhost:${env.PORT}`;
    const sqliteFile = parseDatabaseUrl(env.DATABASE_URL).dialect === 'sqlite';
    return {
      ...env,
      PUBLIC_URL: publicUrl,
      EVALUATION_KEY_SECRET: env.EVALUATION_KEY_SECRET ?? 'development evaluation key: set EVALUATION_KEY_SECRET in production',
      COOKIE_SECURE: publicUrl.startsWith('https://'),
      DEMO_DATA: env.DEMO_DATA ?? env.NODE_ENV !== 'production',
      DATABASE_CREATE: env.DATABASE_CREATE ?? (sqliteFile && env.NODE_ENV !== 'production'),
    };
  });

export type Config = z.infer<typeof schema>;

/** Reads the configuration or stops with a list of what is wrong, naming the variables. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const result = schema.safeParse(env);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`).join('\n');
  throw new Error(`Invalid configuration:\n${problems}`);
}

/** The database settings in the config, for `openDatabase`. */
export function databaseSettings(config: Config, onConnectionFault?: DatabaseSettings['onConnectionFault']): DatabaseSettings {
  return {
    poolSize: config.DATABASE_POOL_SIZE,
    acquireTimeoutMs: config.DATABASE_ACQUIRE_TIMEOUT_MS,
    statementTimeoutMs: config.DATABASE_STATEMENT_TIMEOUT_MS,
    create: config.DATABASE_CREATE,
    onConnectionFault,
  };
}

import { resolve } from 'node:path';
import { z } from 'zod';
import { parseInstant } from '@driehoek/db';

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
     * Fixes the server's clock at an instant (`2026-12-06T23:30:00+01:00`) for tests and demos; the
     * tests run the whole suite at awkward instants with it. Refused in production.
     */
    DRIEHOEK_NOW: z
      .string()
      .optional()
      .refine((value) => value === undefined || isInstant(value), 'DRIEHOEK_NOW must be an instant with an offset, such as 2026-12-06T23:30:00+01:00'),
  })
  .refine((env) => !(env.NODE_ENV === 'production' && env.DRIEHOEK_NOW), { path: ['DRIEHOEK_NOW'], message: 'DRIEHOEK_NOW fixes the clock and is not allowed in production' })
  .transform((env) => {
    const publicUrl = env.PUBLIC_URL ?? `http://localhost:${env.PORT}`;
    return {
      ...env,
      PUBLIC_URL: publicUrl,
      COOKIE_SECURE: publicUrl.startsWith('https://'),
      DEMO_DATA: env.DEMO_DATA ?? env.NODE_ENV !== 'production',
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

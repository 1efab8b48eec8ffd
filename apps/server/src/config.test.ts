import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.js';

describe('DRIEHOEK_NOW, the fixed clock for tests and demos', () => {
  it('takes an instant with an offset', () => {
    expect(loadConfig({ DRIEHOEK_NOW: '2026-12-06T23:30:00+01:00' }).DRIEHOEK_NOW).toBe('2026-12-06T23:30:00+01:00');
    expect(loadConfig({}).DRIEHOEK_NOW).toBeUndefined();
  });

  it('refuses a local time without an offset, which would be a different instant on every machine', () => {
    expect(() => loadConfig({ DRIEHOEK_NOW: '2026-12-06T23:30:00' })).toThrow(/DRIEHOEK_NOW must be an instant with an offset/);
    expect(() => loadConfig({ DRIEHOEK_NOW: 'tomorrow' })).toThrow(/DRIEHOEK_NOW/);
  });

  it('is refused in production, where a stopped clock would stop reminders and expire nothing', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', DRIEHOEK_NOW: '2026-12-06T23:30:00+01:00' })).toThrow(/not allowed in production/);
  });
});

describe('EVA-2: the key of the pseudonymous evaluation keys', () => {
  it('is required in production and at least 32 characters', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/EVALUATION_KEY_SECRET is required in production/);
    expect(() => loadConfig({ EVALUATION_KEY_SECRET: 'too short' })).toThrow();
    expect(loadConfig({}).EVALUATION_KEY_SECRET.length).toBeGreaterThanOrEqual(32);
  });
});

describe('finding 7: the database is created only when asked', () => {
  it('creates a SQLite file outside production (npm start on a fresh machine), and nothing else unless DATABASE_CREATE says so', () => {
    expect(loadConfig({}).DATABASE_CREATE).toBe(true);
    expect(loadConfig({ NODE_ENV: 'production', EVALUATION_KEY_SECRET: 'a production key of at least thirty-two characters' }).DATABASE_CREATE).toBe(false);
    expect(loadConfig({ DATABASE_URL: 'postgres://db.example/driehoek' }).DATABASE_CREATE).toBe(false);
    expect(loadConfig({ DATABASE_URL: 'postgres://db.example/driehoek', DATABASE_CREATE: 'true' }).DATABASE_CREATE).toBe(true);
  });
});

describe('finding 1: pool size and time limits from the environment', () => {
  it('has defaults that bound every wait, and reads the variables', () => {
    const defaults = loadConfig({});
    expect([defaults.DATABASE_POOL_SIZE, defaults.DATABASE_ACQUIRE_TIMEOUT_MS, defaults.DATABASE_STATEMENT_TIMEOUT_MS, defaults.REQUEST_TIMEOUT_MS, defaults.READINESS_TIMEOUT_MS, defaults.SHUTDOWN_TIMEOUT_MS]).toEqual([30, 5_000, 15_000, 30_000, 2_000, 10_000]);
    const set = loadConfig({ DATABASE_POOL_SIZE: '25', DATABASE_ACQUIRE_TIMEOUT_MS: '800', REQUEST_TIMEOUT_MS: '9000' });
    expect([set.DATABASE_POOL_SIZE, set.DATABASE_ACQUIRE_TIMEOUT_MS, set.REQUEST_TIMEOUT_MS]).toEqual([25, 800, 9_000]);
    expect(() => loadConfig({ DATABASE_POOL_SIZE: '0' })).toThrow(/DATABASE_POOL_SIZE/);
    expect(() => loadConfig({ REQUEST_TIMEOUT_MS: 'soon' })).toThrow(/REQUEST_TIMEOUT_MS/);
  });
});

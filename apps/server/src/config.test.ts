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

import { describe, expect, it } from 'vitest';
import { DatabaseBusyError } from '@driehoek/db';
import { databaseUnavailable } from './database-unavailable.js';

describe('finding 1: a database that is down or busy answers 503, not 500', () => {
  it('knows the transient database errors, also wrapped (MikroORM copies the code onto its own exception)', () => {
    expect(databaseUnavailable(new DatabaseBusyError(5000))).toBe(true);
    const wrapped = Object.assign(new Error('No database connection came free within 5000 ms'), { name: 'DriverException', code: 'DATABASE_BUSY' });
    expect(databaseUnavailable(new Error('procedure failed', { cause: wrapped }))).toBe(true);
    expect(databaseUnavailable(Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' }))).toBe(true);
    expect(databaseUnavailable(Object.assign(new Error('canceling statement due to statement timeout'), { code: '57014' }))).toBe(true);
    expect(databaseUnavailable(new Error('Connection terminated unexpectedly'))).toBe(true);
  });

  it('leaves real failures alone: a constraint, a bug', () => {
    expect(databaseUnavailable(Object.assign(new Error('duplicate key value violates unique constraint'), { code: '23505' }))).toBe(false);
    expect(databaseUnavailable(Object.assign(new Error('UNIQUE constraint failed: t.x'), { code: 'SQLITE_CONSTRAINT_UNIQUE' }))).toBe(false);
    expect(databaseUnavailable(new TypeError("Cannot read properties of undefined (reading 'id')"))).toBe(false);
    expect(databaseUnavailable(undefined)).toBe(false);
  });
});

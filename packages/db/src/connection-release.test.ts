import { describe, expect, it } from 'vitest';
import type { DatabaseConnection, Dialect, Driver } from 'kysely';
import { DatabaseBusyError, releasingDialect } from './connection-release.js';

/** A driver that fails where it is told to and counts what is handed out and given back. */
function fakeDialect(fail: { begin?: boolean; commit?: boolean; rollback?: boolean }) {
  const connection: DatabaseConnection = { executeQuery: async () => ({ rows: [] }), streamQuery: async function* () {} };
  const counts = { acquired: 0, released: 0 };
  const boom = (what: string) => Promise.reject(new Error(`${what} failed`));
  const driver: Driver = {
    init: async () => {},
    acquireConnection: async () => (counts.acquired++, connection),
    releaseConnection: async () => void counts.released++,
    beginTransaction: async () => (fail.begin ? boom('begin') : undefined),
    commitTransaction: async () => (fail.commit ? boom('commit') : undefined),
    rollbackTransaction: async () => (fail.rollback ? boom('rollback') : undefined),
    destroy: async () => {},
  };
  const dialect = { createDriver: () => driver, createAdapter: () => ({}), createQueryCompiler: () => ({}), createIntrospector: () => ({}) } as unknown as Dialect;
  return { dialect, connection, counts };
}

describe('finding 1: connections are given back whatever fails', () => {
  it('finding 1: a rollback that fails after a failed commit counts as done, so Kysely releases the connection (discarded first)', async () => {
    const { dialect, connection, counts } = fakeDialect({ commit: true, rollback: true });
    const discarded: DatabaseConnection[] = [];
    const faults: unknown[] = [];
    const driver = releasingDialect(dialect, { acquireTimeoutMs: 100, discard: (c) => void discarded.push(c), onRollbackFailure: (e) => faults.push(e) }).createDriver();
    const acquired = await driver.acquireConnection();
    await driver.beginTransaction(acquired, {});
    await expect(driver.commitTransaction(acquired)).rejects.toThrow('commit failed');
    await expect(driver.rollbackTransaction(acquired)).resolves.toBeUndefined();
    expect(discarded).toEqual([connection]);
    expect(faults).toHaveLength(1);
    await driver.releaseConnection(acquired);
    expect(counts).toEqual({ acquired: 1, released: 1 });
  });

  it('finding 1: a failed begin gives the connection back at once, and a later release is not a second one', async () => {
    const { dialect, counts } = fakeDialect({ begin: true });
    const driver = releasingDialect(dialect, { acquireTimeoutMs: 100, singleConnection: true }).createDriver();
    const acquired = await driver.acquireConnection();
    await expect(driver.beginTransaction(acquired, {})).rejects.toThrow('begin failed');
    expect(counts).toEqual({ acquired: 1, released: 1 });
    // the single connection is free again…
    const again = await driver.acquireConnection();
    await driver.releaseConnection(again);
    expect(counts).toEqual({ acquired: 2, released: 2 });
  });

  it('finding 1: the single connection is handed out in turn, and a wait past the acquire timeout fails with DatabaseBusyError', async () => {
    const { dialect } = fakeDialect({});
    const driver = releasingDialect(dialect, { acquireTimeoutMs: 50, singleConnection: true }).createDriver();
    const held = await driver.acquireConnection();
    await expect(driver.acquireConnection()).rejects.toBeInstanceOf(DatabaseBusyError);
    const waiting = driver.acquireConnection();
    await driver.releaseConnection(held);
    await expect(waiting).resolves.toBe(held);
  });
});

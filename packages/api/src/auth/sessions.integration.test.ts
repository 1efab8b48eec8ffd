import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseSessionStore } from './sessions.js';
import { openTestWorld, type TestWorld } from '../testing/harness.js';

let world: TestWorld;
beforeAll(async () => {
  world = await openTestWorld();
});
afterAll(async () => {
  await world?.close();
});

describe('the database session store (looked up as a plain row)', () => {
  it('finds a session by its token with its owner and expiry as a Date, and nothing for an unknown token or after the expiry', async () => {
    const store = databaseSessionStore(() => world.orm.em.fork());
    const now = world.services.clock.now();
    const { token, expiresAt } = await store.create({ kind: 'family', id: 'f0000000-0000-4000-8000-000000000001' }, now);
    const found = await store.find(token, now);
    expect(found).toEqual({ kind: 'family', id: 'f0000000-0000-4000-8000-000000000001', expiresAt });
    expect(found?.expiresAt).toBeInstanceOf(Date);
    expect(await store.find(`${token}x`, now)).toBeNull();
    expect(await store.find(token, expiresAt)).toBeNull();
    await store.destroy(token);
    expect(await store.find(token, now)).toBeNull();
  });
});

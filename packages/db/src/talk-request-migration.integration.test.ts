import { describe, expect, it } from 'vitest';
import { CheckIn, MeetingLog, StaffMember, TalkRequest } from './entities/index.js';
import { fixedClock, parseInstant } from './clock.js';
import { openDatabase, parseDatabaseUrl, type DatabaseTarget } from './orm.js';
import { postgresqlMigrations } from './migrations/postgresql/index.js';
import { sqliteMigrations } from './migrations/sqlite/index.js';
import { createScratchDatabase } from './scratch-database.js';
import { seedDemo } from './seed/demo.js';

async function scratchTarget(): Promise<{ target: DatabaseTarget; drop(): Promise<void> }> {
  const url = process.env.TEST_DATABASE_URL;
  if (url && parseDatabaseUrl(url).dialect === 'postgresql') {
    const scratch = await createScratchDatabase(url, 'driehoek_talk_migration');
    return { target: { dialect: 'postgresql', location: scratch.url }, drop: scratch.drop };
  }
  return { target: { dialect: 'sqlite', location: ':memory:' }, drop: async () => {} };
}

const services = {
  today: '2026-11-23',
  hashPassword: async () => 'not-a-hash',
  locate: async () => null,
  notice: () => ({ versionId: 'v', contentHash: 'h' }),
};

describe('the talk_requests migration', () => {
  it('carries the requests already written over: open, unless a check-in was recorded after the request was written', async () => {
    const { target, drop } = await scratchTarget();
    const orm = await openDatabase(target, { clock: fixedClock(parseInstant('2026-11-23T10:00:00+01:00')) });
    try {
      await seedDemo(orm, services);
      // Back to before talk_requests (and the migrations after it), then up again.
      const list = target.dialect === 'postgresql' ? postgresqlMigrations : sqliteMigrations;
      const previous = list[list.findIndex((m) => m.name.endsWith('_talk_requests')) - 1]!.name;
      const beforeTalkRequests = () => orm.migrator.down({ to: previous });
      const log = await orm.em.fork().findOneOrFail(MeetingLog, { wantsToTalkToCoordinator: true });

      // As before the migration: the request only a flag on the log, the check-in recorded before it.
      await beforeTalkRequests();
      await orm.migrator.up();
      let [carried] = await orm.em.fork().find(TalkRequest, {});
      expect(carried).toMatchObject({ id: log.id, meetingOn: log.date, answeredAt: null, answeredById: null });
      expect(carried!.writtenAt.getTime()).toBe(log.createdAt.getTime());

      // A check-in recorded after the request was written, dated on or after its meeting, answered it.
      await beforeTalkRequests();
      const checkIn = await orm.em.fork().findOneOrFail(CheckIn, { match: log.match.id });
      const later = new Date(log.createdAt.getTime() + 3_600_000);
      await orm.em.fork().nativeUpdate(CheckIn, { id: checkIn.id }, { createdAt: later, on: log.date });
      await orm.migrator.up();
      [carried] = await orm.em.fork().find(TalkRequest, {});
      const coordinator = await orm.em.fork().findOneOrFail(StaffMember, { id: checkIn.byId });
      expect(carried).toMatchObject({ id: log.id, answeredById: coordinator.id, answeredByName: coordinator.name, note: null });
      expect(carried!.answeredAt?.getTime()).toBe(later.getTime());
    } finally {
      await orm.close(true);
      await drop();
    }
  });
});

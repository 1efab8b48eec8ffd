import { afterEach, describe, expect, it } from 'vitest';
import { MikroORM } from '@mikro-orm/core';
import type { AbstractSqlDriver } from '@mikro-orm/sql';
import { programmeSettingsFromTemplate } from '@driehoek/domain/programme';
import { ormOptions, parseDatabaseUrl, type DatabaseTarget, type Orm } from './orm.js';
import { createScratchDatabase } from './scratch-database.js';
import { seedDemo } from './seed/demo.js';
import { newId } from './entities/id.js';
import { sqliteMigrations } from './migrations/sqlite/index.js';
import { postgresqlMigrations } from './migrations/postgresql/index.js';

const testUrl = process.env.TEST_DATABASE_URL;
const onPostgres = Boolean(testUrl && parseDatabaseUrl(testUrl).dialect === 'postgresql');
const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function scratch(): Promise<DatabaseTarget> {
  if (!onPostgres) return { dialect: 'sqlite', location: ':memory:' };
  const db = await createScratchDatabase(testUrl!, 'driehoek_issue9_enum_casing');
  cleanups.push(db.drop);
  return parseDatabaseUrl(db.url);
}

/**
 * The database as it was just before enum-casing, holding the demo seed: seeded with today's
 * entities at the latest migration, then migrated down one step at a time (so later migrations,
 * which today's entities need, come and go around it).
 */
async function openBeforeEnumCasing(target: DatabaseTarget): Promise<Orm> {
  const orm = await MikroORM.init<AbstractSqlDriver>(ormOptions(target) as never);
  cleanups.push(() => orm.close(true));
  await orm.migrator.up();
  await seedDemo(orm, services);
  await downToBeforeEnumCasing(orm, target);
  return orm;
}

async function downToBeforeEnumCasing(orm: Orm, target: DatabaseTarget): Promise<void> {
  const list = target.dialect === 'postgresql' ? postgresqlMigrations : sqliteMigrations;
  const before = list[list.findIndex((migration) => migration.name.endsWith('_enum_casing')) - 1]!.name;
  while ((await orm.migrator.getExecuted()).at(-1)?.name !== before) await orm.migrator.down();
}

const services = {
  today: '2026-12-01',
  hashPassword: async () => 'not-a-real-hash',
  locate: async () => null,
  notice: () => ({ versionId: 'notice-v1', contentHash: 'f'.repeat(64) }),
} as const;

/** The thuisschoolmaatje settings as they were stored before: purposes in SCREAMING_CASE. */
const OLD_PURPOSE: Record<string, string> = {
  mentoring: 'MENTORING', shareContactDetails: 'SHARE_CONTACT_DETAILS', shareWithSchool: 'SHARE_WITH_SCHOOL', evaluation: 'EVALUATION', photoMedia: 'PHOTO_MEDIA',
};
function oldSettings() {
  const settings = programmeSettingsFromTemplate('thuisschoolmaatje');
  return { ...settings, consent: { ...settings.consent, purposes: settings.consent.purposes.map((p) => ({ ...p, purpose: OLD_PURPOSE[p.purpose] })) } };
}

const json = (value: unknown): unknown => (typeof value === 'string' ? JSON.parse(value) : value);

describe('the enum-casing migration', () => {
  it('rewrites stored SCREAMING_CASE consent and screening values to camelCase, and back on down', async () => {
    const target = await scratch();
    const orm = await openBeforeEnumCasing(target);
    const connection = orm.em.getConnection();
    const asJson = target.dialect === 'postgresql' ? '?::jsonb' : '?';
    const one = async (sql: string, params: unknown[] = []) => (await connection.execute(sql, params))[0] as Record<string, unknown>;

    const consent = await one('select "id", "organisation_id", "pupil_id", "recorded_by_id" from "consent" order by "id" limit 1');
    const member = await one('select "id" from "family_member" where "pupil_id" = ? limit 1', [consent.pupil_id]);
    const programme = await one('select "id" from "programme" where "template" = ? limit 1', ['thuisschoolmaatje']);
    const volunteer = await one('select "id" from "volunteer" order by "id" limit 1');

    await connection.execute(
      `update "consent" set "purpose" = ?, "recipients" = ${asJson}, "giver_role" = ?, "legal_basis_giver" = ?, "authority_verification_method" = ?, "decision" = ?, "method" = ?, "recorded_by_role" = ?, "status" = ?, "withdrawn_by_role" = ?, "withdrawal_channel" = ? where "id" = ?`,
      ['SHARE_CONTACT_DETAILS', JSON.stringify(['MATCHED_VOLUNTEER', 'SCHOOL', 'FUNDER_AGGREGATED']), 'PARENT_WITH_AUTHORITY', 'GUARDIAN', 'SIGNED_FORM_CHECKED_AGAINST_ID', 'GIVEN', 'IN_PERSON', 'SCHOOL_MENTOR', 'WITHDRAWN', 'GIVER', 'PORTAL', consent.id],
    );
    const attemptId = newId();
    await connection.execute(
      'insert into "contact_attempt" ("id", "organisation_id", "pupil_id", "family_member_id", "on", "channel", "result", "recorded_by_id") values (?, ?, ?, ?, ?, ?, ?, ?)',
      [attemptId, consent.organisation_id, consent.pupil_id, member.id, '2026-11-20', 'LETTER', 'CONTACT_DETAILS_WRONG', consent.recorded_by_id],
    );
    const notificationId = newId();
    await connection.execute(
      `insert into "family_notification" ("id", "organisation_id", "pupil_id", "notified_person_name", "relationship", "notified_on", "notified_by_id", "notified_by_role", "channel", "content_summary", "reason_parents_unreachable", "guardian_contact_attempts") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ${asJson})`,
      [notificationId, consent.organisation_id, consent.pupil_id, 'Oma', 'grandmother', '2026-11-25', consent.recorded_by_id, 'COORDINATOR', 'PHONE', 'Extra support', 'No answer twice',
        JSON.stringify([{ guardianId: member.id, on: '2026-11-20', channel: 'EMAIL', result: 'NO_ANSWER' }, { guardianId: member.id, on: '2026-11-22', channel: 'PAPER', result: 'LANGUAGE_BARRIER' }])],
    );
    await connection.execute(`update "programme" set "settings" = ${asJson} where "id" = ?`, [JSON.stringify(oldSettings()), programme.id]);
    await connection.execute('update "volunteer" set "vog_result" = ? where "id" = ?', ['NOT_PROVIDED', volunteer.id]);

    const read = async () => ({
      consent: await one('select "purpose", "recipients", "giver_role", "legal_basis_giver", "authority_verification_method", "decision", "method", "recorded_by_role", "status", "withdrawn_by_role", "withdrawal_channel" from "consent" where "id" = ?', [consent.id]),
      attempt: await one('select "channel", "result" from "contact_attempt" where "id" = ?', [attemptId]),
      notification: await one('select "notified_by_role", "channel", "guardian_contact_attempts" from "family_notification" where "id" = ?', [notificationId]),
      purposes: (json((await one('select "settings" from "programme" where "id" = ?', [programme.id])).settings) as ReturnType<typeof oldSettings>).consent.purposes.map((p) => p.purpose),
      vogResult: (await one('select "vog_result" from "volunteer" where "id" = ?', [volunteer.id])).vog_result,
    });

    await orm.migrator.up();
    const after = await read();
    expect({ ...after.consent, recipients: json(after.consent.recipients) }).toEqual({
      purpose: 'shareContactDetails', recipients: ['matchedVolunteer', 'school', 'funderAggregated'], giver_role: 'parentWithAuthority', legal_basis_giver: 'guardian',
      authority_verification_method: 'signedFormCheckedAgainstId', decision: 'given', method: 'inPerson', recorded_by_role: 'schoolMentor', status: 'withdrawn',
      withdrawn_by_role: 'giver', withdrawal_channel: 'portal',
    });
    expect(after.attempt).toEqual({ channel: 'letter', result: 'contactDetailsWrong' });
    expect({ ...after.notification, guardian_contact_attempts: json(after.notification.guardian_contact_attempts) }).toEqual({
      notified_by_role: 'coordinator', channel: 'phone',
      guardian_contact_attempts: [{ guardianId: member.id, on: '2026-11-20', channel: 'email', result: 'noAnswer' }, { guardianId: member.id, on: '2026-11-22', channel: 'paper', result: 'languageBarrier' }],
    });
    expect(after.purposes).toEqual(programmeSettingsFromTemplate('thuisschoolmaatje').consent.purposes.map((p) => p.purpose));
    expect(after.purposes).toContain('mentoring');
    expect(after.vogResult).toBe('notProvided');
    // The rows the seed wrote in the new casing stay as they are.
    const seeded = await one('select count(*) as "n" from "consent" where "purpose" = ? and "id" <> ?', ['mentoring', consent.id]);
    expect(Number(seeded.n)).toBeGreaterThan(0);

    await downToBeforeEnumCasing(orm, target);
    const before = await read();
    expect(before.consent).toMatchObject({ purpose: 'SHARE_CONTACT_DETAILS', giver_role: 'PARENT_WITH_AUTHORITY', legal_basis_giver: 'GUARDIAN', decision: 'GIVEN', status: 'WITHDRAWN', withdrawal_channel: 'PORTAL' });
    expect(json(before.consent.recipients)).toEqual(['MATCHED_VOLUNTEER', 'SCHOOL', 'FUNDER_AGGREGATED']);
    expect(before.attempt).toEqual({ channel: 'LETTER', result: 'CONTACT_DETAILS_WRONG' });
    expect(json(before.notification.guardian_contact_attempts)).toEqual([
      { guardianId: member.id, on: '2026-11-20', channel: 'EMAIL', result: 'NO_ANSWER' }, { guardianId: member.id, on: '2026-11-22', channel: 'PAPER', result: 'LANGUAGE_BARRIER' },
    ]);
    expect(before.purposes).toEqual(oldSettings().consent.purposes.map((p) => p.purpose));
    expect(before.vogResult).toBe('NOT_PROVIDED');
  });
});

/**
 * The coordinator's attention list (Vandaag) at national scale: 3,000 running matches with 150,000 meeting logs
 * and their check-ins, on SQLite (a file) and on PostgreSQL (when reachable). Prints the time of
 * `attention.list` as the api answers it (median of 5 after one warm-up).
 *
 *   pnpm --filter @driehoek/server bench            (PostgreSQL at BENCH_DATABASE_URL or 127.0.0.1:5432/test)
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CheckIn, Match, MeetingLog, Organisation, Programme, Pupil, School, Volunteer, createScratchDatabase, newId, openDatabase, type DatabaseTarget } from '@driehoek/db';
import { addDays } from '@driehoek/domain/calendar';
import { programmeSettingsFromTemplate } from '@driehoek/domain/programme';
import { attentionListOf } from '@driehoek/api/features/attention/index';

const MATCHES = 3_000;
const LOGS_PER_MATCH = 50;
const TODAY = '2026-11-23';

async function fill(target: DatabaseTarget) {
  const orm = await openDatabase(target);
  const em = orm.em.fork();
  const organisation = em.create(Organisation, { name: 'Nationaal' });
  const programme = em.create(Programme, { organisation, name: "School's cool", template: 'schoolsCool', settings: programmeSettingsFromTemplate('schoolsCool') });
  const school = em.create(School, { organisation, name: 'School', city: 'Utrecht' });
  await em.flush();
  for (let batch = 0; batch < MATCHES; batch += 250) {
    const fork = orm.em.fork();
    for (let i = batch; i < batch + 250; i++) {
      const volunteer = fork.create(Volunteer, {
        organisation: organisation.id, programme: programme.id, firstName: `V${i}`, lastName: 'Vrijwilliger', email: `v${i}@example.org`, emailNormalised: `v${i}@example.org`,
        phone: '0612345678', postcode: '3511 AB', birthDate: '1980-01-01', languages: ['nl'], availability: [{ day: 'tuesday', part: 'evening' }], motivation: '-', channel: 'other',
        employer: null, privacyTextVersion: '1', privacyConsentAt: new Date(), locale: 'nl', appliedOn: '2025-01-01', statusTokenHash: newId().replaceAll('-', '').padEnd(64, '0'),
        gender: 'female', skills: ['planning'], capacity: 1,
      });
      const pupil = fork.create(Pupil, {
        organisation: organisation.id, programme: programme.id, school: school.id, firstName: `P${i}`, lastName: 'Leerling', birthDate: '2013-01-01', schoolYear: '1', vulnerabilityReasons: ['other'],
        helpRequest: '-', homeLanguages: ['nl'], postcode: '3511 AB', nominatedById: 'x', nominatedOn: '2025-06-01', closedOn: null, needs: ['planning'], availability: [{ day: 'tuesday', part: 'evening' }], genderPreference: null,
      });
      const startedOn = addDays(TODAY, -(LOGS_PER_MATCH * 7 + (i % 30)));
      const match = fork.create(Match, {
        organisation: organisation.id, programme: programme.id, volunteer, pupil, source: 'batch', proposedOn: addDays(startedOn, -20), proposedById: 'x',
        agreements: { volunteer: startedOn, family: startedOn }, signatures: [], weeklyTime: { slots: [{ weekday: 'tuesday', time: '19:00' }], format: 'faceToFace', agreedOn: startedOn },
        startedOn, gettingToKnowUntil: addDays(startedOn, 42), scheduleExceptions: [],
      });
      for (let week = 0; week < LOGS_PER_MATCH; week++) {
        fork.create(MeetingLog, {
          organisation: organisation.id, match, date: addDays(startedOn, week * 7 + 1), form: 'faceToFace', durationMinutes: 60, whatWeDid: '-', wentWell: true, nextSteps: '-', challenge: null,
          wantsToTalkToCoordinator: week === LOGS_PER_MATCH - 1 && i % 50 === 0, plannedFor: null,
        });
      }
      fork.create(CheckIn, { organisation: organisation.id, match, on: addDays(TODAY, -(i % 40)), withWhom: 'volunteer', how: 'phone', notes: '-', byId: 'x', byName: 'x' });
    }
    await fork.flush();
  }
  return { orm, organisationId: organisation.id };
}

async function measure(label: string, target: DatabaseTarget) {
  const started = performance.now();
  const { orm, organisationId } = await fill(target);
  const filled = performance.now() - started;
  const times: number[] = [];
  let items = 0;
  for (let run = 0; run < 6; run++) {
    const t0 = performance.now();
    const view = await attentionListOf(orm.em.fork(), organisationId, undefined, TODAY);
    if (run > 0) times.push(performance.now() - t0);
    items = view.items.length;
  }
  times.sort((a, b) => a - b);
  console.log(`| ${label} | ${MATCHES} | ${MATCHES * LOGS_PER_MATCH} | ${items} | ${times[Math.floor(times.length / 2)]!.toFixed(0)} ms | ${(filled / 1000).toFixed(0)} s |`);
  await orm.close(true);
}

console.log('| database | running matches | meeting logs | items | attention.list (median of 5) | filling |');
console.log('|---|---|---|---|---|---|');
const dir = mkdtempSync(join(tmpdir(), 'driehoek-bench-'));
await measure('SQLite (file)', { dialect: 'sqlite', location: join(dir, 'bench.sqlite') });
rmSync(dir, { recursive: true, force: true });
const server = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
try {
  const scratch = await createScratchDatabase(server, 'driehoek_bench');
  try {
    await measure('PostgreSQL', { dialect: 'postgresql', location: scratch.url });
  } finally {
    await scratch.drop();
  }
} catch (error) {
  console.log(`| PostgreSQL | skipped: ${error instanceof Error ? error.message : String(error)} |`);
}

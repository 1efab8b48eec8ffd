/**
 * The reports at national scale: a national organisation of 10 regions with 3,000 running matches
 * and 150,000 meeting logs between them (the largest region holds 1,200 of the matches, so its
 * programme report and compliance dashboard are measured on a region of national size), on SQLite
 * (a file) and on PostgreSQL (when reachable). Prints the cold time (the first call on a freshly
 * opened database) and the warm time (median of 3 after it) of the programme report and the
 * compliance dashboard of the largest region, and of the national roll-up of all regions.
 * Not a test: it asserts nothing; it prints figures for the README (target: under 500 ms each).
 *
 *   pnpm --filter @driehoek/server bench:reports   (PostgreSQL at TEST_DATABASE_URL, BENCH_DATABASE_URL or 127.0.0.1:5432/test)
 *   BENCH_ONLY=sqlite|postgresql                    (one database)
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CheckIn, Match, MeetingLog, Organisation, Programme, Pupil, School, Volunteer, DEFAULT_DATABASE_SETTINGS, createScratchDatabase, fixedClock, newId, openDatabase, type DatabaseTarget } from '@driehoek/db';
import { addDays, addMonths } from '@driehoek/domain/calendar';
import { programmeSettingsFromTemplate } from '@driehoek/domain/programme';
import { programmeReportViewOf } from '@driehoek/api/features/reporting/programme-report';
import { complianceViewOf } from '@driehoek/api/features/reporting/compliance';
import { nationalRollUpOf } from '@driehoek/api/features/reporting/national';

const REGIONS = 10;
/** Matches per region: the first (largest) region 1,200, the other nine 200 each: 3,000 in all. */
const matchesOf = (region: number) => (region === 0 ? 1_200 : 200);
const LOGS_PER_MATCH = 50;
const TODAY = '2026-11-23';
const clock = fixedClock(new Date(`${TODAY}T10:00:00Z`));
const period = { from: addMonths(TODAY, -12), until: TODAY };
const only = process.env.BENCH_ONLY;

async function fillRegion(orm: Awaited<ReturnType<typeof openDatabase>>, national: string, region: number) {
  const em = orm.em.fork();
  const organisation = em.create(Organisation, { name: `Regio ${region + 1}`, parent: national });
  const programme = em.create(Programme, { organisation, name: "School's cool", template: 'schoolsCool', settings: programmeSettingsFromTemplate('schoolsCool') });
  const school = em.create(School, { organisation, name: 'School', city: 'Utrecht' });
  await em.flush();
  const count = matchesOf(region);
  for (let batch = 0; batch < count; batch += 200) {
    const fork = orm.em.fork();
    for (let i = batch; i < Math.min(count, batch + 200); i++) {
      const startedOn = addDays(TODAY, -(LOGS_PER_MATCH * 7 + (i % 30)));
      const key = `${region}-${i}`;
      const volunteer = fork.create(Volunteer, {
        organisation: organisation.id, programme: programme.id, firstName: `V${key}`, lastName: 'Vrijwilliger', email: `v${key}@example.org`, emailNormalised: `v${key}@example.org`,
        phone: '0612345678', postcode: '3511 AB', birthDate: `19${60 + (i % 40)}-01-01`, languages: ['nl'], availability: [{ day: 'tuesday', part: 'evening' }], motivation: '-',
        channel: (['employer', 'volunteerCentre', 'socialMedia', 'school'] as const)[i % 4]!, employer: null, privacyTextVersion: '1', privacyConsentAt: new Date(), locale: 'nl',
        appliedOn: addDays(startedOn, -(i % 60)), statusTokenHash: newId().replaceAll('-', '').padEnd(64, '0'), gender: i % 3 === 0 ? 'male' : 'female', skills: ['planning'], capacity: 1,
      });
      const pupil = fork.create(Pupil, {
        organisation: organisation.id, programme: programme.id, school: school.id, firstName: `P${key}`, lastName: 'Leerling', birthDate: `201${i % 4}-01-01`, schoolYear: '1', vulnerabilityReasons: ['other'],
        helpRequest: '-', homeLanguages: ['nl'], postcode: '3511 AB', nominatedById: 'x', nominatedOn: addDays(startedOn, -40), closedOn: null, needs: ['planning'], availability: [{ day: 'tuesday', part: 'evening' }], genderPreference: null,
      });
      const match = fork.create(Match, {
        organisation: organisation.id, programme: programme.id, volunteer, pupil, source: 'batch', proposedOn: addDays(startedOn, -20), proposedById: 'x',
        agreements: { volunteer: startedOn, family: startedOn }, signatures: [], weeklyTime: { slots: [{ weekday: 'tuesday', time: '19:00' }], format: 'faceToFace', agreedOn: startedOn },
        startedOn, gettingToKnowUntil: addDays(startedOn, 42), scheduleExceptions: [],
      });
      for (let week = 0; week < LOGS_PER_MATCH; week++) {
        fork.create(MeetingLog, {
          organisation: organisation.id, match, date: addDays(startedOn, week * 7 + 1), form: 'faceToFace', durationMinutes: 60, whatWeDid: '-', wentWell: true, nextSteps: '-', challenge: null,
          wantsToTalkToCoordinator: false, plannedFor: null,
        });
      }
      fork.create(CheckIn, { organisation: organisation.id, match, on: addDays(TODAY, -(i % 40)), withWhom: 'volunteer', how: 'phone', notes: '-', byId: 'x', byName: 'x' });
    }
    await fork.flush();
  }
  return { organisationId: organisation.id, programmeId: programme.id };
}

async function fill(target: DatabaseTarget) {
  const orm = await openDatabase(target, { settings: { ...DEFAULT_DATABASE_SETTINGS, create: true } });
  const em = orm.em.fork();
  const national = em.create(Organisation, { name: 'Nationaal' });
  await em.flush();
  const regions = [];
  for (let region = 0; region < REGIONS; region++) regions.push(await fillRegion(orm, national.id, region));
  await orm.close();
  return { nationalId: national.id, largest: regions[0]! };
}

/** The cold time (first call) and the warm time (median of the 3 after it), in ms. */
async function time(label: string, work: () => Promise<unknown>): Promise<[number, number]> {
  const times: number[] = [];
  for (let run = 0; run < 4; run++) {
    const t0 = performance.now();
    await work().catch((error: unknown) => {
      throw new Error(`${label}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
    });
    times.push(performance.now() - t0);
  }
  const warm = times.slice(1).sort((a, b) => a - b);
  return [times[0]!, warm[1]!];
}

const ms = ([cold, warm]: [number, number]) => `${cold.toFixed(0)} ms / ${warm.toFixed(0)} ms`;

async function measure(label: string, target: DatabaseTarget) {
  const started = performance.now();
  const { nationalId, largest } = await fill(target);
  const filled = performance.now() - started;
  // A freshly opened database: the first call of each report pays for the cold caches.
  const orm = await openDatabase(target);
  try {
    if (process.env.BENCH_ANALYZE === 'true') await orm.em.getConnection().execute('analyze');
    const report = await time('programme report', () => programmeReportViewOf(orm.em.fork(), clock, largest.organisationId, largest.programmeId, period));
    const compliance = await time('compliance', () => complianceViewOf(orm.em.fork(), clock, largest.organisationId, undefined, period));
    const rollUp = await time('national roll-up', () => nationalRollUpOf(orm.em.fork(), clock, nationalId, period));
    console.log(`| ${label} | ${ms(report)} | ${ms(compliance)} | ${ms(rollUp)} | ${(filled / 1000).toFixed(0)} s |`);
  } finally {
    await orm.close(true);
  }
}

const total = Array.from({ length: REGIONS }, (_, region) => matchesOf(region)).reduce((a, b) => a + b, 0);
console.log(`${total} running matches, ${total * LOGS_PER_MATCH} meeting logs, ${REGIONS} regions (the largest ${matchesOf(0)} matches); period ${period.from} – ${period.until}; cold / warm (median of 3)`);
console.log('| database | programme report (largest region) | compliance dashboard (largest region) | national roll-up (10 regions) | filling |');
console.log('|---|---|---|---|---|');
if (only !== 'postgresql') {
  const dir = mkdtempSync(join(tmpdir(), 'driehoek-bench-'));
  try {
    await measure('SQLite (file)', { dialect: 'sqlite', location: join(dir, 'bench.sqlite') });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
if (only !== 'sqlite') {
  const server = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
  try {
    const scratch = await createScratchDatabase(server, 'driehoek_bench_reports');
    try {
      await measure('PostgreSQL', { dialect: 'postgresql', location: scratch.url });
    } finally {
      await scratch.drop();
    }
  } catch (error) {
    console.log(`| PostgreSQL | skipped: ${error instanceof Error ? error.message : String(error)} |`);
  }
}

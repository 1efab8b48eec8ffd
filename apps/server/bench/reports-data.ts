/**
 * The national-scale data of the reports' benchmarks (`reports.bench.ts`, `roll-up.compare.ts`):
 * a national organisation of 10 regions with 3,000 running matches and 150,000 meeting logs (the
 * largest region 1,200 of the matches, 50 weekly logs each), and the 12-month period they report on.
 */
import { CheckIn, Match, MeetingLog, Organisation, Programme, Pupil, School, Volunteer, DEFAULT_DATABASE_SETTINGS, fixedClock, newId, openDatabase, type DatabaseTarget } from '@driehoek/db';
import { addDays, addMonths } from '@driehoek/domain/calendar';
import { programmeSettingsFromTemplate } from '@driehoek/domain/programme';

export const REGIONS = 10;
/** Matches per region: the first (largest) region 1,200, the other nine 200 each: 3,000 in all. */
export const matchesOf = (region: number) => (region === 0 ? 1_200 : 200);
export const LOGS_PER_MATCH = 50;
export const TODAY = '2026-11-23';
export const clock = fixedClock(new Date(`${TODAY}T10:00:00Z`));
export const period = { from: addMonths(TODAY, -12), until: TODAY };

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

/** Creates the schema and fills it; the national organisation's id and the largest region's ids. */
export async function fill(target: DatabaseTarget) {
  const orm = await openDatabase(target, { settings: { ...DEFAULT_DATABASE_SETTINGS, create: true } });
  const em = orm.em.fork();
  const national = em.create(Organisation, { name: 'Nationaal' });
  await em.flush();
  const regions = [];
  for (let region = 0; region < REGIONS; region++) regions.push(await fillRegion(orm, national.id, region));
  await orm.close();
  return { nationalId: national.id, largest: regions[0]! };
}

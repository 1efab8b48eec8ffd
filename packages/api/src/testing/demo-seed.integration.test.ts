import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CheckIn, Consent, FamilyNotification, Match, MeetingLog, ReferenceCheck } from '@driehoek/db';
import { checkMatchActivation } from '@driehoek/domain/consent';
import { activateMatch, checkNewMatch, isOpen, isRunning } from '@driehoek/domain/match';
import { checkMeetingLog } from '@driehoek/domain/meeting-log';
import type { MeetingFormat } from '@driehoek/domain/programme';
import { assessScreening, screeningRecordOn } from '@driehoek/domain/screening';
import { matchRecordOf } from '../features/match/index.js';
import { assessPupilConsent } from '../features/pupil/index.js';
import { screeningRecordOf } from '../features/screening/index.js';
import { TODAY, demoSignedIn, openDemoWorld, type TestWorld } from './harness.js';

let world: TestWorld;
beforeAll(async () => {
  world = await openDemoWorld();
});
afterAll(async () => {
  await world?.close();
});

describe('the demo data', () => {
  it('has pupils in every consent state, each valid by the domain rules', async () => {
    const coordinator = await demoSignedIn(world, 'coordinator@schoolscool.example');
    const pupils = await coordinator.pupils.list({});
    const byName = Object.fromEntries(pupils.map((p) => [p.firstName, p]));
    expect(byName.Amira).toMatchObject({ status: 'consentPending', consentNextStep: 'askPupil' });
    expect(byName.Emre).toMatchObject({ status: 'consentPending', consentNextStep: 'askParents' });
    expect(pupils.filter((p) => p.status === 'waiting').length).toBeGreaterThanOrEqual(4);
    expect(pupils.filter((p) => p.status === 'matched').map((p) => p.firstName).sort()).toEqual(['Lina', 'Noah', 'Yasmin']);
  });

  it('has applicants in every screening stage and ready volunteers in both programmes', async () => {
    const coordinator = await demoSignedIn(world, 'coordinator@schoolscool.example');
    const programmes = await coordinator.programmes.list();
    // The two programmes for pupils (the Parent'R'US one has its one volunteer in its match).
    for (const programme of programmes.filter((p) => p.template !== 'parentRus')) {
      const { counts } = await coordinator.applicants.list({ programmeId: programme.id });
      expect(counts.readyToMatch).toBeGreaterThanOrEqual(2);
    }
    const schoolsCool = programmes.find((p) => p.template === 'schoolsCool')!;
    const { counts } = await coordinator.applicants.list({ programmeId: schoolsCool.id });
    for (const stage of ['intakeInterview', 'referenceChecks', 'vog', 'codeOfConduct', 'training', 'rejected', 'withdrawn'] as const) {
      expect(counts[stage], stage).toBeGreaterThanOrEqual(1);
    }
  });

  describe('every rule it demonstrates holds in the demo data, by the domain\'s own rules', () => {
    /** The demo's matches with what the rules need, each fact as it stood on a given day. */
    async function demoMatches() {
      const em = world.orm.em.fork();
      const matches = await em.find(Match, {}, { populate: ['pupil', 'pupil.programme', 'volunteer', 'programme', 'organisation'] });
      const facts = await Promise.all(
        matches.map(async (match) => {
          const [consents, notifications, references, logs, checkIns] = await Promise.all([
            em.find(Consent, { pupil: match.pupil }),
            em.find(FamilyNotification, { pupil: match.pupil }),
            em.find(ReferenceCheck, { volunteer: match.volunteer }),
            em.find(MeetingLog, { match }),
            em.find(CheckIn, { match }),
          ]);
          const consentOn = (day: string) =>
            assessPupilConsent(match.pupil, { consents: consents.filter((c) => c.decidedOn <= day), notifications: notifications.filter((n) => n.notifiedOn <= day) }, day);
          const screeningOn = (day: string) => assessScreening(screeningRecordOn(screeningRecordOf(match.volunteer, references), day), match.programme.settings.screening, day).status;
          return { match, record: matchRecordOf(match), consentOn, screeningOn, logs, checkIns };
        }),
      );
      return facts;
    }

    it('CON-1: every demo match became active only when the mentoring consents of pupil and guardian were given and the volunteer was cleared, that day', async () => {
      const running = (await demoMatches()).filter(({ match }) => match.startedOn !== null);
      expect(running.length).toBeGreaterThanOrEqual(2);
      for (const { match, record, consentOn, screeningOn } of running) {
        const startedOn = match.startedOn!;
        const facts = { consent: consentOn(startedOn), volunteerScreening: screeningOn(startedOn), openConcernSuspendsMatch: false };
        expect(checkMatchActivation(facts), match.pupil.firstName).toBeNull();
        // Replaying the activation on its day: every step the programme requires was recorded by then.
        const { startedOn: _started, gettingToKnowUntil: _until, ...beforeStart } = record;
        const replay = activateMatch(beforeStart, facts, match.programme.settings.lifecycle, startedOn);
        expect(replay.ok && replay.value.gettingToKnowUntil, match.pupil.firstName).toBe(match.gettingToKnowUntil);
      }
    });

    it('SCR-1: each volunteer was cleared on the day their match was proposed and on the day it started; the pupil was ready to match when proposed', async () => {
      for (const { match, consentOn, screeningOn } of await demoMatches()) {
        expect(screeningOn(match.proposedOn), `${match.volunteer.firstName} on ${match.proposedOn}`).toBe('cleared');
        if (match.startedOn) expect(screeningOn(match.startedOn), `${match.volunteer.firstName} on ${match.startedOn}`).toBe('cleared');
        expect(match.pupil.nominatedOn <= match.proposedOn, match.pupil.firstName).toBe(true);
        expect(consentOn(match.proposedOn).readyToMatch, `${match.pupil.firstName} on ${match.proposedOn}`).toBe(true);
      }
    });

    it("DOMAIN.md §4: no volunteer has more open matches than their capacity, and no mentee more than one open match", async () => {
      const all = await demoMatches();
      const records = all.map(({ record }) => record);
      for (const { match, record } of all.filter(({ record }) => isOpen(record))) {
        const others = records.filter((other) => other.id !== record.id);
        const refusal = checkNewMatch(record, { matches: others, volunteerCapacity: match.volunteer.capacity, continueWithNewMentor: false });
        expect(refusal, `${match.pupil.firstName} with ${match.volunteer.firstName}`).toBeNull();
      }
    });

    it("Parent'R'US tool 2: meeting logs and check-ins lie within their match's running time, and every log passes the log rules", async () => {
      let logs = 0;
      for (const { match, record, logs: matchLogs, checkIns } of await demoMatches()) {
        for (const log of matchLogs) {
          logs += 1;
          const checked = checkMeetingLog(
            { matchId: match.id, date: log.date, form: log.form as MeetingFormat, durationMinutes: log.durationMinutes, whatWeDid: log.whatWeDid, wentWell: log.wentWell ?? null, nextSteps: log.nextSteps, challenge: log.challenge ?? null, wantsToTalkToCoordinator: log.wantsToTalkToCoordinator },
            record,
            match.programme.settings,
            TODAY,
          );
          expect(checked.ok ? 'ok' : checked.code, `${match.pupil.firstName} ${log.date}`).toBe('ok');
        }
        for (const checkIn of checkIns) {
          expect(isRunning(record) && match.startedOn! <= checkIn.on && checkIn.on <= TODAY, `${match.pupil.firstName} check-in ${checkIn.on}`).toBe(true);
        }
      }
      expect(logs).toBeGreaterThan(0);
    });
  });

  it('lets the school mentor see only their school', async () => {
    const mentor = await demoSignedIn(world, 'mentor@academie-tien.example');
    const pupils = await mentor.pupils.list({});
    expect(new Set(pupils.map((p) => p.schoolName))).toEqual(new Set(['Academie Tien']));
  });
});

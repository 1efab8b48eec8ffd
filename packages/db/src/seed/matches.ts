import { addDays, type IsoDate } from '@driehoek/domain/calendar';
import { plannedEndOf } from '@driehoek/domain/closure';
import { PARENT_RUS_MID_TERM_DAYS_AGO } from './parent-rus.js';
import { schoolHolidayRegion, schoolHolidaysFor } from '@driehoek/domain/school-holidays';
import type { ScheduleException } from '@driehoek/domain/schedule';
import type { EntityManager } from '../orm.js';
import { CheckIn, Match, MeetingLog, Pupil, School, TalkRequest, Volunteer, type Organisation, type StaffMember } from '../entities/index.js';

/** The contract text version the demo matches were signed with (the api's CONTRACT_TEXT_VERSION). */
const CONTRACT_VERSION = '2026-11';

/** The weekday of a calendar date, as the schedule's slots name it. */
function weekdayOf(date: IsoDate) {
  const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'] as const;
  return WEEKDAYS[new Date(`${date}T12:00:00Z`).getUTCDay()]!;
}

/**
 * Running matches for the dashboard and the portal, built relative to `today` so that the demo
 * (and the browser tests on it) look the same on every day and at every hour: a School's cool
 * home mentoring (Lotte Visser visits Noah Jansen weekly at 19:00, on the weekday of three days
 * ago) with a log for every meeting but the latest (a reminder is due, whatever the hour), a log
 * in which the volunteer asks to talk, and a check-in that is overdue; and a Thuisschoolmaatje
 * match with three calls a week; and a Parent'R'US match (Ans de Graaf visits Hanan Saleh, the
 * mother of Yasmin) whose middle was `PARENT_RUS_MID_TERM_DAYS_AGO` days ago: its mid-term reports
 * go out at the server's start, and they are overdue (past the reminder's day) whatever today is.
 */
export async function seedMatches(em: EntityManager, at: { organisation: Organisation; coordinator: StaffMember }, today: IsoDate) {
  const pairs = [
    { volunteer: 'lotte.visser@example.org', pupil: 'Noah', slots: [{ weekday: weekdayOf(addDays(today, -3)), time: '19:00' }], format: 'faceToFace', place: 'thuis', daysAgo: 40, lastCheckIn: 20 },
    {
      volunteer: 'iris.vandijk@example.org',
      pupil: 'Lina',
      slots: [
        { weekday: 'monday', time: '16:00' },
        { weekday: 'wednesday', time: '16:00' },
        { weekday: 'friday', time: '16:00' },
      ],
      format: 'video',
      place: null,
      daysAgo: 10,
      lastCheckIn: 3,
    },
    { volunteer: 'ans.degraaf@example.org', pupil: 'Yasmin', slots: [{ weekday: weekdayOf(addDays(today, -2)), time: '10:00' }], format: 'faceToFace', place: 'thuis', daysAgo: null, lastCheckIn: 6 },
  ] as const;
  for (const pair of pairs) {
    const volunteer = await em.findOneOrFail(Volunteer, { emailNormalised: pair.volunteer }, { populate: ['programme'] });
    const pupil = await em.findOneOrFail(Pupil, { firstName: pair.pupil, programme: volunteer.programme });
    const startedOn = pair.daysAgo === null ? startedForMidTerm(today, volunteer.programme.settings) : addDays(today, -pair.daysAgo);
    const before = (days: number) => addDays(startedOn, -days);
    const meetingDays = pastWeekdays(startedOn, today, pair.slots[0].weekday);
    const lifecycle = volunteer.programme.settings.lifecycle;
    const signers = lifecycle.contractSigners;
    const match = em.create(Match, {
      organisation: at.organisation,
      programme: volunteer.programme,
      volunteer,
      pupil,
      source: 'suggestion',
      proposedOn: before(21),
      proposedById: at.coordinator.id,
      introduction: lifecycle.requireIntroduction ? { heldOn: before(14), attendees: [pupil.firstName, 'ouders', volunteer.firstName], organisationRepresentative: at.coordinator.name } : null,
      agreements: { volunteer: before(12), family: before(12) },
      signatures: signers.map((signer) => ({ signer, signedBy: signer === 'volunteer' ? `${volunteer.firstName} ${volunteer.lastName}` : signer === 'pupil' ? pupil.firstName : `Ouder van ${pupil.firstName}`, signedOn: before(10), textVersion: CONTRACT_VERSION })),
      contractCompletedOn: signers.length > 0 ? before(10) : null,
      weeklyTime: { slots: [...pair.slots], format: pair.format, ...(pair.place ? { place: pair.place } : {}), agreedOn: before(10) },
      warmHandover: lifecycle.requireWarmHandover ? { heldOn: before(2), by: 'Sven Hoekstra' } : null,
      startedOn,
      gettingToKnowUntil: lifecycle.gettingToKnowWeeks > 0 ? addDays(startedOn, 7 * lifecycle.gettingToKnowWeeks) : null,
      scheduleExceptions: [...(await metInTheHolidays(em, pupil, meetingDays, pair.slots[0].time))],
    });
    em.create(CheckIn, { organisation: at.organisation, match, on: addDays(today, -pair.lastCheckIn), withWhom: 'volunteer', how: 'phone', notes: 'Gaat goed; de leerling plant nu zelf zijn week.', byId: at.coordinator.id, byName: at.coordinator.name });
    // A log for every meeting of the first weekly slot but the most recent one (a reminder is
    // due) …
    for (const [index, date] of meetingDays.slice(0, -1).entries()) {
      const wantsToTalk = pair.pupil === 'Noah' && index === meetingDays.length - 2;
      const log = em.create(MeetingLog, {
        organisation: at.organisation,
        match,
        date,
        form: pair.format,
        durationMinutes: pair.format === 'video' ? 30 : 90,
        whatWeDid: 'Huiswerk gepland voor de week en samen de agenda doorgenomen.',
        wentWell: true,
        nextSteps: 'Volgende keer de toets van vrijdag voorbereiden.',
        challenge: null,
        // … and in the latest one the volunteer asks to talk to the coordinator.
        wantsToTalkToCoordinator: wantsToTalk,
        plannedFor: date,
      });
      // … a request to talk, open until the coordinator answers it.
      if (wantsToTalk) em.create(TalkRequest, { organisation: at.organisation, match, meetingLog: log, meetingOn: date });
    }
  }
}

/**
 * The seeded meetings that fell in the school's holidays, as extra meetings the family agreed to
 * (`extra` is never skipped): the demo has its logs, its missing latest log and its request to
 * talk on whatever day it is seeded, also in the Christmas or autumn holiday, while its future
 * meetings skip the holidays like every schedule.
 */
async function metInTheHolidays(em: EntityManager, pupil: Pupil, days: readonly IsoDate[], time: string): Promise<ScheduleException[]> {
  const school = await em.findOneOrFail(School, { id: pupil.school.id });
  const region = schoolHolidayRegion({ holidayRegion: school.holidayRegion ?? null, province: school.province ?? null, municipality: school.city });
  if (!region || days.length === 0) return [];
  const holidays = schoolHolidaysFor({ region, schoolId: school.id }, days[0]!, days.at(-1)!);
  return days.filter((day) => holidays.some((range) => day >= range.from && day <= range.until)).map((date) => ({ kind: 'extra', date, time, reason: 'In de vakantie afgesproken' }));
}

/** The dates from `from` up to yesterday that fall on `weekday`, oldest first. */
function pastWeekdays(from: IsoDate, today: IsoDate, weekday: ReturnType<typeof weekdayOf>): IsoDate[] {
  const dates: IsoDate[] = [];
  for (let date = from; date < today; date = addDays(date, 1)) if (weekdayOf(date) === weekday) dates.push(date);
  return dates;
}

/** The start of a fixed-term match whose middle (`planQuestionnaires`) was PARENT_RUS_MID_TERM_DAYS_AGO days ago. */
function startedForMidTerm(today: IsoDate, settings: Parameters<typeof plannedEndOf>[1]): IsoDate {
  const middleOf = (start: IsoDate) => {
    const end = plannedEndOf(start, settings).plannedEnd!;
    const days = Math.round((Date.parse(`${end}T00:00:00Z`) - Date.parse(`${start}T00:00:00Z`)) / 86_400_000);
    return addDays(start, Math.floor(days / 2));
  };
  const wanted = addDays(today, -PARENT_RUS_MID_TERM_DAYS_AGO);
  for (let daysAgo = 80; daysAgo < 400; daysAgo++) if (middleOf(addDays(today, -daysAgo)) === wanted) return addDays(today, -daysAgo);
  throw new Error('no start gives the wanted middle');
}

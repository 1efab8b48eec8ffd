import { z } from 'zod';
import { Consent, FamilyMember, FamilyNotification, Match, OPEN_MATCH, MeetingLog, ReferenceCheck, type EntityManager, type Volunteer } from '@driehoek/db';
import { contactDetailsShared } from '@driehoek/domain/consent';
import { matchActionInput } from '@driehoek/contracts/matches';
import { meetingLogInput, meetingLogView, volunteerMatchView } from '@driehoek/contracts/running';
import { addDays } from '@driehoek/domain/calendar';
import { isRunning } from '@driehoek/domain/match';
import { checkMeetingLog, logReminders } from '@driehoek/domain/meeting-log';
import { mayReadPupilData } from '@driehoek/domain/screening';
import { occurrences } from '@driehoek/domain/schedule';
import { volunteerProcedure } from '../../trpc/index.js';
import { AppError } from '../../errors/index.js';
import { amsterdamDateOf, today } from '../../clock/index.js';
import { audit } from '../../audit/index.js';
import { matchRecordOf } from '../match/index.js';
import { scheduleOf, scheduleViewOf } from '../match/index.js';
import { meetingLogViewOf, recordTalkRequest } from '../match/index.js';
import { assess } from '../screening/index.js';
import { assessPupilConsent } from '../pupil/index.js';

/**
 * CON-6, CON-4: the family's phone numbers and address for the volunteer of a running match, only
 * while SHARE_CONTACT_DETAILS is given today; read from the consents each time, so a withdrawal
 * hides them at the next page load. Audited (ids only) when shown.
 */
async function familyContactOf(em: EntityManager, match: Match, day: string) {
  const pupil = match.pupil;
  const [consents, notifications] = await Promise.all([em.find(Consent, { pupil }), em.find(FamilyNotification, { pupil })]);
  if (!contactDetailsShared(assessPupilConsent(pupil, { consents, notifications }, day))) return null;
  const members = await em.find(FamilyMember, { pupil, phone: { $ne: null }, $or: [{ hasParentalAuthority: true }, { isMentee: true }] }, { orderBy: { createdAt: 'asc' } });
  return {
    address: pupil.address ?? null,
    postcode: pupil.postcode,
    people: members.map((member) => ({ firstName: member.firstName, phone: member.phone! })),
  };
}

/** The volunteer's own matches that started and are open (running or suspended); another volunteer's match is "not found". */
async function startedMatchesOf(em: EntityManager, volunteer: Volunteer, matchId?: string) {
  return em.find(
    Match,
    { volunteer, startedOn: { $ne: null }, ...OPEN_MATCH, ...(matchId ? { id: matchId } : {}) },
    { populate: ['programme', 'pupil.programme'], orderBy: { startedOn: 'asc' } },
  );
}

/** SCR-7: the volunteer's screening allows reading pupil data today (cleared; not expired or revoked). */
async function screenedToday(em: EntityManager, volunteer: Volunteer, day: string): Promise<boolean> {
  await em.populate(volunteer, ['programme']);
  const references = await em.find(ReferenceCheck, { volunteer });
  return mayReadPupilData(assess(volunteer, references, volunteer.programme.settings.screening, day).status, true);
}

/**
 * SCR-7: one of the volunteer's matches whose pupil data they may read: running (not suspended)
 * and the volunteer screened today. Anything else is "not found", as another volunteer's match is.
 */
async function ownMatch(em: EntityManager, volunteer: Volunteer, matchId: string, day: string) {
  const [match] = await startedMatchesOf(em, volunteer, matchId);
  if (!match || !isRunning(matchRecordOf(match)) || !(await screenedToday(em, volunteer, day))) throw new AppError('NOT_FOUND', 'matchId');
  return match;
}

/** "Mijn koppelingen": the next meetings and a gentle reminder for each meeting without a log. */
export const myMatches = volunteerProcedure.output(z.array(volunteerMatchView)).query(async ({ ctx }) => {
  const now = ctx.services.clock.now();
  const day = amsterdamDateOf(now);
  const matches = await startedMatchesOf(ctx.em, ctx.volunteer);
  const screened = matches.length > 0 && (await screenedToday(ctx.em, ctx.volunteer, day));
  const logs = await ctx.em.find(MeetingLog, { match: { $in: matches } });
  const views = await Promise.all(matches.map(async (match) => {
    // A suspended match, or a volunteer not screened today (SCR-7): paused, no meetings, nothing to log.
    const running = screened && isRunning(matchRecordOf(match));
    const schedule = running ? await scheduleOf(ctx.em, match) : null;
    const planned = schedule ? occurrences(schedule, addDays(day, -28), day).map((m) => ({ matchId: match.id, date: m.date, time: m.time })) : [];
    const reminders = logReminders(
      planned,
      logs.filter((log) => log.match.id === match.id).map((log) => ({ matchId: match.id, date: log.date, ...(log.plannedFor ? { plannedFor: log.plannedFor } : {}) })),
      day,
    );
    const familyContact = running ? await familyContactOf(ctx.em, match, day) : null;
    if (familyContact) audit(ctx.em, { id: ctx.volunteer.id, organisationId: match.organisation.id }, 'portal.family-contact.read', 'Pupil', match.pupil.id);
    return {
      matchId: match.id,
      pupilFirstName: match.pupil.firstName,
      programmeName: match.programme.name,
      state: running ? ('running' as const) : ('paused' as const),
      nextMeetings: running ? (await scheduleViewOf(ctx.em, match, day, addDays(day, 28), now)).meetings : [],
      logsMissing: reminders.map((reminder) => reminder.date),
      familyContact,
    };
  }));
  await ctx.em.flush();
  return views;
});

/**
 * The meeting log after a meeting (Parent'R'US tool 2); "I want to talk to my coordinator" keeps a
 * request to talk, on the attention list until a coordinator answers it, and mails the coordinator.
 */
export const logMeeting = volunteerProcedure
  .input(meetingLogInput)
  .output(meetingLogView)
  .mutation(async ({ ctx, input }) => {
    const match = await ownMatch(ctx.em, ctx.volunteer, input.matchId, today(ctx.services.clock));
    const checked = checkMeetingLog(
      {
        matchId: match.id,
        date: input.date,
        form: input.form,
        durationMinutes: input.durationMinutes,
        whatWeDid: input.whatWeDid,
        wentWell: input.wentWell,
        nextSteps: input.nextSteps,
        challenge: input.challenge || null,
        wantsToTalkToCoordinator: input.wantsToTalkToCoordinator,
        ...(input.plannedFor ? { plannedFor: input.plannedFor } : {}),
      },
      matchRecordOf(match),
      match.programme.settings,
      today(ctx.services.clock),
    );
    if (!checked.ok) throw new AppError(checked.code, checked.field);
    const { log: checkedLog } = checked.value;
    const log = ctx.em.create(MeetingLog, {
      organisation: match.organisation,
      match,
      date: checkedLog.date,
      form: checkedLog.form,
      durationMinutes: checkedLog.durationMinutes,
      whatWeDid: checkedLog.whatWeDid,
      wentWell: checkedLog.wentWell,
      nextSteps: checkedLog.nextSteps,
      challenge: checkedLog.challenge,
      wantsToTalkToCoordinator: checkedLog.wantsToTalkToCoordinator,
      plannedFor: checkedLog.plannedFor ?? null,
    });
    if (checkedLog.wantsToTalkToCoordinator) await recordTalkRequest(ctx.em, match, log);
    audit(ctx.em, { id: ctx.volunteer.id, organisationId: match.organisation.id }, 'portal.meeting-log', 'Match', match.id);
    await ctx.em.flush();
    return meetingLogViewOf(log);
  });

/** The volunteer's own logs of one of their matches. */
export const myLogs = volunteerProcedure
  .input(matchActionInput)
  .output(z.array(meetingLogView))
  .query(async ({ ctx, input }) => {
    const match = await ownMatch(ctx.em, ctx.volunteer, input.matchId, today(ctx.services.clock));
    return (await ctx.em.find(MeetingLog, { match }, { orderBy: { date: 'desc', createdAt: 'desc' } })).map(meetingLogViewOf);
  });

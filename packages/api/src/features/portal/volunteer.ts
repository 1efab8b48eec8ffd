import { z } from 'zod';
import { Match, OPEN_MATCH, MeetingLog, type EntityManager, type Volunteer } from '@driehoek/db';
import { matchActionInput } from '@driehoek/contracts/matches';
import { meetingLogInput, meetingLogView, volunteerMatchView } from '@driehoek/contracts/running';
import { addDays } from '@driehoek/domain/calendar';
import { checkMeetingLog, logReminders } from '@driehoek/domain/meeting-log';
import { occurrences } from '@driehoek/domain/schedule';
import { volunteerProcedure } from '../../trpc/index.js';
import { AppError } from '../../errors/index.js';
import { amsterdamDateOf, today } from '../../clock/index.js';
import { audit } from '../../audit/index.js';
import { matchRecordOf } from '../match/index.js';
import { scheduleOf, scheduleViewOf } from '../match/index.js';
import { meetingLogViewOf } from '../match/index.js';

/** The volunteer's own running matches; another volunteer's match is "not found". */
async function runningMatchesOf(em: EntityManager, volunteer: Volunteer, matchId?: string) {
  return em.find(
    Match,
    { volunteer, startedOn: { $ne: null }, ...OPEN_MATCH, ...(matchId ? { id: matchId } : {}) },
    { populate: ['programme', 'pupil'], orderBy: { startedOn: 'asc' } },
  );
}

async function ownMatch(em: EntityManager, volunteer: Volunteer, matchId: string) {
  const [match] = await runningMatchesOf(em, volunteer, matchId);
  if (!match) throw new AppError('NOT_FOUND', 'matchId');
  return match;
}

/** "Mijn koppelingen": the next meetings and a gentle reminder for each meeting without a log. */
export const myMatches = volunteerProcedure.output(z.array(volunteerMatchView)).query(async ({ ctx }) => {
  const now = ctx.services.clock.now();
  const day = amsterdamDateOf(now);
  const matches = await runningMatchesOf(ctx.em, ctx.volunteer);
  const logs = await ctx.em.find(MeetingLog, { match: { $in: matches } });
  return Promise.all(matches.map(async (match) => {
    const schedule = await scheduleOf(ctx.em, match);
    const planned = schedule ? occurrences(schedule, addDays(day, -28), day).map((m) => ({ matchId: match.id, date: m.date, time: m.time })) : [];
    const reminders = logReminders(
      planned,
      logs.filter((log) => log.match.id === match.id).map((log) => ({ matchId: match.id, date: log.date, ...(log.plannedFor ? { plannedFor: log.plannedFor } : {}) })),
      day,
    );
    return {
      matchId: match.id,
      pupilFirstName: match.pupil.firstName,
      programmeName: match.programme.name,
      nextMeetings: (await scheduleViewOf(ctx.em, match, day, addDays(day, 28), now)).meetings,
      logsMissing: reminders.map((reminder) => reminder.date),
    };
  }));
});

/** The meeting log after a meeting (Parent'R'US tool 2); "I want to talk to my coordinator" puts the match on the attention list. */
export const logMeeting = volunteerProcedure
  .input(meetingLogInput)
  .output(meetingLogView)
  .mutation(async ({ ctx, input }) => {
    const match = await ownMatch(ctx.em, ctx.volunteer, input.matchId);
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
    audit(ctx.em, { id: ctx.volunteer.id, organisationId: match.organisation.id }, 'portal.meeting-log', 'Match', match.id);
    await ctx.em.flush();
    return meetingLogViewOf(log);
  });

/** The volunteer's own logs of one of their matches. */
export const myLogs = volunteerProcedure
  .input(matchActionInput)
  .output(z.array(meetingLogView))
  .query(async ({ ctx, input }) => {
    const match = await ownMatch(ctx.em, ctx.volunteer, input.matchId);
    return (await ctx.em.find(MeetingLog, { match }, { orderBy: { date: 'desc', createdAt: 'desc' } })).map(meetingLogViewOf);
  });

import { z } from 'zod';
import { CheckIn, FamilyMember, Match, MeetingLog, OPEN_MATCH, Pupil } from '@driehoek/db';
import { matchActionInput, matchDetail } from '@driehoek/contracts/matches';
import { endMatchInput, meetingLogView, scheduleExceptionInput, scheduleInput, scheduleView, triangleView } from '@driehoek/contracts/running';
import { addDays } from '@driehoek/domain/calendar';
import { closeMatch } from '@driehoek/domain/closure';
import { queueEvaluationsForMatch } from '../evaluation/index.js';
import { isRunning } from '@driehoek/domain/match';
import { addScheduleException as addException } from '@driehoek/domain/schedule';
import { coordinatorProcedure } from '../../trpc/index.js';
import { AppError } from '../../errors/index.js';
import { today } from '../../clock/index.js';
import { audit } from '../../audit/index.js';
import { loadMatch } from './load-match.js';
import { matchColumnsOf, matchRecordOf } from './match-record.js';
import { matchDetailOf } from './match-detail.js';
import { plannedEndFor, scheduleOf, scheduleViewOf } from './schedule.js';
import { notifyMeetingMoved } from '../notification/index.js';

/** The meetings of a running match between two days, with the ones that will not take place. */
export const schedule = coordinatorProcedure
  .input(scheduleInput)
  .output(scheduleView)
  .query(async ({ ctx, input }) => scheduleViewOf(ctx.em, await loadMatch(ctx.em, ctx.actor, input.matchId), input.from, input.to));

/** A cancelled or moved meeting, or a pause; answers with the next eight weeks. */
export const addScheduleException = coordinatorProcedure
  .input(scheduleExceptionInput)
  .output(scheduleView)
  .mutation(async ({ ctx, input }) => {
    const day = today(ctx.services.clock);
    const match = await loadMatch(ctx.em, ctx.actor, input.matchId);
    // A suspended match has no meetings to cancel or move: resume it first.
    const current = isRunning(matchRecordOf(match)) ? await scheduleOf(ctx.em, match) : null;
    if (!current) throw new AppError('SCHEDULE.NOT_RUNNING');
    const result = addException(current, input.exception, day);
    if (!result.ok) throw new AppError(result.code, result.field);
    match.scheduleExceptions = [...result.value.exceptions];
    audit(ctx.em, ctx.actor, 'match.schedule-exception', 'Match', match.id);
    await notifyMeetingMoved(ctx.em, match, input.exception);
    await ctx.em.flush();
    return scheduleViewOf(ctx.em, match, day, addDays(day, 56));
  });

/** The volunteer's meeting logs of a match, newest first. */
export const logs = coordinatorProcedure
  .input(matchActionInput)
  .output(z.array(meetingLogView))
  .query(async ({ ctx, input }) => {
    const match = await loadMatch(ctx.em, ctx.actor, input.matchId);
    const found = await ctx.em.find(MeetingLog, { match }, { orderBy: { date: 'desc', createdAt: 'desc' } });
    audit(ctx.em, ctx.actor, 'match.logs.read', 'Match', match.id);
    await ctx.em.flush();
    return found.map(meetingLogViewOf);
  });

export function meetingLogViewOf(log: MeetingLog) {
  return {
    id: log.id,
    date: log.date,
    form: log.form,
    durationMinutes: log.durationMinutes,
    whatWeDid: log.whatWeDid,
    wentWell: log.wentWell ?? null,
    nextSteps: log.nextSteps,
    challenge: log.challenge ?? null,
    wantsToTalkToCoordinator: log.wantsToTalkToCoordinator,
  };
}

/** The triangle around the pupil: parents, school mentor and volunteer, each with the latest contact. */
export const triangle = coordinatorProcedure
  .input(matchActionInput)
  .output(triangleView)
  .query(async ({ ctx, input }) => {
    const match = await loadMatch(ctx.em, ctx.actor, input.matchId);
    const [pupil, checkIns, lastLog] = await Promise.all([
      ctx.em.findOneOrFail(Pupil, { id: match.pupil.id }, { populate: ['school'] }),
      ctx.em.find(CheckIn, { match }, { orderBy: { on: 'desc' } }),
      ctx.em.findOne(MeetingLog, { match }, { orderBy: { date: 'desc' } }),
    ]);
    const parents = await ctx.em.find(FamilyMember, { pupil, role: { $in: ['parent', 'guardian'] } });
    const latest = (withWhom: string[]) => checkIns.find((checkIn) => withWhom.includes(checkIn.withWhom))?.on ?? null;
    return {
      parents: { names: parents.map((p) => `${p.firstName} ${p.lastName}`), lastContactOn: latest(['parent', 'pupil']) },
      schoolMentor: { school: pupil.school.name, lastContactOn: latest(['schoolMentor']) },
      volunteer: { name: `${match.volunteer.firstName} ${match.volunteer.lastName}`, lastMeetingOn: lastLog?.date ?? null, lastCheckInOn: latest(['volunteer']) },
    };
  });

/**
 * Closes a match: the reason, who ended it, planned or early (from the planned end), and a note.
 * A mentee who wants to go on after the term gets a new volunteer, not an extension (Parent'R'US 3.1).
 * A suspended match ends the same way. When the volunteer stopped, the coordinator says whether
 * they take new pupils; if not, their capacity drops to the matches they keep.
 */
export const end = coordinatorProcedure
  .input(endMatchInput)
  .output(matchDetail)
  .mutation(async ({ ctx, input }) => {
    const day = today(ctx.services.clock);
    const match = await loadMatch(ctx.em, ctx.actor, input.matchId);
    const result = closeMatch(
      matchRecordOf(match),
      { on: input.endedOn, reason: input.reason, endedBy: input.endedBy, endedByPerson: ctx.actor.name, note: input.note, menteeWantsToContinue: input.menteeWantsToContinue },
      { settings: match.programme.settings, plannedEnd: plannedEndFor(match) },
      day,
    );
    if (!result.ok) throw new AppError(result.code, result.field);
    if (input.reason === 'mentorStopped' && input.volunteerTakesNewPupils === undefined) throw new AppError('MATCH.REASON_REQUIRED', 'volunteerTakesNewPupils');
    ctx.em.assign(match, { ...matchColumnsOf(result.value.match), closure: result.value.closure });
    audit(ctx.em, ctx.actor, 'match.ended', 'Match', match.id);
    if (input.reason === 'mentorStopped' && input.volunteerTakesNewPupils === false) {
      // A volunteer who stops frees no place they did not have: their capacity becomes the matches they keep.
      const kept = await ctx.em.count(Match, { volunteer: match.volunteer, ...OPEN_MATCH, id: { $ne: match.id } });
      match.volunteer.capacity = kept;
      audit(ctx.em, ctx.actor, 'volunteer.capacity', 'Volunteer', match.volunteer.id);
    }
    // At closure the final questionnaires go out (DOMAIN.md §7), where EVALUATION consent allows (EVA-1).
    await queueEvaluationsForMatch(ctx.em, ctx.services, match, { today: day, now: ctx.services.clock.now() });
    await ctx.em.flush();
    return matchDetailOf(match);
  });

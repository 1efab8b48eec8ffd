import { z } from 'zod';
import { Match, OPEN_MATCH, type EntityManager } from '@driehoek/db';
import { cantMakeItInput, childScheduleView } from '@driehoek/contracts/running';
import { addDays } from '@driehoek/domain/calendar';
import { addScheduleException } from '@driehoek/domain/schedule';
import { familyProcedure } from '../../trpc/index.js';
import { AppError } from '../../errors/index.js';
import { amsterdamDateOf, today } from '../../clock/index.js';
import { audit } from '../../audit/index.js';
import { isRunning } from '@driehoek/domain/match';
import { matchRecordOf, scheduleOf, scheduleViewOf } from '../match/index.js';
import { notifyFamilyCantMakeIt } from '../notification/index.js';

async function childMatches(ctx: { em: EntityManager; family: { records: { pupil: { id: string } }[] } }) {
  return ctx.em.find(
    Match,
    { pupil: { $in: ctx.family.records.map((record) => record.pupil.id) }, startedOn: { $ne: null }, ...OPEN_MATCH },
    { populate: ['programme', 'pupil', 'volunteer', 'organisation'] },
  );
}

/** The next four weeks of each child's meetings; one that has ended today is no longer "next". */
async function scheduleList(ctx: Parameters<typeof childMatches>[0], now: Date) {
  const day = amsterdamDateOf(now);
  return Promise.all(
    (await childMatches(ctx)).map(async (match) => ({
      matchId: match.id,
      pupilId: match.pupil.id,
      childFirstName: match.pupil.firstName,
      volunteerFirstName: match.volunteer.firstName,
      state: isRunning(matchRecordOf(match)) ? ('running' as const) : ('paused' as const),
      meetings: (await scheduleViewOf(ctx.em, match, day, addDays(day, 28), now)).meetings,
    })),
  );
}

/** A parent's view of the next meetings of their own children, and who comes. */
export const schedule = familyProcedure.output(z.array(childScheduleView)).query(async ({ ctx }) => scheduleList(ctx, ctx.services.clock.now()));

/** "We can't make it": cancels one meeting and tells the volunteer and the coordinators. */
export const cantMakeIt = familyProcedure
  .input(cantMakeItInput)
  .output(z.array(childScheduleView))
  .mutation(async ({ ctx, input }) => {
    const day = today(ctx.services.clock);
    const match = (await childMatches(ctx)).find((candidate) => candidate.id === input.matchId);
    if (!match) throw new AppError('NOT_FOUND', 'matchId');
    const current = isRunning(matchRecordOf(match)) ? await scheduleOf(ctx.em, match) : null;
    if (!current) throw new AppError('SCHEDULE.NOT_RUNNING');
    const result = addScheduleException(current, { kind: 'cancelled', date: input.date, reason: 'family' }, day);
    if (!result.ok) throw new AppError(result.code, result.field);
    match.scheduleExceptions = [...result.value.exceptions];
    await notifyFamilyCantMakeIt(ctx.em, match, input.date, input.message || null);
    audit(ctx.em, { id: ctx.family.member.id, organisationId: match.organisation.id }, 'portal.cant-make-it', 'Match', match.id);
    await ctx.em.flush();
    return scheduleList(ctx, ctx.services.clock.now());
  });

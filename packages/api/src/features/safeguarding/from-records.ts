import { MeetingLog, type CheckIn, type EntityManager, type Match } from '@driehoek/db';
import { concernFromLogInput, raisedConcernView } from '@driehoek/contracts/safeguarding';
import { concernReportFromCheckIn, type CheckInSafetyAnswer, type FactSource } from '@driehoek/domain/safeguarding';
import { coordinatorProcedure, type Actor } from '../../trpc/index.js';
import { AppError } from '../../errors/index.js';
import { staffCaller } from './caller.js';
import { openConcernFor, raisedViewOf } from './concerns.js';
import { flushAppend } from './store.js';

/**
 * SAF-16: a check-in's "safety concerns? yes/no". Yes opens a concern with the coordinator as
 * reporter, what was heard and from whom (SAF-12), linked to the check-in; saved with the caller's
 * flush. Returns the concern's id, or null for no.
 */
export async function concernFromCheckIn(em: EntityManager, actor: Actor, checkIn: CheckIn, match: Match, safety: CheckInSafetyAnswer, now: Date, publicUrl: string): Promise<string | null> {
  const report = concernReportFromCheckIn({ id: checkIn.id, matchId: match.id, pupilId: match.pupil.id, on: checkIn.on, withWhom: checkIn.withWhom, safety });
  if (!report.ok) throw new AppError(report.code, report.field);
  if (!report.value) return null;
  const raised = await openConcernFor(em, await staffCaller(em, actor), { pupil: match.pupil, match }, report.value, now, publicUrl);
  return raised.concernId;
}

/**
 * A coordinator turns a worrying meeting log into a concern (EVA-4 style: by hand, never
 * automatically), linked to the log; the volunteer who wrote it is the source (SAF-12). A log that
 * already led to a concern answers with that one.
 */
export const fromMeetingLog = coordinatorProcedure
  .input(concernFromLogInput)
  .output(raisedConcernView)
  .mutation(async ({ ctx, input }) => {
    const log = await ctx.em.findOne(MeetingLog, { id: input.meetingLogId, organisation: ctx.actor.organisationId }, { populate: ['match', 'match.pupil', 'match.pupil.programme', 'match.volunteer'] });
    if (!log) throw new AppError('NOT_FOUND', 'meetingLogId');
    if (log.concernId) return raisedViewOf(log.concernId, { acuteDanger: input.acuteDanger });
    const match = log.match;
    const volunteer = `${match.volunteer.firstName} ${match.volunteer.lastName}`;
    const raised = await openConcernFor(
      ctx.em,
      await staffCaller(ctx.em, ctx.actor),
      { pupil: match.pupil, match },
      {
        pupilId: match.pupil.id,
        matchId: match.id,
        facts: input.facts,
        observedOn: log.date,
        context: 'meeting log',
        acuteDanger: input.acuteDanger,
        disclosure: input.disclosure,
        sources: [{ kind: 'thirdParty', who: `volunteer: ${volunteer}` }],
      },
      ctx.services.clock.now(),
      ctx.services.publicUrl,
    );
    log.concernId = raised.concernId;
    await flushAppend(ctx.em);
    return raised;
  });

/**
 * EVA-4: a coordinator opens a concern from a worrying evaluation answer, by hand (free text is
 * never scanned). The answer's words are the facts, quoted as given; the source is the evaluation
 * answer (SAF-12). Saved with the caller's flush; returns the raised view.
 */
export async function concernFromEvaluationAnswer(
  em: EntityManager,
  actor: Actor,
  match: Match,
  answer: { readonly facts: string; readonly observedOn: string; readonly acuteDanger: boolean | null; readonly disclosure: boolean; readonly source: FactSource },
  now: Date,
  publicUrl: string,
) {
  await em.populate(match, ['pupil']);
  return openConcernFor(
    em,
    await staffCaller(em, actor),
    { pupil: match.pupil, match },
    { pupilId: match.pupil.id, matchId: match.id, facts: answer.facts, observedOn: answer.observedOn, context: 'evaluation answer', acuteDanger: answer.acuteDanger, disclosure: answer.disclosure, sources: [answer.source] },
    now,
    publicUrl,
  );
}

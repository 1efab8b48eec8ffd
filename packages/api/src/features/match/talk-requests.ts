import { z } from 'zod';
import { StaffMember, TalkRequest, type EntityManager, type Match, type MeetingLog } from '@driehoek/db';
import { matchActionInput } from '@driehoek/contracts/matches';
import { answerTalkRequestInput, talkRequestView } from '@driehoek/contracts/running';
import { answerTalkRequest as answerRequest, openTalkRequests, type TalkRequest as TalkRequestRecord } from '@driehoek/domain/meeting-log';
import { coordinatorProcedure } from '../../trpc/index.js';
import { AppError } from '../../errors/index.js';
import { audit } from '../../audit/index.js';
import { queueMail } from '../../mail/outbox.js';
import { writtenDate } from '../../mail/layout.js';
import { loadMatch } from './load-match.js';

/** The domain's record of a stored request. */
export function talkRequestRecordOf(request: TalkRequest): TalkRequestRecord {
  return {
    id: request.id,
    matchId: request.match.id,
    meetingOn: request.meetingOn,
    writtenAt: request.writtenAt.toISOString(),
    answer:
      request.answeredAt === null || request.answeredAt === undefined
        ? null
        : { at: request.answeredAt.toISOString(), byId: request.answeredById ?? '', byName: request.answeredByName ?? '', note: request.note ?? '' },
  };
}

const viewOf = (request: TalkRequest, open: boolean) => ({
  id: request.id,
  meetingOn: request.meetingOn,
  writtenAt: request.writtenAt.toISOString(),
  open,
  answeredAt: request.answeredAt ? request.answeredAt.toISOString() : null,
  answeredByName: request.answeredByName ?? null,
  note: request.note ?? null,
});

/** A match's requests to talk: the open ones first (oldest first), then the answered ones, newest first. */
async function listOf(em: EntityManager, match: Match) {
  const requests = await em.find(TalkRequest, { match }, { orderBy: { writtenAt: 'desc' } });
  const open = new Set(openTalkRequests(requests.map(talkRequestRecordOf)).map((request) => request.id));
  return [
    ...requests.filter((request) => open.has(request.id)).reverse(),
    ...requests.filter((request) => !open.has(request.id)),
  ].map((request) => viewOf(request, open.has(request.id)));
}

/**
 * Keeps the request to talk of a meeting log and tells the match's coordinator at once: the
 * coordinator who proposed the match, or, when they are no longer an active coordinator of the
 * organisation, every active coordinator. Saved with the caller's flush, together with the log.
 */
export async function recordTalkRequest(em: EntityManager, match: Match, log: MeetingLog): Promise<void> {
  const request = em.create(TalkRequest, { organisation: match.organisation, match, meetingLog: log, meetingOn: log.date });
  const coordinators = await em.find(StaffMember, { organisation: match.organisation, role: { $in: ['coordinator', 'admin'] }, active: true });
  const own = coordinators.filter((coordinator) => coordinator.id === match.proposedById);
  for (const coordinator of own.length > 0 ? own : coordinators) {
    queueMail(em, {
      organisationId: match.organisation.id,
      to: coordinator.email,
      subject: `${match.volunteer.firstName} wil je spreken`,
      text: [
        `Hallo ${coordinator.name},`,
        '',
        `${match.volunteer.firstName} ${match.volunteer.lastName} wil je spreken, gevraagd in het verslag van de afspraak op ${writtenDate(log.date, 'nl')}.`,
        'Het verzoek staat op Vandaag in Driehoek tot je vastlegt dat je het beantwoord hebt.',
      ].join('\n'),
      dedupeKey: `talk-request:${request.id}:${coordinator.id}`,
    });
  }
}

/** The requests to talk of a match, open and answered. */
export const talkRequests = coordinatorProcedure
  .input(matchActionInput)
  .output(z.array(talkRequestView))
  .query(async ({ ctx, input }) => {
    const match = await loadMatch(ctx.em, ctx.actor, input.matchId);
    const list = await listOf(ctx.em, match);
    audit(ctx.em, ctx.actor, 'match.talk-requests.read', 'Match', match.id);
    await ctx.em.flush();
    return list;
  });

/** "Answered": the coordinator records that they talked with the volunteer; the request leaves Vandaag. */
export const answerTalkRequest = coordinatorProcedure
  .input(answerTalkRequestInput)
  .output(z.array(talkRequestView))
  .mutation(async ({ ctx, input }) => {
    const match = await loadMatch(ctx.em, ctx.actor, input.matchId);
    const request = await ctx.em.findOne(TalkRequest, { id: input.requestId, organisation: ctx.actor.organisationId });
    if (!request) throw new AppError('NOT_FOUND', 'requestId');
    const now = ctx.services.clock.now();
    const result = answerRequest(talkRequestRecordOf(request), match.id, { at: now.toISOString(), byId: ctx.actor.id, byName: ctx.actor.name, note: input.note });
    if (!result.ok) throw new AppError(result.code, result.field);
    const answer = result.value.answer!;
    ctx.em.assign(request, { answeredAt: now, answeredById: answer.byId, answeredByName: answer.byName, note: answer.note === '' ? null : answer.note });
    audit(ctx.em, ctx.actor, 'match.talk-request.answered', 'Match', match.id);
    await ctx.em.flush();
    return listOf(ctx.em, match);
  });

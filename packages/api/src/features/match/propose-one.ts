import { LockMode, Match, Pupil, Volunteer, newId, type EntityManager } from '@driehoek/db';
import { assessPair } from '@driehoek/domain/matching';
import { proposeMatch, type MatchSource } from '@driehoek/domain/match';
import { AppError } from '../../errors/index.js';
import type { Actor } from '../../trpc/index.js';
import { loadMatchingPool } from '../matching/index.js';
import { matchRecordOf } from './match-record.js';
import { openMatchesOf } from '../matching/index.js';
import { partsOf } from '../matching/index.js';

/**
 * Proposes a match in one transaction that first locks the volunteer and the pupil (SELECT … FOR
 * UPDATE on PostgreSQL; SQLite runs one writer at a time), so two coordinators accepting proposals
 * for the same volunteer at the same moment can never exceed the volunteer's capacity.
 *
 * Both must be ready (screening, consents). A proposal from the suggestions, a batch or a
 * speed-meeting round must pass every hard rule; a manual match may go outside them, with a reason.
 */
export async function proposeOne(
  em: EntityManager,
  actor: Actor,
  input: { pupilId: string; volunteerId: string; source: MatchSource; manualReason?: string },
  today: string,
): Promise<string> {
  return em.transactional(async (tx) => {
    const volunteer = await tx.findOne(
      Volunteer,
      { id: input.volunteerId, organisation: actor.organisationId },
      { lockMode: LockMode.PESSIMISTIC_WRITE, populate: ['programme.organisation'] },
    );
    if (!volunteer) throw new AppError('NOT_FOUND', 'volunteerId');
    const pupil = await tx.findOne(Pupil, { id: input.pupilId, organisation: actor.organisationId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!pupil) throw new AppError('NOT_FOUND', 'pupilId');
    const programme = volunteer.programme;
    if (pupil.programme.id !== programme.id) throw new AppError('MATCHING.DIFFERENT_PROGRAMME', 'volunteerId');

    const pool = await loadMatchingPool(tx, programme, await openMatchesOf(tx, programme), today);
    const candidate = pool.volunteers.find((v) => v.id === volunteer.id)!;
    const mentee = pool.mentees.find((m) => m.id === pupil.id);
    if (!candidate.readyToMatch || candidate.suspended) throw new AppError('MATCHING.VOLUNTEER_NOT_READY', 'volunteerId');
    if (!mentee?.readyToMatch) throw new AppError(mentee ? 'MATCHING.MENTEE_NOT_READY' : 'MATCH.ALREADY_OPEN', 'pupilId');
    const pair = assessPair({ ...candidate, activeMatches: 0 }, mentee, programme.settings.matching, today);
    if (!pair.ok && input.source !== 'manual') throw new AppError(pair.exclusions[0]!.code, 'volunteerId');

    const existing = await tx.find(Match, { programme }, { populate: ['programme', 'pupil', 'volunteer'] });
    const result = proposeMatch(
      {
        id: newId(),
        programmeId: programme.id,
        menteeId: pupil.id,
        volunteerId: volunteer.id,
        proposedOn: today,
        source: input.source,
        ...(input.manualReason ? { manualReason: input.manualReason } : {}),
        ...(pair.ok ? { score: pair.score } : {}),
      },
      { matches: existing.map(matchRecordOf), volunteerCapacity: volunteer.capacity, continueWithNewMentor: true },
      today,
    );
    if (!result.ok) throw new AppError(result.code, result.field);
    const match = tx.create(Match, {
      id: result.value.id,
      organisation: actor.organisationId,
      programme,
      volunteer,
      pupil,
      source: input.source,
      manualReason: input.manualReason || null,
      score: pair.ok ? Math.round(pair.score * 100) / 100 : null,
      scoreParts: pair.ok ? partsOf(pair) : null,
      proposedOn: today,
      proposedById: actor.id,
      agreements: {},
      signatures: [],
      scheduleExceptions: [],
    });
    return match.id;
  });
}

/**
 * Proposing a match (DOMAIN.md §4): who may be proposed to whom given the matches that exist —
 * the volunteer's capacity, the mentee's one open match, and no second match with a volunteer the
 * mentee had before when the programme wants a new mentor for a continuing mentee.
 */
import { requireIsoDate } from '../input.js';
import { isIsoDate, type IsoDate } from '../calendar/index.js';
import { accept, refuse, type Refusal, type Result } from '../result.js';
import { filled } from './dates.js';
import { isOpen } from './stage.js';
import type { MatchProblem, MatchRecord, MatchSource } from './types.js';
import type { Codes } from '../codes.js';

/**
 * DOMAIN.md §4: "A mentor usually has one mentee, but may have more depending on needs and
 * availability." The places a volunteer has left: capacity minus open matches, never below 0.
 */
export function capacityLeft(capacity: number, openMatches: number): number {
  return Math.max(0, capacity - openMatches);
}

/** A proposal to a volunteer may be accepted only while the volunteer has a place left (DOMAIN.md §4). */
export function hasCapacityLeft(capacity: number, openMatches: number): boolean {
  return capacityLeft(capacity, openMatches) > 0;
}

/**
 * The volunteer's open matches in a programme (proposed up to active: a proposal holds a place,
 * so a volunteer is never proposed to more families than they can take). For the matching
 * engine's `activeMatches`.
 */
export function openMatchesOfVolunteer(matches: readonly MatchRecord[], volunteerId: string, programmeId: string): number {
  return matches.filter((match) => match.volunteerId === volunteerId && match.programmeId === programmeId && isOpen(match)).length;
}

/**
 * Parent'R'US 3.1: "Als de mentee het mentorschapproces wil voortzetten, is het beter van mentor te
 * veranderen". The volunteers a mentee had: of every match of theirs that started and has closed
 * (ended, or declined during the getting-to-know period). Each once, in the order given. For the
 * matching engine's `previousVolunteerIds` (`MATCHING.PREVIOUS_VOLUNTEER`). A proposal declined
 * before the start is not counted: the pair never worked together.
 */
export function previousVolunteerIds(matches: readonly MatchRecord[], menteeId: string): readonly string[] {
  const ids = matches
    .filter((match) => match.menteeId === menteeId && match.startedOn !== undefined && !isOpen(match))
    .map((match) => match.volunteerId);
  return [...new Set(ids)];
}

/** What a new match is checked against. */
export interface NewMatchContext {
  /** The matches of the organisation (at least those of this mentee and this volunteer). */
  readonly matches: readonly MatchRecord[];
  /** How many mentees the volunteer takes at the same time in this programme (usually 1). */
  readonly volunteerCapacity: number;
  /** The programme's `matchDuration.continueWithNewMentor` (Parent'R'US 3.1). */
  readonly continueWithNewMentor: boolean;
}

export type NewMatchProblem = Codes< 'MATCH.ALREADY_OPEN' | 'MATCH.SAME_VOLUNTEER_AGAIN' | 'MATCH.NO_CAPACITY'>;

/**
 * Whether a volunteer may be proposed to a mentee in a programme, or the first reason not:
 * `MATCH.ALREADY_OPEN` (on `menteeId`) when the mentee has an open match in the programme — one
 * match at a time, which also rules out a second match of the same pair; `MATCH.SAME_VOLUNTEER_AGAIN`
 * (on `volunteerId`) when the programme gives a continuing mentee a new mentor and this volunteer
 * is one of `previousVolunteerIds`; `MATCH.NO_CAPACITY` (on `volunteerId`) when the volunteer's open
 * matches in the programme fill their capacity (DOMAIN.md §4).
 */
export function checkNewMatch(
  pair: { readonly programmeId: string; readonly menteeId: string; readonly volunteerId: string },
  context: NewMatchContext,
): Refusal<NewMatchProblem> | null {
  const menteeOpen = context.matches.some((match) => match.menteeId === pair.menteeId && match.programmeId === pair.programmeId && isOpen(match));
  if (menteeOpen) return refuse('MATCH.ALREADY_OPEN', 'menteeId');
  if (context.continueWithNewMentor && previousVolunteerIds(context.matches, pair.menteeId).includes(pair.volunteerId)) {
    return refuse('MATCH.SAME_VOLUNTEER_AGAIN', 'volunteerId');
  }
  if (!hasCapacityLeft(context.volunteerCapacity, openMatchesOfVolunteer(context.matches, pair.volunteerId, pair.programmeId))) {
    return refuse('MATCH.NO_CAPACITY', 'volunteerId');
  }
  return null;
}

/** A proposal as the coordinator makes it. */
export interface MatchProposal {
  readonly id: string;
  readonly programmeId: string;
  readonly menteeId: string;
  readonly volunteerId: string;
  readonly proposedOn: IsoDate;
  readonly source: MatchSource;
  /** Required for `source: 'manual'`: why this pair, outside the suggestions. */
  readonly manualReason?: string;
  /** The pair's matching score (`assessPair`), when it came from the matching engine. */
  readonly score?: number;
}

/**
 * Proposes a match: the first stage. Refused when `proposedOn` is not a date or after `today`
 * (`MATCH.DATE_INVALID`, `MATCH.DATE_IN_FUTURE`), when a manual match has no reason
 * (`MATCH.MANUAL_REASON_REQUIRED` on `manualReason`: a pair outside the suggestions must be
 * explained), or by `checkNewMatch`. A reason given for another source is not kept.
 *
 * @example
 * proposeMatch({ id: 'm-1', programmeId: 'p', menteeId: 'pupil-1', volunteerId: 'v-ans', proposedOn: '2025-09-01', source: 'manual' },
 *   { matches: [], volunteerCapacity: 1, continueWithNewMentor: false }, '2025-09-01');
 * // { ok: false, code: 'MATCH.MANUAL_REASON_REQUIRED', field: 'manualReason' }
 * @returns the proposed `MatchRecord`, or a `MATCH.*` refusal with the field it concerns
 * @throws {DomainInputError} when `today` is not an ISO date (the caller's clock, not a user's entry)
 */
export function proposeMatch(proposal: MatchProposal, context: NewMatchContext, today: IsoDate): Result<MatchRecord, MatchProblem> {
  requireIsoDate(today, 'today');
  if (!isIsoDate(proposal.proposedOn)) return refuse('MATCH.DATE_INVALID', 'proposedOn');
  if (proposal.proposedOn > today) return refuse('MATCH.DATE_IN_FUTURE', 'proposedOn');
  const manual = proposal.source === 'manual';
  if (manual && !filled(proposal.manualReason)) return refuse('MATCH.MANUAL_REASON_REQUIRED', 'manualReason');
  const refusal = checkNewMatch(proposal, context);
  if (refusal) return refusal;
  return accept({
    id: proposal.id,
    programmeId: proposal.programmeId,
    menteeId: proposal.menteeId,
    volunteerId: proposal.volunteerId,
    proposedOn: proposal.proposedOn,
    source: proposal.source,
    ...(manual && proposal.manualReason !== undefined ? { manualReason: proposal.manualReason.trim() } : {}),
    ...(proposal.score !== undefined ? { score: proposal.score } : {}),
    agreements: {},
    signatures: [],
  });
}

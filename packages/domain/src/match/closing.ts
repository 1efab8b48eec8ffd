/**
 * How a match closes: a decline before the match is confirmed, which puts the mentee back on the
 * board; or the end of a match that ran (DOMAIN.md §8).
 */
import { accept, refuse, type Result } from '../result.js';
import { checkStepDate, filled } from './dates.js';
import { isConfirmed, latestRecordedDate, matchStage } from './stage.js';
import type { IsoDate } from '../calendar/index.js';
import { CLOSURE_REASONS, type MatchDecline, type MatchEnd, type MatchProblem, type MatchRecord } from './types.js';

/**
 * What a decline decides, as data: the declined match, and that the mentee goes back on the
 * matching board (waiting again; the api carries it out). The volunteer's place is freed because the
 * match is no longer open.
 */
export interface MatchDeclined {
  readonly match: MatchRecord;
  readonly menteeBackOnBoard: true;
}

/**
 * Records a decline by the volunteer, the family or the coordinator: at any step before the start,
 * or during the getting-to-know period while the match is not confirmed (the "matching
 * confirmation" of Parent'R'US 3.3.3 did not come). Refused on a confirmed, declined or ended match
 * (`MATCH.WRONG_STAGE`: a confirmed match ends with `endMatch`); without a reason
 * (`MATCH.REASON_REQUIRED` on `reason`: reasons are examined to prevent drop-out, DOMAIN.md §5);
 * dated before the last recorded step or after `today`.
 */
export function declineMatch(match: MatchRecord, decline: MatchDecline, today: IsoDate): Result<MatchDeclined, MatchProblem> {
  const stage = matchStage(match);
  if (stage === 'declined' || stage === 'ended' || isConfirmed(match)) return refuse('MATCH.WRONG_STAGE', 'decline');
  if (!filled(decline.reason)) return refuse('MATCH.REASON_REQUIRED', 'reason');
  const dateRefusal = checkStepDate(decline.on, 'on', latestRecordedDate(match), today);
  if (dateRefusal) return dateRefusal;
  return accept({ match: { ...match, decline: { by: decline.by, reason: decline.reason.trim(), on: decline.on } }, menteeBackOnBoard: true });
}

/**
 * Ends an active or suspended match (DOMAIN.md §8) with the closure reason: completed, mentee
 * stopped, mentor stopped, moved, safeguarding. Only a match that ran (`MATCH.WRONG_STAGE`; before
 * the start a match is declined instead); a suspended one is ended rather than resumed when the
 * reason does not go away (SCR-8 always); a known reason (`MATCH.REASON_REQUIRED` on `reason`) and, when the mentee or
 * the mentor stopped, a note saying why (`MATCH.REASON_REQUIRED` on `note`; DOMAIN.md §5: "the
 * reasons must be recorded and examined"); dated on or after the last recorded step, not after
 * `today`. The volunteer then counts among `previousVolunteerIds` for the mentee.
 */
export function endMatch(match: MatchRecord, end: MatchEnd, today: IsoDate): Result<MatchRecord, MatchProblem> {
  const stage = matchStage(match);
  if (stage !== 'active' && stage !== 'suspended') return refuse('MATCH.WRONG_STAGE', 'end');
  if (!(CLOSURE_REASONS as readonly string[]).includes(end.reason)) return refuse('MATCH.REASON_REQUIRED', 'reason');
  const stopped = end.reason === 'menteeStopped' || end.reason === 'mentorStopped';
  if (stopped && !filled(end.note)) return refuse('MATCH.REASON_REQUIRED', 'note');
  const dateRefusal = checkStepDate(end.on, 'on', latestRecordedDate(match), today);
  if (dateRefusal) return dateRefusal;
  const note = filled(end.note) ? end.note.trim() : undefined;
  return accept({ ...match, end: { on: end.on, reason: end.reason, ...(note !== undefined ? { note } : {}) } });
}

/**
 * Suspending a running match at once, and resuming it (CON-4: consent withdrawn; SAF-4 and SAF-11:
 * a concern; SCR-4: the VOG is due; SCR-8: screening revoked; or the coordinator's decision). A
 * suspended match has no meetings (`scheduleFor` cancels them from the suspension day and restores
 * them on resumption), takes no logs, and gives the volunteer no access to the pupil's data (SCR-7).
 * What to tell whom is data (`suspensionNotices`), so the api writes the messages and no message
 * reveals a concern (SAF-10).
 */
import type { IsoDate } from '../calendar/index.js';
import type { WithdrawalConsequences } from '../consent/withdrawal.js';
import { accept, refuse, type Result } from '../result.js';
import type { RevocationConsequences, ScreeningExpiryConsequences } from '../screening/access.js';
import { checkMatchStart, type MatchStartFacts } from './activation.js';
import { checkStepDate, filled } from './dates.js';
import { currentSuspension, isOpen, latestRecordedDate, matchStage } from './stage.js';
import { SUSPENSION_REASONS, type MatchProblem, type MatchRecord, type MatchSuspension, type SuspensionGround, type SuspensionReason } from './types.js';

/** SCR-8: a volunteer whose screening is revoked does not come back to the match. */
export const FINAL_SUSPENSION_REASONS: readonly SuspensionReason[] = ['screeningRevoked'];

const sameGround = (a: SuspensionGround, b: SuspensionGround): boolean => a.reason === b.reason && (a.concernId ?? null) === (b.concernId ?? null);

/**
 * Suspends a running match from `ground.on` (the day; meetings on and after it are cancelled).
 * Only a match that started and is open (`MATCH.WRONG_STAGE` on `suspension`: before the start a
 * match is held back by CON-1 or declined); a known reason (`MATCH.REASON_REQUIRED` on `reason`),
 * the concern for `concern` (`MATCH.REASON_REQUIRED` on `concernId`) and a note for the
 * coordinator's own decision (on `note`); who recorded it (`MATCH.PERSON_REQUIRED` on `by`); dated
 * on or after the last recorded step and not after `today`.
 *
 * A match already suspended keeps its suspension and gains the ground, so it resumes only when
 * every reason is gone; the same ground twice changes nothing (the api may retry).
 */
export function suspendMatch(match: MatchRecord, ground: SuspensionGround, today: IsoDate): Result<MatchRecord, MatchProblem> {
  const stage = matchStage(match);
  if (stage !== 'active' && stage !== 'suspended') return refuse('MATCH.WRONG_STAGE', 'suspension');
  if (!(SUSPENSION_REASONS as readonly string[]).includes(ground.reason)) return refuse('MATCH.REASON_REQUIRED', 'reason');
  if (ground.reason === 'concern' && !filled(ground.concernId)) return refuse('MATCH.REASON_REQUIRED', 'concernId');
  if (ground.reason === 'coordinator' && !filled(ground.note)) return refuse('MATCH.REASON_REQUIRED', 'note');
  if (!filled(ground.by)) return refuse('MATCH.PERSON_REQUIRED', 'by');
  const current = currentSuspension(match);
  if (current?.grounds.some((existing) => sameGround(existing, ground))) return accept(match);
  const dateRefusal = checkStepDate(ground.on, 'on', latestRecordedDate(match), today);
  if (dateRefusal) return dateRefusal;
  const recorded: SuspensionGround = {
    reason: ground.reason,
    on: ground.on,
    by: ground.by.trim(),
    ...(filled(ground.concernId) ? { concernId: ground.concernId } : {}),
    ...(filled(ground.note) ? { note: ground.note.trim() } : {}),
  };
  const previous = match.suspensions ?? [];
  const suspensions: MatchSuspension[] = current
    ? [...previous.slice(0, -1), { ...current, grounds: [...current.grounds, recorded] }]
    : [...previous, { since: recorded.on, grounds: [recorded] }];
  return accept({ ...match, suspensions });
}

/** What the coordinator records when a suspended match runs again. */
export interface MatchResumption {
  /** The first day the match runs again: its meetings take place from this day. */
  readonly on: IsoDate;
  readonly by: string;
  readonly note?: string;
}

/**
 * Resumes a suspended match on `resumption.on`. Only a suspended match (`MATCH.WRONG_STAGE` on
 * `resumption`); never after SCR-8 (`MATCH.SUSPENSION_FINAL`: the match is ended instead, and the
 * mentee may go on with a new volunteer); and only when the match could start today: CON-1 (the
 * consents again in place after a withdrawal, the volunteer CLEARED again after an expired VOG, no
 * open concern that suspends it) and SAF-17, whatever the grounds were (`CONSENT.*`,
 * `SAFEGUARDING.*` pass through). By a named person (`MATCH.PERSON_REQUIRED` on `by`), not before
 * the suspension nor after `today`. The getting-to-know period is not moved.
 */
export function resumeMatch(match: MatchRecord, resumption: MatchResumption, facts: MatchStartFacts, today: IsoDate): Result<MatchRecord, MatchProblem> {
  const current = currentSuspension(match);
  if (!current) return refuse('MATCH.WRONG_STAGE', 'resumption');
  if (current.grounds.some((ground) => FINAL_SUSPENSION_REASONS.includes(ground.reason))) return refuse('MATCH.SUSPENSION_FINAL', 'resumption');
  if (!filled(resumption.by)) return refuse('MATCH.PERSON_REQUIRED', 'by');
  const dateRefusal = checkStepDate(resumption.on, 'on', latestRecordedDate(match), today);
  if (dateRefusal) return dateRefusal;
  const startRefusal = checkMatchStart(facts);
  if (startRefusal) return startRefusal;
  const resumed: MatchSuspension = {
    ...current,
    resumption: { on: resumption.on, by: resumption.by.trim(), ...(filled(resumption.note) ? { note: resumption.note.trim() } : {}) },
  };
  return accept({ ...match, suspensions: [...(match.suspensions ?? []).slice(0, -1), resumed] });
}

/**
 * The suspension reason of a consequence another module returned: a withdrawn consent (CON-4,
 * `withdrawalConsequences` with an `activeMatch`), an expired VOG (SCR-4,
 * `screeningExpiryConsequences`), a revoked screening (SCR-8, `revocationConsequences`).
 */
export function suspensionReasonOf(consequences: WithdrawalConsequences | ScreeningExpiryConsequences | RevocationConsequences): SuspensionReason {
  switch (consequences.kind) {
    case 'consentWithdrawn':
      return 'consentWithdrawn';
    case 'suspendMatches':
      return 'screeningExpired';
    case 'removeFromMatches':
      return 'screeningRevoked';
  }
}

/**
 * What happens to a volunteer's matches when the volunteer is stopped (SCR-4, SCR-8, SAF-11): every
 * open match that started is suspended at once; a match not yet started is declined when the
 * volunteer will not come back (SCR-8: "removed from all matches"), and otherwise left as it is,
 * because CON-1 holds it back at activation (screening not CLEARED, a concern that suspends it).
 * Returned as match ids, for the api to carry out in the same transaction.
 */
export function volunteerStopPlan(
  matches: readonly MatchRecord[],
  volunteerId: string,
  reason: SuspensionReason,
): { readonly suspend: readonly string[]; readonly decline: readonly string[] } {
  const open = matches.filter((match) => match.volunteerId === volunteerId && isOpen(match));
  return {
    suspend: open.filter((match) => match.startedOn !== undefined).map((match) => match.id),
    decline: FINAL_SUSPENSION_REASONS.includes(reason) ? open.filter((match) => match.startedOn === undefined).map((match) => match.id) : [],
  };
}

/** Who hears of a suspension. `caseTeam`: the concern's readers (SAF-10: assigned coordinators and safeguarding leads). */
export const SUSPENSION_AUDIENCES = ['volunteer', 'family', 'schoolMentor', 'programmeCoordinators', 'caseTeam'] as const;
export type SuspensionAudience = (typeof SUSPENSION_AUDIENCES)[number];

/**
 * How one audience hears of a suspension. `tell`: `message` (the api sends it at once), `inPerson`
 * (the coordinator calls or visits; no automatic message, the timing is theirs), `no`. `reveal`:
 * `reason` (they may be told why), `pauseOnly` (that meetings stop for now and the coordinator will
 * be in touch, nothing more).
 */
export interface SuspensionNotice {
  readonly audience: SuspensionAudience;
  readonly tell: 'message' | 'inPerson' | 'no';
  readonly reveal: 'reason' | 'pauseOnly';
}

const notice = (audience: SuspensionAudience, tell: SuspensionNotice['tell'], reveal: SuspensionNotice['reveal']): SuspensionNotice => ({ audience, tell, reveal });

/**
 * What to tell whom when a match is suspended for a reason, one notice per audience in
 * `SUSPENSION_AUDIENCES` order:
 *
 * - `consentWithdrawn` (CON-4): the family gets a message saying what their withdrawal means; the
 *   volunteer only that meetings stop (the family's decision is theirs to explain); the school is
 *   not told, since sharing with the school rested on the consent.
 * - `concern` (SAF-4, SAF-11): never revealed outside the case team (SAF-10; SAF-11: "not visible
 *   to the accused"). Volunteer and family hear only of a pause, in person, when the case team
 *   decides: an automatic message could warn the person the child needs protecting from (the
 *   reasoning of SAF-9's exceptions). The school hears nothing from this notice: passing a critical
 *   situation to the school mentor (Thuisschoolmaatje) is a step of the concern, recorded there.
 *   Other coordinators of the programme see a paused match without its reason.
 * - `screeningExpired` (SCR-4): the volunteer is told why (renew the VOG); the family and the school
 *   mentor that meetings stop for a while (screening is the volunteer's data).
 * - `screeningRevoked` (SCR-8): the volunteer is told; the family in person (a new volunteer may
 *   follow); the school mentor only of a pause.
 * - `coordinator`: everyone of a pause; the note stays with the coordinators.
 */
export function suspensionNotices(reason: SuspensionReason): readonly SuspensionNotice[] {
  switch (reason) {
    case 'consentWithdrawn':
      return [notice('volunteer', 'message', 'pauseOnly'), notice('family', 'message', 'reason'), notice('schoolMentor', 'no', 'pauseOnly'), notice('programmeCoordinators', 'message', 'reason'), notice('caseTeam', 'no', 'pauseOnly')];
    case 'concern':
      return [notice('volunteer', 'inPerson', 'pauseOnly'), notice('family', 'inPerson', 'pauseOnly'), notice('schoolMentor', 'no', 'pauseOnly'), notice('programmeCoordinators', 'message', 'pauseOnly'), notice('caseTeam', 'message', 'reason')];
    case 'screeningExpired':
      return [notice('volunteer', 'message', 'reason'), notice('family', 'message', 'pauseOnly'), notice('schoolMentor', 'message', 'pauseOnly'), notice('programmeCoordinators', 'message', 'reason'), notice('caseTeam', 'no', 'pauseOnly')];
    case 'screeningRevoked':
      return [notice('volunteer', 'message', 'reason'), notice('family', 'inPerson', 'pauseOnly'), notice('schoolMentor', 'message', 'pauseOnly'), notice('programmeCoordinators', 'message', 'reason'), notice('caseTeam', 'no', 'pauseOnly')];
    case 'coordinator':
      return [notice('volunteer', 'message', 'pauseOnly'), notice('family', 'message', 'pauseOnly'), notice('schoolMentor', 'message', 'pauseOnly'), notice('programmeCoordinators', 'message', 'reason'), notice('caseTeam', 'no', 'pauseOnly')];
  }
}

/**
 * The reasons an audience may see for a match's current suspension: all of them for the
 * programme's coordinators except a concern, which only the case team sees (SAF-10); for the
 * others per `suspensionNotices`. Empty when the match is not suspended or nothing may be shown.
 */
export function visibleSuspensionReasons(match: MatchRecord, audience: SuspensionAudience): readonly SuspensionReason[] {
  const current = currentSuspension(match);
  if (!current) return [];
  const reasons = [...new Set(current.grounds.map((ground) => ground.reason))];
  return reasons.filter((reason) => suspensionNotices(reason).some((item) => item.audience === audience && item.reveal === 'reason'));
}

/**
 * What a concern means for matches (CON-1(iv), SAF-4, SAF-11), returned as data for the api to carry
 * out with `suspendMatch` / `resumeMatch` (../match) in the transaction that appends the entry.
 */
import { currentSuspension, isOpen } from '../match/stage.js';
import type { MatchRecord } from '../match/types.js';
import type { ConcernState, SubjectOutcome } from './types.js';

type ConcernScope = Pick<ConcernState, 'id' | 'pupilId' | 'subject' | 'suspendsMatch'>;

/**
 * Whether a suspending concern reaches the pair: a concern about a volunteer or staff member reaches
 * every match of that person (SAF-11), any other concern the pupil's matches (CON-1(iv)).
 */
function reaches(concern: ConcernScope, pair: { readonly menteeId: string; readonly volunteerId: string }): boolean {
  if (concern.subject.type === 'staffOrVolunteer') return concern.subject.personId === pair.volunteerId;
  return concern.pupilId === pair.menteeId;
}

/** CON-1(iv): the open concerns that suspend this pair's match, from the concerns of the pupil and of the volunteer. */
export function suspendingConcernsFor<C extends ConcernScope>(concerns: readonly C[], pair: { readonly menteeId: string; readonly volunteerId: string }): readonly C[] {
  return concerns.filter((concern) => concern.suspendsMatch && reaches(concern, pair));
}

/**
 * CON-1(iv) as `MatchActivationFacts.openConcernSuspendsMatch` needs it: true when any open concern
 * about the pupil, or about the volunteer (SAF-11), suspends matches. Pass the concerns whose
 * `pupilId` is the mentee or whose `subject.personId` is the volunteer; closed ones never suspend.
 */
export function openConcernSuspendsMatch(concerns: readonly ConcernScope[], pair: { readonly menteeId: string; readonly volunteerId: string }): boolean {
  return suspendingConcernsFor(concerns, pair).length > 0;
}

/** What the api does to matches after an entry is appended to a concern. */
export interface ConcernMatchActions {
  /** Suspend these running matches now, with `{ reason: 'concern', concernId }`. */
  readonly suspend: readonly string[];
  /** These matches are suspended for this concern alone, which no longer requires it: the coordinator may resume them. */
  readonly mayResume: readonly string[];
  /**
   * SAF-11: the person a concern about a volunteer or staff member is about, to keep off the
   * matching board (the volunteer's `suspended` flag) while the concern suspends; `null` otherwise.
   */
  readonly suspendVolunteerFromMatching: string | null;
  /** SAF-11: the decision about the volunteer or staff member, for the api to carry out (SCR-8 `revocationConsequences` on `screeningRevoked`). */
  readonly subjectOutcome: SubjectOutcome | null;
}

/**
 * The matches a concern reaches and what to do with them now: while it suspends (`suspendsMatch`:
 * acute danger, SAF-4; a concern about the volunteer until decided, SAF-11; or the case team's
 * choice), every running match it reaches that is not yet suspended for it; once it no longer does,
 * the matches suspended for this concern and nothing else, which the coordinator may resume (never
 * automatically: the family and the volunteer are talked to first).
 */
export function concernMatchActions(concern: ConcernState, matches: readonly MatchRecord[]): ConcernMatchActions {
  const reached = matches.filter((match) => match.startedOn !== undefined && isOpen(match) && reaches(concern, match));
  const groundsOf = (match: MatchRecord) => currentSuspension(match)?.grounds ?? [];
  const forThis = (match: MatchRecord) => groundsOf(match).some((ground) => ground.reason === 'concern' && ground.concernId === concern.id);
  const staff = concern.subject.type === 'staffOrVolunteer' ? concern.subject.personId : null;
  return {
    suspend: concern.suspendsMatch ? reached.filter((match) => !forThis(match)).map((match) => match.id) : [],
    mayResume: concern.suspendsMatch ? [] : reached.filter((match) => forThis(match) && groundsOf(match).length === 1).map((match) => match.id),
    suspendVolunteerFromMatching: concern.suspendsMatch ? staff : null,
    subjectOutcome: concern.decision?.subjectOutcome ?? null,
  };
}

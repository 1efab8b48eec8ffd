/**
 * When questionnaires go out (DOMAIN.md §7): from a match's start, its planned end (closure's
 * `plannedEndOf`) and the programme's questionnaire settings, the invitations of the match — who,
 * which questionnaire, when, when reminded, when it expires — each with a stable key per match,
 * questionnaire, person and moment, so a daily job can run `questionnairesDue` as often as it
 * likes and store or send each key once (like the outbox's `dedupeKey`).
 */
import { addDays, compareDates, type IsoDate } from '../calendar/index.js';
import type { PlannedEnd } from '../closure/closure.js';
import type { ClosureReason } from '../match/types.js';
import { questionnaireTimingOf, type ProgrammeSettings, type QuestionnaireId, type QuestionnaireMoment, type QuestionnaireRole } from '../programme/settings.js';
import { accept, refuse, type Refusal, type Result } from '../result.js';
import { dayNumber } from '../schedule/days.js';
import { mayBeAskedToEvaluate, type EvaluationConsentFacts, type EvaluationConsentProblem, type MatchParticipant } from './consent-gate.js';
import type { QuestionnaireDefinition } from './definition.js';
import { respondentFor, type Respondent } from './vocabulary.js';
import type { Codes } from '../codes.js';

/** What scheduling needs to know of a match. */
export interface MatchToEvaluate {
  readonly matchId: string;
  readonly programmeId: string;
  readonly startedOn: IsoDate;
  /** `plannedEndOf(startedOn, settings, context)` from closure. */
  readonly plannedEnd: PlannedEnd;
  readonly closure: { readonly on: IsoDate; readonly reason: ClosureReason } | null;
  /** The people of the match in their roles: the mentee, the volunteer, the pupil's parents, the school mentor. */
  readonly participants: readonly MatchParticipant[];
}

/** One person asked to fill in one questionnaire at one moment of one match. */
export interface QuestionnaireInvitation {
  /** `evaluation:<matchId>:<questionnaireId>:<personId>:<moment>`: the same however often the job runs. */
  readonly key: string;
  /** `<key>:reminder`, or `null` without a reminder. */
  readonly reminderKey: string | null;
  readonly matchId: string;
  readonly programmeId: string;
  readonly questionnaireId: QuestionnaireId;
  /** The newest version when planned; the answer set names the version it answers. */
  readonly version: number;
  readonly moment: QuestionnaireMoment;
  readonly personId: string;
  readonly role: QuestionnaireRole;
  readonly respondent: Respondent;
  readonly sendOn: IsoDate;
  readonly remindOn: IsoDate | null;
  /** The first day it can no longer be answered. */
  readonly expiresOn: IsoDate;
}

/** Why a questionnaire of the settings gives no invitation for a role (yet). */
export type NotPlannedReason =
  | 'questionnaireUnknown'
  | 'roleNotInProgramme'
  | 'respondentNotAsked'
  | 'nobodyInRole'
  /** The middle needs a planned end (open-ended, or a school closure without an end date). */
  | 'noPlannedEnd'
  | 'closedBeforeMidTerm'
  /** No evaluation after a match closed for safeguarding: the coordinator decides what is asked. */
  | 'closedForSafeguarding'
  /** No planned end and not closed: the end is not known yet. */
  | 'waitingForEnd';

export interface NotPlanned {
  readonly questionnaireId: QuestionnaireId;
  readonly moment: QuestionnaireMoment;
  readonly role: QuestionnaireRole;
  readonly reason: NotPlannedReason;
}

export interface QuestionnairePlan {
  readonly invitations: readonly QuestionnaireInvitation[];
  readonly notPlanned: readonly NotPlanned[];
}

/** The newest version of each questionnaire id. */
export function newestById(definitions: readonly QuestionnaireDefinition[]): Map<string, QuestionnaireDefinition> {
  const newest = new Map<string, QuestionnaireDefinition>();
  for (const definition of definitions) {
    const known = newest.get(definition.id);
    if (!known || known.version < definition.version) newest.set(definition.id, definition);
  }
  return newest;
}

/** The day of a moment before timing's offsets: the middle of start and planned end, or the end. */
function sendDay(
  match: MatchToEvaluate,
  moment: QuestionnaireMoment,
  offsetDays: number,
  closureOffsetDays: number,
): { readonly on: IsoDate } | { readonly reason: NotPlannedReason } {
  const { plannedEnd } = match.plannedEnd;
  const { closure } = match;
  if (moment === 'midTerm') {
    if (plannedEnd === null) return { reason: 'noPlannedEnd' };
    const half = Math.floor((dayNumber(plannedEnd) - dayNumber(match.startedOn)) / 2);
    const on = addDays(match.startedOn, half + offsetDays);
    return closure && compareDates(closure.on, on) < 0 ? { reason: 'closedBeforeMidTerm' } : { on };
  }
  if (closure?.reason === 'safeguarding') return { reason: 'closedForSafeguarding' };
  const candidates = [plannedEnd === null ? null : addDays(plannedEnd, offsetDays), closure ? addDays(closure.on, closureOffsetDays) : null].filter(
    (day): day is IsoDate => day !== null,
  );
  if (candidates.length === 0) return { reason: 'waitingForEnd' };
  return { on: candidates.reduce((earliest, day) => (compareDates(day, earliest) < 0 ? day : earliest)) };
}

/**
 * Every invitation of a match, whatever today is (the coordinator's overview of a match):
 *
 * - `midTerm` at the middle of the planned duration (start + half the days to the planned end),
 *   moved by the timing's `offsetDays`; none without a planned end or when the match closed first;
 * - `end` at the planned end (+ `offsetDays`) or, when the match closes before that, at the
 *   closure (+ `closureOffsetDays`) — whichever comes first, once; none after a closure for
 *   safeguarding;
 * - the reminder `reminderAfterDays` after sending (if any), the expiry `expiresAfterDays` after it;
 * - one invitation per person in each role the use names (every parent of the pupil), for the
 *   respondent the role stands for (`respondentFor`) when the definition asks that respondent.
 *
 * The rest comes back in `notPlanned` with the reason. Consent is not checked here; see
 * `questionnairesDue`.
 */
export function planQuestionnaires(
  match: MatchToEvaluate,
  settings: Pick<ProgrammeSettings, 'mentee' | 'questionnaires'>,
  definitions: readonly QuestionnaireDefinition[],
): QuestionnairePlan {
  const newest = newestById(definitions);
  const invitations: QuestionnaireInvitation[] = [];
  const notPlanned: NotPlanned[] = [];
  for (const use of settings.questionnaires) {
    const definition = newest.get(use.questionnaire);
    const timing = questionnaireTimingOf(use);
    const day = sendDay(match, use.when, timing.offsetDays, timing.closureOffsetDays);
    for (const role of use.filledInBy) {
      const skip = (reason: NotPlannedReason): void => void notPlanned.push({ questionnaireId: use.questionnaire, moment: use.when, role, reason });
      const respondent = respondentFor(role, settings.mentee);
      if (!definition) skip('questionnaireUnknown');
      else if (respondent === null) skip('roleNotInProgramme');
      else if (!definition.respondents.includes(respondent)) skip('respondentNotAsked');
      else if ('reason' in day) skip(day.reason);
      else {
        const people = match.participants.filter((participant) => participant.role === role);
        if (people.length === 0) skip('nobodyInRole');
        for (const person of people) {
          const key = `evaluation:${match.matchId}:${use.questionnaire}:${person.personId}:${use.when}`;
          const remindOn = timing.reminderAfterDays === null ? null : addDays(day.on, timing.reminderAfterDays);
          invitations.push({
            key,
            reminderKey: remindOn === null ? null : `${key}:reminder`,
            matchId: match.matchId,
            programmeId: match.programmeId,
            questionnaireId: use.questionnaire,
            version: definition.version,
            moment: use.when,
            personId: person.personId,
            role,
            respondent,
            sendOn: day.on,
            remindOn,
            expiresOn: addDays(day.on, timing.expiresAfterDays),
          });
        }
      }
    }
  }
  return { invitations, notPlanned };
}

/** Where an invitation stands today. */
export type InvitationStatus = 'scheduled' | 'open' | 'answered' | 'expired';

/** `scheduled` before `sendOn`, `open` until `expiresOn`, then `expired`; `answered` once answered. */
export function invitationStatus(invitation: Pick<QuestionnaireInvitation, 'sendOn' | 'expiresOn'>, answered: boolean, today: IsoDate): InvitationStatus {
  if (answered) return 'answered';
  if (compareDates(today, invitation.sendOn) < 0) return 'scheduled';
  return compareDates(today, invitation.expiresOn) < 0 ? 'open' : 'expired';
}

export type SubmissionProblem = Codes< 'EVALUATION.INVITATION_NOT_OPEN' | 'EVALUATION.INVITATION_EXPIRED' | 'EVALUATION.INVITATION_ANSWERED'>;

/** Whether answers to this invitation may be stored today: open, not yet answered. */
export function checkSubmissionWindow(
  invitation: Pick<QuestionnaireInvitation, 'sendOn' | 'expiresOn'>,
  answered: boolean,
  today: IsoDate,
): Result<true, SubmissionProblem> {
  switch (invitationStatus(invitation, answered, today)) {
    case 'answered':
      return refuse('EVALUATION.INVITATION_ANSWERED');
    case 'scheduled':
      return refuse('EVALUATION.INVITATION_NOT_OPEN');
    case 'expired':
      return refuse('EVALUATION.INVITATION_EXPIRED');
    case 'open':
      return accept(true);
  }
}

/** What the job does today for one match. */
export interface QuestionnairesDue {
  /** Open and unanswered, with consent: store and send each key once (again tomorrow is harmless). */
  readonly invite: readonly QuestionnaireInvitation[];
  /** Open, unanswered, with consent, past the reminder day: send each `reminderKey` once. */
  readonly remind: readonly QuestionnaireInvitation[];
  /** Open but not to be sent (EVA-1): the consent is not in place. The match is not affected. */
  readonly notAsked: readonly { readonly invitation: QuestionnaireInvitation; readonly reason: EvaluationConsentProblem }[];
}

/**
 * The invitations of a match to send and to remind today: those open today (`sendOn` ≤ today <
 * `expiresOn`), not answered (`answeredKeys`), for people who may be asked today (EVA-1,
 * `mayBeAskedToEvaluate`: consent is checked each day, so a withdrawal stops the reminder). After a
 * closure for safeguarding nothing is sent or reminded. Idempotent: the same day gives the same
 * keys, and a key never changes when dates move.
 */
export function questionnairesDue(
  match: MatchToEvaluate,
  settings: Pick<ProgrammeSettings, 'mentee' | 'questionnaires'>,
  definitions: readonly QuestionnaireDefinition[],
  consent: EvaluationConsentFacts,
  answeredKeys: ReadonlySet<string>,
  today: IsoDate,
): QuestionnairesDue {
  if (match.closure?.reason === 'safeguarding') return { invite: [], remind: [], notAsked: [] };
  const invite: QuestionnaireInvitation[] = [];
  const remind: QuestionnaireInvitation[] = [];
  const notAsked: { invitation: QuestionnaireInvitation; reason: EvaluationConsentProblem }[] = [];
  for (const invitation of planQuestionnaires(match, settings, definitions).invitations) {
    if (invitationStatus(invitation, answeredKeys.has(invitation.key), today) !== 'open') continue;
    const gate = mayBeAskedToEvaluate(invitation, consent, today);
    if (!gate.ok) {
      notAsked.push({ invitation, reason: gate.code });
      continue;
    }
    invite.push(invitation);
    if (invitation.remindOn !== null && compareDates(invitation.remindOn, today) <= 0) remind.push(invitation);
  }
  return { invite, remind, notAsked };
}

export type QuestionnaireUseProblem = Codes< 'EVALUATION.QUESTIONNAIRE_UNKNOWN' | 'EVALUATION.RESPONDENT_NOT_ASKED'>;

/**
 * The programme's questionnaire uses against the definitions the api has (built in and the
 * programme's own), beside `validateProgrammeSettings`: every questionnaire exists, and every role
 * stands for a respondent the questionnaire asks.
 */
export function checkQuestionnaireUses(
  settings: Pick<ProgrammeSettings, 'mentee' | 'questionnaires'>,
  definitions: readonly QuestionnaireDefinition[],
): readonly Refusal<QuestionnaireUseProblem>[] {
  const newest = newestById(definitions);
  const refusals: Refusal<QuestionnaireUseProblem>[] = [];
  settings.questionnaires.forEach((use, index) => {
    const definition = newest.get(use.questionnaire);
    if (!definition) {
      refusals.push({ ok: false, code: 'EVALUATION.QUESTIONNAIRE_UNKNOWN', field: `questionnaires.${index}.questionnaire` });
      return;
    }
    const unasked = use.filledInBy.some((role) => {
      const respondent = respondentFor(role, settings.mentee);
      return respondent === null || !definition.respondents.includes(respondent);
    });
    if (unasked) refusals.push({ ok: false, code: 'EVALUATION.RESPONDENT_NOT_ASKED', field: `questionnaires.${index}.filledInBy` });
  });
  return refusals;
}

/**
 * Where a match stands and what comes next, derived from its recorded facts in one place, so the
 * board, the match page and the checks agree.
 */
import type { IsoDate } from '../calendar/index.js';
import type { ContractSigner, MatchLifecycleSettings, MatchNextStep, MatchNextStepCode, MatchRecord, MatchStage, MatchSuspension } from './types.js';

/**
 * The suspension in force: the last one, when it has not been resumed and the match is still open;
 * `null` otherwise.
 */
export function currentSuspension(match: MatchRecord): MatchSuspension | null {
  const last = match.suspensions?.at(-1);
  if (!last || last.resumption || match.end || match.decline) return null;
  return last;
}

/**
 * The stage of a match: closed (`ended`, `declined`) first, then `suspended` while a suspension is
 * in force, then the furthest step recorded — `active` from the start, `scheduled` once a weekly time is agreed, `contracted` once every
 * required signer signed, `agreed` once both sides agreed, `introduced` after the matching
 * conversation, else `proposed` (schoolscool-thuismentor-worden.txt, the order of the steps).
 */
export function matchStage(match: MatchRecord): MatchStage {
  if (match.end) return 'ended';
  if (match.decline) return 'declined';
  if (currentSuspension(match)) return 'suspended';
  if (match.startedOn !== undefined) return 'active';
  if (match.weeklyTime) return 'scheduled';
  if (match.contractCompletedOn !== undefined) return 'contracted';
  if (match.agreements.volunteer !== undefined && match.agreements.family !== undefined) return 'agreed';
  if (match.introduction) return 'introduced';
  return 'proposed';
}

/**
 * Open: neither declined nor ended. An open match takes one of the volunteer's places (DOMAIN.md
 * §4 capacity) and is the mentee's one match at a time; a suspended match is open (it holds both
 * until the coordinator resumes or ends it) but not running (`isRunning`).
 */
export function isOpen(match: MatchRecord): boolean {
  return match.end === undefined && match.decline === undefined;
}

/**
 * Running: active and not suspended. Only a running match has meetings, takes meeting logs, gets
 * log reminders and check-in items, and gives the volunteer access to the pupil's data (SCR-7's
 * `hasActiveMatch` is "has a running match").
 */
export function isRunning(match: MatchRecord): boolean {
  return matchStage(match) === 'active';
}

/**
 * Confirmed: active and past the getting-to-know period with the coordinator's confirmation, or
 * active in a programme without such a period (Parent'R'US 3.3.3 "matching confirmation").
 */
export function isConfirmed(match: MatchRecord): boolean {
  return match.startedOn !== undefined && (match.confirmation !== undefined || match.gettingToKnowUntil === null);
}

/** The signers the settings require who have not signed yet, in the settings' order. */
export function missingSigners(match: MatchRecord, settings: MatchLifecycleSettings): readonly ContractSigner[] {
  return settings.contractSigners.filter((signer) => !match.signatures.some((signature) => signature.signer === signer));
}

/**
 * The steps before the start that the settings require and the match lacks, in their order: the
 * matching conversation, each side's agreement, each missing signature, the weekly time, the warm
 * handover. Empty when the match may be activated (CON-1 aside).
 */
export function missingStepsBeforeStart(match: MatchRecord, settings: MatchLifecycleSettings): readonly MatchNextStep[] {
  const steps: MatchNextStep[] = [];
  if (settings.requireIntroduction && !match.introduction) steps.push({ step: 'introduction' });
  if (match.agreements.volunteer === undefined) steps.push({ step: 'agreement', side: 'volunteer' });
  if (match.agreements.family === undefined) steps.push({ step: 'agreement', side: 'family' });
  for (const signer of missingSigners(match, settings)) steps.push({ step: 'signature', signer });
  if (settings.requireWeeklyTime && !match.weeklyTime) steps.push({ step: 'weeklyTime' });
  if (settings.requireWarmHandover && !match.warmHandover) steps.push({ step: 'warmHandover' });
  return steps;
}

/**
 * The coordinator's checklist (DOMAIN.md §4): before the start, every missing step in order and
 * then `activation`; while active and not yet confirmed, `confirmation` with the day it is allowed
 * from; nothing for a confirmed, suspended (resume or end it first), declined or ended match.
 */
export function nextStepsOf(match: MatchRecord, settings: MatchLifecycleSettings): readonly MatchNextStep[] {
  if (!isOpen(match) || currentSuspension(match)) return [];
  if (match.startedOn !== undefined) {
    if (isConfirmed(match) || !match.gettingToKnowUntil) return [];
    return [{ step: 'confirmation', from: match.gettingToKnowUntil }];
  }
  return [...missingStepsBeforeStart(match, settings), { step: 'activation' }];
}

/**
 * A checklist step as one namespaced code an app translates once (`MATCH.NEXT.SIGNATURE_PARENT`,
 * `MATCH.NEXT.CONFIRMATION`); the confirmation's day stays on the step.
 */
export function nextStepCode(step: MatchNextStep): MatchNextStepCode {
  switch (step.step) {
    case 'agreement':
      return `MATCH.NEXT.AGREEMENT_${upper(step.side)}`;
    case 'signature':
      return `MATCH.NEXT.SIGNATURE_${upper(step.signer)}`;
    case 'weeklyTime':
      return 'MATCH.NEXT.WEEKLY_TIME';
    case 'warmHandover':
      return 'MATCH.NEXT.WARM_HANDOVER';
    default:
      return `MATCH.NEXT.${upper(step.step)}`;
  }
}

const upper = <T extends string>(value: T): Uppercase<T> => value.toUpperCase() as Uppercase<T>;

/** The latest date recorded on a match: a later step may not be dated before it. */
export function latestRecordedDate(match: MatchRecord): IsoDate {
  const dates: (IsoDate | null | undefined)[] = [
    match.proposedOn,
    match.introduction?.heldOn,
    match.agreements.volunteer,
    match.agreements.family,
    ...match.signatures.map((signature) => signature.signedOn),
    match.weeklyTime?.agreedOn,
    match.warmHandover?.heldOn,
    match.startedOn,
    match.confirmation?.confirmedOn,
    match.decline?.on,
    match.end?.on,
    ...(match.suspensions ?? []).flatMap((suspension) => [...suspension.grounds.map((ground) => ground.on), suspension.resumption?.on]),
  ];
  return dates.reduce<IsoDate>((latest, date) => (date && date > latest ? date : latest), match.proposedOn);
}

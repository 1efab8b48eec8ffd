/**
 * Each screening step judged on its own, as if the programme required it. `assess.ts` then
 * applies the programme's waivers and combines the steps into a status (SCR-1).
 */
import { compareDates, type IsoDate } from '../calendar/index.js';
import { codeOfConductStanding } from './code-of-conduct.js';
import type { ScreeningPolicy, ScreeningProblem, ScreeningRecord, ScreeningStep, StepState } from './types.js';
import { missingVogAspects, vogIssuedRecentEnough, vogRenewalDue, vogSeenAfterIssue } from './vog.js';

/** One step's verdict before waivers are applied. */
export interface StepVerdict {
  readonly state: Exclude<StepState, 'waived'>;
  readonly problems: readonly ScreeningProblem[];
  readonly doneOn?: IsoDate;
}

const pending = (problem: ScreeningProblem): StepVerdict => ({ state: 'pending', problems: [problem] });

/** SCR-1: the intake interview counts only when the interviewer judged the volunteer suitable. */
export function judgeIntakeInterview(record: ScreeningRecord): StepVerdict {
  const interview = record.intakeInterview;
  if (!interview) return pending('SCREENING.STEP_PENDING');
  switch (interview.outcome) {
    case 'suitable':
      return { state: 'done', problems: [], doneOn: interview.heldOn };
    case 'unsuitable':
      return { state: 'failed', problems: ['SCREENING.INTERVIEW_NOT_SUITABLE'] };
    case 'doubt':
      // Not a verdict yet: the coordinator records the outcome once the doubt is settled.
      return pending('SCREENING.STEP_PENDING');
  }
}

/**
 * SCR-1: at least `minReferenceChecks` positive references and no negative one. A negative
 * reference fails the step whatever the count.
 */
export function judgeReferenceChecks(record: ScreeningRecord, policy: ScreeningPolicy): StepVerdict {
  if (record.referenceChecks.some((check) => check.outcome === 'negative')) {
    return { state: 'failed', problems: ['SCREENING.REFERENCE_NEGATIVE'] };
  }
  const positiveDates = record.referenceChecks
    .filter((check) => check.outcome === 'positive')
    .map((check) => check.checkedOn)
    .sort(compareDates);
  if (positiveDates.length < policy.minReferenceChecks) return pending('SCREENING.REFERENCES_TOO_FEW');
  // Done on the day the last reference needed came in.
  const doneOn = positiveDates[policy.minReferenceChecks - 1];
  return doneOn === undefined ? { state: 'done', problems: [] } : { state: 'done', problems: [], doneOn };
}

/**
 * SCR-1…SCR-5: a VOG registered as PROVIDED that was recent enough when seen (SCR-2) and covers
 * the required aspects (SCR-3) is done until its renewal date, from which it has expired (SCR-4).
 * NOT_PROVIDED fails the step (SCR-5: no reason is kept, so none is shown).
 */
export function judgeVog(record: ScreeningRecord, policy: ScreeningPolicy, today: IsoDate): StepVerdict {
  const registration = record.vog.registration;
  if (!registration) return pending(record.vog.requestedOn ? 'SCREENING.VOG_NOT_RECEIVED' : 'SCREENING.VOG_NOT_REQUESTED');
  if (registration.result === 'notProvided') return { state: 'failed', problems: ['SCREENING.VOG_NOT_PROVIDED'] };
  if (!vogSeenAfterIssue(registration)) return { state: 'failed', problems: ['SCREENING.VOG_SEEN_BEFORE_ISSUE'] };
  const problems: ScreeningProblem[] = [];
  if (!vogIssuedRecentEnough(registration, policy)) problems.push('SCREENING.VOG_TOO_OLD');
  if (missingVogAspects(registration, policy).length > 0) problems.push('SCREENING.VOG_ASPECT_MISSING');
  if (problems.length > 0) return { state: 'failed', problems };
  if (compareDates(today, vogRenewalDue(registration.issueDate, policy)) >= 0) {
    return { state: 'expired', problems: ['SCREENING.VOG_EXPIRED'] };
  }
  return { state: 'done', problems: [], doneOn: registration.seenOn };
}

/**
 * SCR-1/SCR-6: signed in the current version is done. An older version leaves the step pending
 * (CODE_OF_CONDUCT_OUTDATED); whether that blocks a volunteer who is otherwise cleared depends on
 * the re-acceptance period, which `assess.ts` decides.
 */
export function judgeCodeOfConduct(record: ScreeningRecord, policy: ScreeningPolicy, today: IsoDate): StepVerdict {
  const acceptance = record.codeOfConduct;
  const standing = codeOfConductStanding(acceptance, policy, today);
  if (!acceptance || standing === 'missing') return pending('SCREENING.STEP_PENDING');
  if (standing === 'current') return { state: 'done', problems: [], doneOn: acceptance.signedOn };
  return pending('SCREENING.CODE_OF_CONDUCT_OUTDATED');
}

/** SCR-1: training on signals and the reporting protocol completed (Thuisschoolmaatje: digital). */
export function judgeTraining(record: ScreeningRecord): StepVerdict {
  return record.training
    ? { state: 'done', problems: [], doneOn: record.training.completedOn }
    : pending('SCREENING.STEP_PENDING');
}

/** Every step's verdict, as if required. */
export function judgeStep(step: ScreeningStep, record: ScreeningRecord, policy: ScreeningPolicy, today: IsoDate): StepVerdict {
  switch (step) {
    case 'intakeInterview':
      return judgeIntakeInterview(record);
    case 'referenceChecks':
      return judgeReferenceChecks(record, policy);
    case 'vog':
      return judgeVog(record, policy, today);
    case 'codeOfConduct':
      return judgeCodeOfConduct(record, policy, today);
    case 'training':
      return judgeTraining(record);
  }
}

/**
 * One place decides where a volunteer's screening stands, so the applicant list, its counts, the
 * status page and the matcher agree (SCR-1…SCR-8; DOMAIN.md §2).
 */
import { requireIsoDate } from '../input.js';
import { codeOfConductReacceptBy, codeOfConductStanding } from './code-of-conduct.js';
import { judgeStep, type StepVerdict } from './steps.js';
import type { IsoDate } from '../calendar/index.js';
import { SCREENING_STEPS, type PipelineStage, type ScreeningAssessment, type ScreeningPolicy, type ScreeningProblem, type ScreeningRecord, type ScreeningStatus, type ScreeningStep, type StepAssessment, type StepRequirement } from './types.js';
import { vogRenewalDue, vogRenewalReminderOn } from './vog.js';

/**
 * Failures that say something about the person rather than the paperwork. A programme that
 * waives a step does not ask for it, but when one was recorded anyway and came out like this, the
 * volunteer is not cleared: a waiver is about speed, not about ignoring a warning.
 */
const PERSONAL_FAILURES: ReadonlySet<ScreeningProblem> = new Set<ScreeningProblem>([
  'SCREENING.INTERVIEW_NOT_SUITABLE',
  'SCREENING.REFERENCE_NEGATIVE',
  'SCREENING.VOG_NOT_PROVIDED',
]);

interface JudgedStep {
  readonly step: ScreeningStep;
  readonly requirement: StepRequirement;
  readonly verdict: StepVerdict;
}

/** A required step is satisfied when done; a waived one unless a personal failure was recorded. */
function satisfied({ requirement, verdict }: JudgedStep): boolean {
  return requirement === 'required'
    ? verdict.state === 'done'
    : !verdict.problems.some((problem) => PERSONAL_FAILURES.has(problem));
}

function nothingRecorded(record: ScreeningRecord): boolean {
  return (
    !record.intakeInterview &&
    record.referenceChecks.length === 0 &&
    !record.vog.requestedOn &&
    !record.vog.registration &&
    !record.codeOfConduct &&
    !record.training
  );
}

function stepAssessment({ step, requirement, verdict }: JudgedStep, codeOfConductLapsed: boolean): StepAssessment {
  const doneOn = verdict.state === 'done' ? verdict.doneOn : undefined;
  if (requirement === 'waived') {
    // DOMAIN.md §2: a waiver stays visible; only a personal failure is shown on it.
    const problems = verdict.problems.filter((problem) => PERSONAL_FAILURES.has(problem));
    return doneOn ? { step, requirement, state: 'waived', problems, doneOn } : { step, requirement, state: 'waived', problems };
  }
  // SCR-6: once the re-acceptance period has run out, the old signature no longer counts.
  const state = step === 'codeOfConduct' && codeOfConductLapsed ? 'expired' : verdict.state;
  return doneOn ? { step, requirement, state, problems: verdict.problems, doneOn } : { step, requirement, state, problems: verdict.problems };
}

function stageOf(status: ScreeningStatus, judged: readonly JudgedStep[]): PipelineStage {
  switch (status) {
    case 'rejected':
      return 'rejected';
    case 'withdrawn':
      return 'withdrawn';
    case 'cleared':
      return 'readyToMatch';
    case 'actionRequired':
    case 'screeningExpired':
    case 'revoked':
      return 'actionRequired';
    case 'applied':
    case 'inScreening':
      // Not cleared, so some step is unsatisfied; the fallback cannot be reached.
      return judged.find((judgedStep) => !satisfied(judgedStep))?.step ?? 'actionRequired';
  }
}

/**
 * Assesses a volunteer's screening on `today` against the programme's policy.
 *
 * - SCR-1: `cleared` (and ready to match) only when every required step is done; waived steps are
 *   listed with state `waived` so the waiver stays visible.
 * - SCR-2/3/5: a VOG that is too old when seen, misses a required aspect or was not provided
 *   fails its step. A failed step never rejects by itself: the coordinator decides.
 * - SCR-4: from `issueDate + rescreeningIntervalMonths` the VOG step is `expired` and the status
 *   `screeningExpired`; the reminder date is returned alongside.
 * - SCR-6: a volunteer who signed an older code version and is otherwise cleared stays `cleared`
 *   during the re-acceptance period and is `actionRequired` after it; for anyone else the step
 *   is simply pending.
 * - SCR-8: a revoked screening is `revoked` and never ready. A rejection or withdrawal ends the
 *   application (`rejected`/`withdrawn`).
 *
 * `stage` is the outcome for those statuses, otherwise the first step that still holds the
 * volunteer up. `applied` means nothing has been recorded yet.
 *
 * @example
 * const assessment = assessScreening(record, defaultScreeningPolicy('schoolsCool'), '2025-06-01');
 * assessment.status; // 'inScreening'
 * assessment.stage; // 'referenceChecks': the first required step not done
 * @returns the status, the stage, one assessment per step and the VOG renewal date
 * @throws {DomainInputError} when `today` is not an ISO date
 */
export function assessScreening(record: ScreeningRecord, policy: ScreeningPolicy, today: IsoDate): ScreeningAssessment {
  requireIsoDate(today, 'today');
  const judged: readonly JudgedStep[] = SCREENING_STEPS.map((step) => ({
    step,
    requirement: policy.steps[step],
    verdict: judgeStep(step, record, policy, today),
  }));
  const vog = judged.find((judgedStep) => judgedStep.step === 'vog');
  const vogRequired = vog?.requirement === 'required';
  const codeRequired = policy.steps.codeOfConduct === 'required';
  const codeStanding = codeOfConductStanding(record.codeOfConduct, policy, today);
  const otherwiseCleared = judged.every((judgedStep) => judgedStep.step === 'codeOfConduct' || satisfied(judgedStep));
  const codeOfConductLapsed = codeRequired && otherwiseCleared && codeStanding === 'outdatedAfterGrace';

  const status = statusOf();
  function statusOf(): ScreeningStatus {
    if (record.decision) return record.decision.kind === 'rejected' ? 'rejected' : 'withdrawn';
    if (record.revokedOn) return 'revoked';
    if (vogRequired && vog.verdict.state === 'expired') return 'screeningExpired';
    if (codeOfConductLapsed) return 'actionRequired';
    const codeAccepted = !codeRequired || codeStanding === 'current' || codeStanding === 'outdatedWithinGrace';
    if (otherwiseCleared && codeAccepted) return 'cleared';
    return nothingRecorded(record) ? 'applied' : 'inScreening';
  }

  const registration = record.vog.registration;
  const vogValid = vogRequired && (vog.verdict.state === 'done' || vog.verdict.state === 'expired');
  const codeOutdated = codeRequired && (codeStanding === 'outdatedWithinGrace' || codeStanding === 'outdatedAfterGrace');
  return {
    status,
    stage: stageOf(status, judged),
    readyToMatch: status === 'cleared',
    steps: judged.map((judgedStep) => stepAssessment(judgedStep, codeOfConductLapsed)),
    ...(vogValid && registration
      ? {
          vogRenewalDue: vogRenewalDue(registration.issueDate, policy),
          vogRenewalReminderOn: vogRenewalReminderOn(registration.issueDate, policy),
        }
      : {}),
    ...(codeOutdated ? { codeOfConductReacceptBy: codeOfConductReacceptBy(policy) } : {}),
  };
}

/**
 * The match lifecycle (DOMAIN.md §4–§5, §8): proposal, matching conversation, both sides'
 * agreement, contract, weekly time, warm handover, activation under CON-1 and SAF-17, the
 * getting-to-know period and its confirmation, suspension and resumption (CON-4, SAF-4, SAF-11,
 * SCR-4, SCR-8), declines and closure; capacity and the one-open-match rules.
 */
export * from './types.js';
export { MATCH_LIFECYCLE_TEMPLATES, matchLifecycleSettingsFor, validateMatchLifecycleSettings, type MatchLifecycleSettingsProblem } from './settings.js';
export { matchStage, isOpen, isRunning, isConfirmed, currentSuspension, missingSigners, nextStepsOf, nextStepCode } from './stage.js';
export {
  capacityLeft,
  hasCapacityLeft,
  openMatchesOfVolunteer,
  previousVolunteerIds,
  checkNewMatch,
  proposeMatch,
  type MatchProposal,
  type NewMatchContext,
  type NewMatchProblem,
} from './propose.js';
export { recordIntroduction, recordAgreement, recordContractSignature, agreeWeeklyTime, recordWarmHandover } from './steps.js';
export { activateMatch, confirmMatch, checkMatchStart, type MatchStartFacts } from './activation.js';
export {
  suspendMatch,
  resumeMatch,
  suspensionReasonOf,
  volunteerStopPlan,
  suspensionNotices,
  visibleSuspensionReasons,
  FINAL_SUSPENSION_REASONS,
  SUSPENSION_AUDIENCES,
  type MatchResumption,
  type SuspensionAudience,
  type SuspensionNotice,
} from './suspension.js';
export { declineMatch, endMatch, type MatchDeclined } from './closing.js';

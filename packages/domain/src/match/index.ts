/**
 * The match lifecycle (DOMAIN.md §4–§5, §8): proposal, matching conversation, both sides'
 * agreement, contract, weekly time, warm handover, activation under CON-1, the getting-to-know
 * period and its confirmation, declines and closure; capacity and the one-open-match rules.
 */
export * from './types.js';
export { MATCH_LIFECYCLE_TEMPLATES, matchLifecycleSettingsFor, validateMatchLifecycleSettings, type MatchLifecycleSettingsProblem } from './settings.js';
export { matchStage, isOpen, isConfirmed, missingSigners, nextStepsOf, nextStepCode } from './stage.js';
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
export { activateMatch, confirmMatch } from './activation.js';
export { declineMatch, endMatch, type MatchDeclined } from './closing.js';

/**
 * Safeguarding (DOMAIN.md §6; reference A2 SAF-1…17, B1): a concern as an append-only record of
 * facts apart from interpretation; the acute path (authorities first, alerts and escalation); the
 * five Meldcode steps with the afwegingskader and the three meldnormen enforced at the decision;
 * time targets as settings with overdue flags; who may read what; one chronology per pupil; what a
 * concern means for matches; the organisation's safeguarding lead and deputy.
 */
export * from './types.js';
export { DEFAULT_SAFEGUARDING_SETTINGS, safeguardingSettingsOf, validateSafeguardingSettings, type SafeguardingSettings } from './settings.js';
export {
  checkConcernReport,
  checkSources,
  openConcern,
  reporterGuidance,
  concernReportFromCheckIn,
  EMERGENCY_LINES,
  type EmergencyService,
  type ReporterContext,
  type ReporterGuidance,
  type CheckInSafetyAnswer,
  type CheckInForConcern,
} from './report.js';
export { appendConcernEntry, concernState, nextConcernStep, acuteGateOpen, closeRefusal, isCaseTeam, type ConcernEntryInput, type ConcernNextStep } from './record.js';
export { checkAssessment, checkDecision, checkFollowUp, reportRequiredBy, type ReportRequirement } from './meldcode.js';
export { alertChain, alertDecision, type AlertDecision } from './acute.js';
export { concernTimers, type ConcernTimer, type ConcernTimers } from './timers.js';
export { mayReadConcern, readableEntries, readableConcerns, CONCERN_VIEWER_ROLES, type ConcernViewer, type ConcernViewerRole, type ConcernAccess } from './visibility.js';
export { pupilChronology, type PupilChronology, type ChronologyItem } from './chronology.js';
export { openConcernSuspendsMatch, suspendingConcernsFor, concernMatchActions, type ConcernMatchActions } from './consequences.js';
export { checkSafeguardingRoles, safeguardingContactsForVolunteers, type SafeguardingRoles, type SafeguardingRoleHolder, type SafeguardingRolesProblem } from './roles.js';

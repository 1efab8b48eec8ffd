/**
 * Reports for funders, boards and schools (DOMAIN.md §7; the Parent'R'US annex "Sjabloon voor
 * mentorrapportage"; schoolscool-draagvlak-onderzoek.txt): the programme report, live compliance
 * figures, the recruitment funnel per channel and employer with nudges for stalled applicants,
 * roll-ups of regional figures into national ones, the school mentor's view, the EVA-2
 * small-numbers rule, safe export cells, and the texts in English and Dutch. Every function takes
 * plain facts and computes every figure; nothing here reads a database.
 */
export { PERIOD_UNITS, isReportPeriod, periodsIn, type PeriodUnit, type ReportPeriod } from './period.js';
export * from './measures.js';
export * from './small-numbers.js';
export * from './funnel.js';
export * from './participants.js';
export * from './results.js';
export * from './programme-report.js';
export * from './compliance.js';
export { uncoveredMeetings } from './meeting-coverage.js';
export * from './roll-up.js';
export * from './school-view.js';
export * from './export-cells.js';
export * from './texts.js';

/**
 * Evaluation (DOMAIN.md §7; parentrus-mentormodel-ouderbetrokkenheid.txt 3.3.7 tools 3 and 4;
 * safeguarding-consent-security.md EVA-1…EVA-5): questionnaires as data for every party of the
 * match, scheduled from the match, answered, scored, compared (change and mirror) and reported
 * per programme without figures resting on fewer than five respondents.
 */
export * from './vocabulary.js';
export * from './definition.js';
export * from './validate-definition.js';
export * from './own-questionnaire.js';
export * from './render.js';
export * from './pseudonym.js';
export * from './answers.js';
export * from './scoring.js';
export * from './comparison.js';
export * from './aggregate.js';
export * from './report-results.js';
export * from './consent-gate.js';
export * from './schedule.js';
export * from './follow-up.js';
export * from './concern.js';
export * from './retention.js';
export * from './questionnaires/index.js';

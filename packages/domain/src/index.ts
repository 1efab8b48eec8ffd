/**
 * Every module of the package as a namespace, for consumers who prefer one import:
 * `import { matching, consent } from '@driehoek/domain'`. The subpaths
 * (`@driehoek/domain/matching`, …) import less and are the documented way.
 */
export * as codes from './codes.js';
export * as accounts from './accounts/index.js';
export * as screening from './screening/index.js';
export * as programme from './programme/index.js';
export * as consent from './consent/index.js';
export * as application from './application/index.js';
export * as calendar from './calendar/index.js';
export * as result from './result.js';
export * as matching from './matching/index.js';
export * as pupil from './pupil/index.js';
export * as match from './match/index.js';
export * as schedule from './schedule/index.js';
export * as meetingLog from './meeting-log/index.js';
export * as attention from './attention/index.js';
export * as budget from './budget/index.js';
export * as closure from './closure/index.js';
export * as schoolHolidays from './school-holidays/index.js';
export * as privacy from './privacy/index.js';
export * as safeguarding from './safeguarding/index.js';
export * as reporting from './reporting/index.js';
export * as evaluation from './evaluation/index.js';

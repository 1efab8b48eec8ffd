export { applicantsRouter } from './applicants-router.js';
export { assess, referencesByVolunteer, screeningColumnsOfRow, screeningColumnsSql, screeningRecordOf } from './record.js';
export { screeningRouter } from './router.js';
export { suspendUnscreenedMatches } from './expiry.js';

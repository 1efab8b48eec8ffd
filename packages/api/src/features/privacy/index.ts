/** Privacy operations: the retention job (references part (d)). */
export { applyRetention, applyRetentionIfDue } from './retention-job.js';
export { auditRouter, privacyRouter } from './router.js';

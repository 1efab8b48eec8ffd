export { concernsRouter, safeguardingRouter } from './router.js';
export { escalateConcernAlerts } from './alerts.js';
export { concernFromCheckIn, concernFromEvaluationAnswer } from './from-records.js';
export { safeguardingRolesOf } from './roles.js';
export { activationSafeguarding } from './activation.js';
export { concernsForToday } from './concerns.js';

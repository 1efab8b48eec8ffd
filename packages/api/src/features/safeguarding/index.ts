export { concernsRouter, safeguardingRouter } from './router.js';
export { escalateConcernAlerts } from './alerts.js';
export { raiseConcern } from './concerns.js';
export { safeguardingRolesOf } from './roles.js';
export { activationSafeguarding } from './activation.js';

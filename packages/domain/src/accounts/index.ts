export { ACCOUNT_ROLES, checkAccountChange, type AccountChange, type AccountChangeRefusal, type AccountRole, type TeamAccount } from './team.js';

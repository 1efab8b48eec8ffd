export { teamRouter } from './router.js';
export { inviteStaffMember } from './invitation.js';
export { changeableAccount } from './account-change.js';

export { teamRouter } from './router.js';
export { inviteStaffMember } from './invitation.js';

export { logReminderMail, notifyFamilyCantMakeIt, notifyMatchProposed, notifyMatchStarts, notifyMeetingMoved, notifyScreeningComplete } from './notify.js';

export { logReminderMail, notifyFamilyCantMakeIt, notifyMatchProposed, notifyMatchStarts, notifyMeetingMoved, notifyScreeningComplete } from './notify.js';
/** The Dutch (and other) words of the mails, for the check that Dutch says "je" (src/mail/dutch-je.test.ts). */
export { FAMILY_TEXTS, VOLUNTEER_TEXTS } from './texts.js';

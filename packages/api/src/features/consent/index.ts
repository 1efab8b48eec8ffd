export { recordConsentDecision } from './decide.js';
export { consentNotice } from './notice-text.js';
export { consentRecordOf, familyNotificationOf } from './records.js';
export { consentRouter } from './router.js';
export { withdrawConsentRecord } from './withdraw-record.js';
/** The notices' words per language, for the check that Dutch says "je" (src/mail/dutch-je.test.ts). */
export { NOTICE_TEXTS } from './notices/index.js';

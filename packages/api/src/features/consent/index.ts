export { recordConsentDecision } from './decide.js';
export { consentNotice } from './notice-text.js';
export { consentRecordOf, familyNotificationOf } from './records.js';
export { consentRouter } from './router.js';
export { withdrawConsentRecord } from './withdraw-record.js';

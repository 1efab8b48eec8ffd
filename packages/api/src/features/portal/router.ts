import { router } from '../../trpc/index.js';
import { answerConsent } from './answer-consent.js';
import { contact } from './contact.js';
import { family } from './family.js';
import { logout } from './logout.js';
import { me } from './me.js';
import { requestCode } from './request-code.js';
import { setLanguage } from './set-language.js';
import { verifyCode } from './verify-code.js';
import { verifyLink } from './verify-link.js';
import { withdrawConsent } from './withdraw-consent.js';
import { logMeeting, myLogs, myMatches } from './volunteer.js';
import { cantMakeIt, schedule } from './schedule.js';
import { calendarLink, revokeCalendarLink } from './calendar.js';

export const portalRouter = router({
  requestCode,
  verifyCode,
  verifyLink,
  me,
  contact,
  logout,
  setLanguage,
  family,
  answerConsent,
  withdrawConsent,
  schedule,
  cantMakeIt,
  myMatches,
  logMeeting,
  myLogs,
  calendarLink,
  revokeCalendarLink,
});

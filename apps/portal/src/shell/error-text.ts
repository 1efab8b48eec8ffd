import { useTranslation } from 'react-i18next';
import type { ServerRefusal } from './server-errors.js';

/**
 * The code namespaces the portal's procedures can refuse with (`portal.*` and `application.*`
 * procedures and the domain rules they run). `error-text.test.ts` reads every code of these
 * namespaces from the api and the domain and fails when one has no text here in every language.
 */
export const PORTAL_NAMESPACES = ['AUTH', 'INPUT', 'LOG', 'NOT_FOUND', 'PORTAL', 'SCHEDULE'] as const;

/** Codes outside those namespaces that a portal procedure gives (checked by the same test). */
export const PORTAL_EXTRA_CODES = [
  'CONSENT.GIVER_CANNOT_CONSENT',
  'CONSENT.NOTICE_CHANGED',
  // concerns.raise from "I am worried about …" (SAF-1)
  'SAFEGUARDING.ACUTE_DANGER_UNANSWERED',
  'SAFEGUARDING.FACTS_REQUIRED',
  'SAFEGUARDING.OBSERVED_IN_FUTURE',
  'SAFEGUARDING.OBSERVED_ON_INVALID',
  'SAFEGUARDING.REPORTER_NOT_ALLOWED',
  'SAFEGUARDING.SOURCE_UNNAMED',
  'SAFEGUARDING.TIME_INVALID',
] as const;

/** Every code the portal can receive, and the key of its words (some live beside their page). */
export const DOMAIN_TEXTS: Record<string, string> = {
  'AUTH.CONFIRMATION_REQUIRED': 'errors.forbidden',
  'AUTH.FORBIDDEN': 'errors.forbidden',
  'AUTH.INVALID_CREDENTIALS': 'signIn.invalid',
  'AUTH.LINK_EXPIRED': 'errors.linkInvalid',
  'AUTH.LINK_INVALID': 'errors.linkInvalid',
  'AUTH.LINK_USED': 'errors.linkInvalid',
  'AUTH.NOT_SIGNED_IN': 'errors.signedOut',
  'AUTH.PASSWORD_INCORRECT': 'signIn.invalid',
  'AUTH.TOO_MANY_ATTEMPTS': 'signIn.tooMany',
  'CONSENT.GIVER_CANNOT_CONSENT': 'errors.cannotConsent',
  'CONSENT.NOTICE_CHANGED': 'errors.noticeChanged',
  'INPUT.CONTROL_CHARACTER': 'errors.controlCharacter',
  'LOG.AFTER_MATCH_ENDED': 'meetingLog.errors.afterEnd',
  'LOG.BEFORE_MATCH_STARTED': 'meetingLog.errors.beforeStart',
  'LOG.DATE_INVALID': 'errors.date',
  'LOG.DATE_IN_FUTURE': 'meetingLog.errors.dateInFuture',
  'LOG.DESCRIPTION_REQUIRED': 'errors.required',
  'LOG.DURATION_INVALID': 'errors.duration',
  'LOG.FORM_NOT_ALLOWED': 'meetingLog.errors.formNotAllowed',
  'LOG.MATCH_SUSPENDED': 'errors.matchSuspended',
  'LOG.WRONG_MATCH': 'meetingLog.errors.wrongMatch',
  NOT_FOUND: 'errors.notFound',
  'PORTAL.CODE_EXPIRED': 'signIn.expired',
  'PORTAL.CODE_INVALID': 'signIn.invalid',
  'SAFEGUARDING.ACUTE_DANGER_UNANSWERED': 'worry.errors.acuteUnanswered',
  'SAFEGUARDING.FACTS_REQUIRED': 'errors.required',
  'SAFEGUARDING.OBSERVED_IN_FUTURE': 'worry.errors.future',
  'SAFEGUARDING.OBSERVED_ON_INVALID': 'errors.date',
  'SAFEGUARDING.REPORTER_NOT_ALLOWED': 'worry.errors.notAllowed',
  'SAFEGUARDING.SOURCE_UNNAMED': 'errors.required',
  'SAFEGUARDING.TIME_INVALID': 'errors.time',
  'SCHEDULE.DATE_INVALID': 'errors.date',
  'SCHEDULE.DATE_IN_PAST': 'schedule.errors.past',
  'SCHEDULE.DURATION_INVALID': 'errors.meetingLength',
  'SCHEDULE.DURATION_REQUIRED': 'errors.meetingLength',
  'SCHEDULE.END_BEFORE_START': 'errors.endBeforeStart',
  'SCHEDULE.MATCH_SUSPENDED': 'errors.matchSuspended',
  'SCHEDULE.NOT_RUNNING': 'schedule.errors.gone',
  'SCHEDULE.NOT_STARTED': 'errors.notStarted',
  'SCHEDULE.NO_SUCH_MEETING': 'schedule.errors.gone',
  'SCHEDULE.NO_WEEKLY_TIME': 'errors.noWeeklyTime',
  'SCHEDULE.RANGE_INVALID': 'errors.range',
  'SCHEDULE.SLOTS_DO_NOT_MATCH_CADENCE': 'errors.slots',
  'SCHEDULE.TIME_INVALID': 'errors.time',
};

/**
 * Words for an error key: an `errors.*` key from a contracts schema or a domain code from the
 * api. Unknown keys get a general sentence, never the raw code.
 */
export function useErrorText() {
  const { t, i18n } = useTranslation();
  return (key: string | undefined): string | undefined => {
    if (!key) return undefined;
    const mapped = DOMAIN_TEXTS[key] ?? key;
    return i18n.exists(mapped) ? t(mapped) : t('errors.invalid');
  };
}

/** The sentence for a failed request that is not about one field. */
export function useRefusalText() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  return (refusal: ServerRefusal): string => {
    switch (refusal.kind) {
      case 'network':
        return t('errors.network');
      case 'server':
        return t('errors.generic');
      case 'tooMany':
        return t('signIn.tooMany');
      case 'signedOut':
        return t('errors.signedOut');
      case 'refused':
        return refusal.domainCode ? errorText(refusal.domainCode)! : t('errors.generic');
    }
  };
}

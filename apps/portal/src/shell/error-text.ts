import { useTranslation } from 'react-i18next';
import type { ServerRefusal } from './server-errors.js';

/** Domain codes the portal words itself (their keys live beside the page that shows them). */
const DOMAIN_TEXTS: Record<string, string> = {
  'PORTAL.CODE_INVALID': 'signIn.invalid',
  'PORTAL.CODE_EXPIRED': 'signIn.expired',
  'AUTH.TOO_MANY_ATTEMPTS': 'signIn.tooMany',
  'LOG.DATE_INVALID': 'errors.date',
  'LOG.DATE_IN_FUTURE': 'meetingLog.errors.dateInFuture',
  'LOG.BEFORE_MATCH_STARTED': 'meetingLog.errors.beforeStart',
  'LOG.AFTER_MATCH_ENDED': 'meetingLog.errors.afterEnd',
  'LOG.FORM_NOT_ALLOWED': 'meetingLog.errors.formNotAllowed',
  'LOG.DURATION_INVALID': 'errors.duration',
  'LOG.DESCRIPTION_REQUIRED': 'errors.required',
  'LOG.WRONG_MATCH': 'meetingLog.errors.wrongMatch',
  'SCHEDULE.NO_SUCH_MEETING': 'schedule.errors.gone',
  'SCHEDULE.DATE_IN_PAST': 'schedule.errors.past',
  'SCHEDULE.NOT_RUNNING': 'schedule.errors.gone',
  NOT_FOUND: 'errors.notFound',
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

import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../shell/usePageTitle.js';

/**
 * Any portal address without a page of its own. There is no sign-in yet: applicants reach their
 * page through the private link in the e-mail, so this page says how.
 */
export function AboutPortalPage() {
  const { t } = useTranslation();
  usePageTitle(t('about.title'));
  return (
    <>
      <h1>{t('about.title')}</h1>
      <p className="dh-lead">{t('about.lead')}</p>
      <h2>{t('about.howTitle')}</h2>
      <p>{t('about.how')}</p>
      <h2>{t('about.lostTitle')}</h2>
      <p>{t('about.lost')}</p>
      <h2>{t('about.laterTitle')}</h2>
      <p>{t('about.later')}</p>
      <p>
        <a href="/">{t('about.siteLink')}</a>
      </p>
    </>
  );
}

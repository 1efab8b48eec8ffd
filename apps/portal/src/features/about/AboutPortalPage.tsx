import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { usePageTitle } from '../../shell/usePageTitle.js';

/**
 * Any portal address without a page of its own: what the portal is for and how to get in.
 * Parents and active volunteers sign in with a code by e-mail; volunteer applicants use the
 * link in their e-mail.
 */
export function AboutPortalPage() {
  const { t } = useTranslation();
  usePageTitle(t('about.title'));
  return (
    <>
      <h1>{t('about.title')}</h1>
      <p className="dh-lead">{t('about.lead')}</p>
      <h2>{t('about.parentsTitle')}</h2>
      <p>{t('about.parents')}</p>
      <p>
        <Link href="/sign-in">{t('about.signInLink')}</Link>
      </p>
      <h2>{t('about.volunteersTitle')}</h2>
      <p>{t('about.volunteers')}</p>
      <p>
        <Link href="/sign-in">{t('about.signInLink')}</Link>
      </p>
      <h2>{t('about.howTitle')}</h2>
      <p>{t('about.how')}</p>
      <h2>{t('about.lostTitle')}</h2>
      <p>{t('about.lost')}</p>
      <p>
        <a href="/">{t('about.siteLink')}</a>
      </p>
    </>
  );
}

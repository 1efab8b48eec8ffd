import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { Alert } from '@driehoek/ui/Alert';
import { usePageTitle } from '../../shell/usePageTitle.js';

/** After a successful application: thanks, the private link, and what happens next. */
export function SentPage() {
  const { t } = useTranslation();
  usePageTitle(t('sent.title'));
  return (
    <div className="dh-prose">
      <h1>{t('sent.title')}</h1>
      <Alert tone="success" title={t('sent.lead')}>
        <p>{t('sent.email')}</p>
      </Alert>
      <h2>{t('sent.nextTitle')}</h2>
      <ol className="recruit-steps">
        <li>{t('sent.next1')}</li>
        <li>{t('sent.next2')}</li>
        <li>{t('sent.next3')}</li>
      </ol>
      <p>
        <Link href="/">{t('sent.home')}</Link>
      </p>
    </div>
  );
}

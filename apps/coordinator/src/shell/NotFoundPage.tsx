import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { PageHeading } from './PageHeading';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeading>{t('app.notFound')}</PageHeading>
      <p>
        <Link href="/">{t('app.backToApplicants')}</Link>
      </p>
    </>
  );
}

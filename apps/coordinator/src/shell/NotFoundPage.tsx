import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { PageHeading } from './PageHeading';
import { isSchoolMentor, useSignedIn } from './signed-in';

export function NotFoundPage() {
  const { t } = useTranslation();
  const me = useSignedIn();
  return (
    <>
      <PageHeading>{t('app.notFound')}</PageHeading>
      <p>{isSchoolMentor(me) ? <Link href="/pupils">{t('pupil.backToList')}</Link> : <Link href="/">{t('app.backToToday')}</Link>}</p>
    </>
  );
}

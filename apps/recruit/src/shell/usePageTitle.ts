import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** Sets the browser tab's title to the page's heading and the site name. */
export function usePageTitle(heading: string): void {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = `${heading} – ${t('site.title')}`;
  }, [heading, t]);
}

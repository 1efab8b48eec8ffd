import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** Sets the browser tab's title to the page's heading and the portal's name. */
export function usePageTitle(heading: string): void {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = `${heading} – ${t('app.title')}`;
  }, [heading, t]);
}

import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { AppShell } from '@driehoek/ui/AppShell';
import { LanguageSwitch } from '@driehoek/ui/LanguageSwitch';
import { chooseLanguage, LANGUAGES } from '../i18n.js';

/** The frame of every public page; moves focus to the content when the page changes. */
export function RecruitShell({ children }: { children: ReactNode }) {
  const { t, i18n } = useTranslation();
  const [location] = useLocation();
  const first = useRef(true);

  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    // A new page in a single-page app: start reading (and tabbing) at its content.
    window.scrollTo(0, 0);
    document.getElementById('main')?.focus();
  }, [location]);

  const current = (path: string) => (location === path ? ('page' as const) : undefined);

  return (
    <AppShell
      title={t('site.title')}
      homeHref="/"
      skipLinkLabel={t('site.skipLink')}
      navLabel={t('site.navLabel')}
      nav={
        <ul>
          <li>
            <Link href="/" aria-current={current('/')}>
              {t('site.nav.about')}
            </Link>
          </li>
          <li>
            <Link href="/apply" aria-current={current('/apply')}>
              {t('site.nav.apply')}
            </Link>
          </li>
        </ul>
      }
      actions={<LanguageSwitch label={t('site.language')} languages={LANGUAGES} value={i18n.resolvedLanguage ?? 'nl'} onChange={chooseLanguage} />}
      footer={<p>{t('site.footer')}</p>}
    >
      {children}
    </AppShell>
  );
}

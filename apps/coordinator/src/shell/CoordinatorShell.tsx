import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { AppShell } from '@driehoek/ui/AppShell';
import type { Me } from '@driehoek/contracts/auth';
import { LogoutButton } from '../features/auth/LogoutButton';
import { LanguageChoice } from './LanguageChoice';
import { useHeadingFocusOnNavigation } from './PageHeading';

type SignedIn = NonNullable<Me>;

/** The frame of every signed-in page: menu, who is signed in, language, log out. */
export function CoordinatorShell({ me, children }: { me: SignedIn; children: ReactNode }) {
  const { t } = useTranslation();
  const [location] = useLocation();
  useHeadingFocusOnNavigation(location);

  const applicantsActive = location === '/' || location.startsWith('/programmes') || location.startsWith('/applicants');
  const nav = (
    <ul>
      <li>
        <Link href="/" aria-current={applicantsActive ? 'page' : undefined}>
          {t('app.nav.applicants')}
        </Link>
      </li>
      <li>
        <Link href="/outbox" aria-current={location.startsWith('/outbox') ? 'page' : undefined}>
          {t('app.nav.outbox')}
        </Link>
      </li>
    </ul>
  );
  const actions = (
    <>
      <p className="coordinator-user">{t('app.signedInAs', { name: me.name, organisation: me.organisation.name })}</p>
      <LanguageChoice />
      <LogoutButton />
    </>
  );

  return (
    <AppShell title={t('app.title')} homeHref="/coordinator/" nav={nav} navLabel={t('app.nav.label')} actions={actions} skipLinkLabel={t('app.skipLink')}>
      {children}
    </AppShell>
  );
}

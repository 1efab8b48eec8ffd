import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { AppShell } from '@driehoek/ui/AppShell';
import { LogoutButton } from '../features/auth/LogoutButton';
import { LanguageChoice } from './LanguageChoice';
import { useHeadingFocusOnNavigation } from './PageHeading';
import { isAdmin, isNationalAdmin, isSchoolMentor, type SignedIn } from './signed-in';

type NavItem = { href: string; label: string; active: boolean };

/**
 * The frame of every signed-in page: the menu of the user's role, who is signed in (with their
 * school, for a school mentor), language, log out.
 */
export function CoordinatorShell({ me, children }: { me: SignedIn; children: ReactNode }) {
  const { t } = useTranslation();
  const [location] = useLocation();
  useHeadingFocusOnNavigation(location);

  const onPupilList = location === '/pupils' || (location.startsWith('/pupils/') && location !== '/pupils/new');
  const items: NavItem[] = isNationalAdmin(me)
    ? [{ href: '/national', label: t('app.nav.national'), active: location.startsWith('/national') }]
    : isSchoolMentor(me)
    ? [
        { href: '/pupils', label: t('app.nav.myPupils'), active: onPupilList },
        { href: '/pupils/new', label: t('app.nav.nominate'), active: location === '/pupils/new' },
        { href: '/questionnaires', label: t('app.nav.questionnaires'), active: location.startsWith('/questionnaires') },
      ]
    : [
        { href: '/', label: t('app.nav.today'), active: location === '/' },
        {
          href: '/applicants',
          label: t('app.nav.applicants'),
          active: location.startsWith('/programmes/') || location.startsWith('/applicants'),
        },
        { href: '/pupils', label: t('app.nav.pupils'), active: location.startsWith('/pupils') },
        { href: '/matching', label: t('app.nav.matching'), active: location.startsWith('/matching') },
        { href: '/matches', label: t('app.nav.matches'), active: location.startsWith('/matches') },
        { href: '/concerns', label: t('app.nav.concerns'), active: location.startsWith('/concerns') },
        { href: '/intervision', label: t('app.nav.intervision'), active: location.startsWith('/intervision') },
        { href: '/reports/programme', label: t('app.nav.reports'), active: location.startsWith('/reports') },
        { href: '/programme-settings', label: t('app.nav.programmes'), active: location.startsWith('/programme-settings') },
        { href: '/schools', label: t('app.nav.schools'), active: location === '/schools' },
        { href: '/schools/holidays', label: t('app.nav.holidays'), active: location.startsWith('/schools/holidays') },
        { href: '/outbox', label: t('app.nav.outbox'), active: location.startsWith('/outbox') },
        ...(me.role === 'admin' ? [{ href: '/team', label: t('app.nav.team'), active: location.startsWith('/team') }] : []),
        ...(isAdmin(me) ? [{ href: '/privacy', label: t('app.nav.privacy'), active: location.startsWith('/privacy') }] : []),
        ...(isAdmin(me) ? [{ href: '/organisation', label: t('app.nav.organisation'), active: location === '/organisation' }] : []),
      ];
  const nav = (
    <ul>
      {items.map((item) => (
        <li key={item.href}>
          <Link href={item.href} aria-current={item.active ? 'page' : undefined}>
            {item.label}
          </Link>
        </li>
      ))}
    </ul>
  );
  const actions = (
    <>
      <p className="coordinator-user">
        {me.school
          ? t('app.signedInAtSchool', { name: me.name, school: me.school.name, organisation: me.organisation.name })
          : t('app.signedInAs', { name: me.name, organisation: me.organisation.name })}
      </p>
      <LanguageChoice remember />
      <LogoutButton />
    </>
  );

  return (
    <AppShell title={t('app.title')} homeHref="/coordinator/" nav={nav} navLabel={t('app.nav.label')} actions={actions} skipLinkLabel={t('app.skipLink')}>
      {children}
    </AppShell>
  );
}

import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from '@tanstack/react-query';
import { useLocation } from 'wouter';
import { AppShell } from '@driehoek/ui/AppShell';
import { Button } from '@driehoek/ui/Button';
import { LanguageSwitch } from '@driehoek/ui/LanguageSwitch';
import { LANGUAGES } from '../i18n.js';
import { trpc } from '../trpc.js';
import { forgetSession, useLanguageOfSignedIn, useMe } from './session.js';
import { forgetAllDrafts } from '../features/volunteer/draft.js';

/** The portal's frame: its name, the language switch (always there) and, when signed in, "sign out". */
export function PortalShell({ children }: { children: ReactNode }) {
  const { t, i18n } = useTranslation();
  const onLanguage = useLanguageOfSignedIn();
  const me = useMe().data;
  return (
    <AppShell
      title={t('app.title')}
      homeHref={import.meta.env.BASE_URL}
      skipLinkLabel={t('app.skipLink')}
      actions={
        <>
          <LanguageSwitch label={t('app.language')} languages={LANGUAGES} value={i18n.resolvedLanguage ?? 'nl'} onChange={(code) => void onLanguage(code)} />
          {me && <SignOut />}
        </>
      }
    >
      {children}
    </AppShell>
  );
}

function SignOut() {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const logout = useMutation(
    trpc.portal.logout.mutationOptions({
      // Signed out on the server or not: this tab forgets the family (and any unsent log) either way.
      onSettled: () => {
        forgetSession();
        forgetAllDrafts();
        navigate('/sign-in');
      },
    }),
  );
  return (
    <Button variant="secondary" className="portal-sign-out" busy={logout.isPending} onClick={() => logout.mutate()}>
      {t('app.signOut')}
    </Button>
  );
}

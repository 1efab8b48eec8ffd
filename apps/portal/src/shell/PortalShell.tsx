import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { AppShell } from '@driehoek/ui/AppShell';
import { LanguageSwitch } from '@driehoek/ui/LanguageSwitch';
import { chooseLanguage, LANGUAGES } from '../i18n.js';

/** The portal's frame: its name and the language switch; there is no menu yet. */
export function PortalShell({ children }: { children: ReactNode }) {
  const { t, i18n } = useTranslation();
  return (
    <AppShell
      title={t('app.title')}
      skipLinkLabel={t('app.skipLink')}
      actions={<LanguageSwitch label={t('app.language')} languages={LANGUAGES} value={i18n.resolvedLanguage ?? 'nl'} onChange={chooseLanguage} />}
    >
      {children}
    </AppShell>
  );
}

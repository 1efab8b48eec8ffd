import { useTranslation } from 'react-i18next';
import { useMutation } from '@tanstack/react-query';
import { LanguageSwitch } from '@driehoek/ui/LanguageSwitch';
import { LANGUAGES, chooseLanguage } from '../i18n';
import { trpc } from '../trpc';

/**
 * The app's language. Signed in (`remember`), the choice is also kept with the account, so the
 * e-mails to this person (a password reset) come in the language they read.
 */
export function LanguageChoice({ remember = false }: { remember?: boolean }) {
  const { t, i18n } = useTranslation();
  const setLanguage = useMutation(trpc.auth.setLanguage.mutationOptions());
  return (
    <LanguageSwitch
      label={t('app.languageLabel')}
      languages={LANGUAGES.map((l) => ({ code: l.code, name: l.name }))}
      value={i18n.resolvedLanguage ?? i18n.language}
      onChange={(code) => {
        void chooseLanguage(code);
        if (remember && (code === 'nl' || code === 'en')) setLanguage.mutate({ locale: code });
      }}
    />
  );
}

import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '@driehoek/ui/LanguageSwitch';
import { LANGUAGES, chooseLanguage } from '../i18n';

export function LanguageChoice() {
  const { t, i18n } = useTranslation();
  return (
    <LanguageSwitch
      label={t('app.languageLabel')}
      languages={LANGUAGES.map((l) => ({ code: l.code, name: l.name }))}
      value={i18n.resolvedLanguage ?? i18n.language}
      onChange={chooseLanguage}
    />
  );
}

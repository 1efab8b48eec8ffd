import { useId } from 'react';
import { classNames } from './field-ids.js';

export type Language = { code: string; name: string };

export type LanguageSwitchProps = {
  /** E.g. "Taal / Language"; visible, so people who do not read the current language find it. */
  label: string;
  /** Each name in its own language: "Nederlands", "English", "العربية". */
  languages: readonly Language[];
  value: string;
  onChange(code: string): void;
  className?: string;
};

/** Chooses the interface language. Each option carries its own `lang` for screen readers. */
export function LanguageSwitch({ label, languages, value, onChange, className }: LanguageSwitchProps) {
  const id = useId();
  return (
    <div className={classNames('dh-language-switch', className)}>
      <label htmlFor={id} className="dh-language-switch__label">
        {label}
      </label>
      <select id={id} className="dh-input dh-select dh-language-switch__select" value={value} onChange={(event) => onChange(event.target.value)}>
        {languages.map((language) => (
          <option key={language.code} value={language.code} lang={language.code}>
            {language.name}
          </option>
        ))}
      </select>
    </div>
  );
}

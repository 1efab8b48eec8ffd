import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldError, Merge } from 'react-hook-form';
import { Fieldset } from '@driehoek/ui/Fieldset';
import { Checkbox } from '@driehoek/ui/Checkbox';
import { TextField } from '@driehoek/ui/TextField';

/** Functieaspecten offered as checkboxes (SCR-3): 84 care for minors, 85 care for persons needing help. */
const COMMON_ASPECTS = ['84', '85'] as const;

function splitCodes(text: string): string[] {
  return text
    .split(/[\s,;]+/)
    .map((code) => code.trim())
    .filter(Boolean);
}

/**
 * The screening aspects on the VOG: checkboxes for the common ones and a free entry for others.
 * Gives the form one list of codes, as the api's schema wants it.
 */
export function VogAspectsField({
  value,
  onChange,
  onBlur,
  hint,
  error,
}: {
  value: string[] | undefined;
  onChange: (next: string[]) => void;
  onBlur: () => void;
  hint?: string | undefined;
  error?: string | undefined;
}) {
  const { t } = useTranslation();
  const codes = value ?? [];
  const [otherText, setOtherText] = useState(() => codes.filter((code) => !(COMMON_ASPECTS as readonly string[]).includes(code)).join(', '));
  const checked = COMMON_ASPECTS.filter((code) => codes.includes(code));

  const emit = (nextChecked: readonly string[], nextOther: string) => {
    onChange([...new Set([...nextChecked, ...splitCodes(nextOther)])]);
  };

  return (
    <Fieldset legend={t('vog.aspects')} hint={hint} error={error}>
      {COMMON_ASPECTS.map((code) => (
        <Checkbox
          key={code}
          label={t(`vog.aspect${code}`)}
          value={code}
          checked={checked.includes(code)}
          onBlur={onBlur}
          onChange={(event) => {
            const next = event.target.checked ? [...checked, code] : checked.filter((c) => c !== code);
            emit(
              COMMON_ASPECTS.filter((c) => next.includes(c)),
              otherText,
            );
          }}
        />
      ))}
      <TextField
        label={t('vog.otherAspects')}
        hint={t('vog.otherAspectsHint')}
        inputMode="numeric"
        autoComplete="off"
        value={otherText}
        onBlur={onBlur}
        onChange={(event) => {
          setOtherText(event.target.value);
          emit(checked, event.target.value);
        }}
      />
    </Fieldset>
  );
}

/** The first message among the list's errors (the whole list, or one code in it). */
export function firstAspectError(error: Merge<FieldError, (FieldError | undefined)[]> | undefined): string | undefined {
  if (!error) return undefined;
  if (error.message) return error.message;
  if (error.root?.message) return error.root.message;
  if (Array.isArray(error)) return error.find((item) => item?.message)?.message;
  return undefined;
}

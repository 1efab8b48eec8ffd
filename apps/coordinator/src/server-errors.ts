import { isTRPCClientError } from '@trpc/client';
import { useTranslation } from 'react-i18next';
import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import type { AppRouter, RouterErrorData } from '@driehoek/api';

/** What the api's error formatter adds to every error (`RouterErrorData`), or nothing when the request got no answer. */
export type ServerErrorData = Partial<RouterErrorData>;

export function serverErrorData(error: unknown): ServerErrorData {
  if (isTRPCClientError<AppRouter>(error)) return error.data ?? {};
  return {};
}

/**
 * Puts the server's field errors on the form's fields (`{ heldOn: 'SCREENING.DATE_IN_FUTURE' }`),
 * focusing the first. Returns true when at least one field took an error; otherwise the caller
 * shows the message above the form. Never resets the form: nothing typed is lost.
 */
export function applyFieldErrors<T extends FieldValues>(
  error: unknown,
  setError: UseFormSetError<T>,
  fields: readonly string[],
  /** Server paths that land on a differently named form field (`{ authorityVerification: 'authorityVerificationMethod' }`). */
  aliases: Readonly<Record<string, string>> = {},
): boolean {
  const fieldErrors = serverErrorData(error).fieldErrors ?? {};
  let applied = false;
  for (const [serverPath, key] of Object.entries(fieldErrors)) {
    const path = aliases[serverPath] ?? serverPath;
    const field = fields.find((name) => path === name || path.startsWith(`${name}.`));
    if (!field) continue;
    setError(field as Path<T>, { type: 'server', message: key }, { shouldFocus: !applied });
    applied = true;
  }
  return applied;
}

/**
 * The general text of a code's family for a code the app does not know yet: `SCHEDULE.NEW_RULE`
 * → `SCHEDULE.unknown`, when that family has one.
 */
function familyKey(code: string): string | null {
  const dot = code.indexOf('.');
  return dot > 0 ? `${code.slice(0, dot)}.unknown` : null;
}

/**
 * Words for an error key: an `errors.*` key from a schema or a domain code from the api
 * (`SCREENING.VOG_TOO_OLD`). Unknown keys fall back to their family's general text
 * (`SCHEDULE.unknown`), the server's readable message or a general text, never to the raw code.
 */
export function useErrorText() {
  const { t, i18n } = useTranslation();
  return (key: string | undefined, fallback?: string): string | undefined => {
    if (!key) return undefined;
    if (i18n.exists(key)) return t(key);
    const family = familyKey(key);
    if (family && i18n.exists(family)) return t(family);
    return fallback ?? t('errors.invalid');
  };
}

/** The sentence shown above a form whose error is not about one field. */
export function useServerErrorText() {
  const { t, i18n } = useTranslation();
  return (error: unknown): string => {
    const data = serverErrorData(error);
    // The code is also the translation key (locales: `CONSENT.PUPIL_MISSING`, …).
    const key: string | undefined = data.domainCode;
    if (key && i18n.exists(key)) return t(key);
    const family = key ? familyKey(key) : null;
    if (family && i18n.exists(family)) return t(family);
    if (isTRPCClientError<AppRouter>(error) && data.code && data.code !== 'INTERNAL_SERVER_ERROR' && error.message) {
      return error.message;
    }
    return t('errors.generic');
  };
}

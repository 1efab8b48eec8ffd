import { isTRPCClientError } from '@trpc/client';
import { useTranslation } from 'react-i18next';
import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import type { AppRouter, RouterErrorData } from '@driehoek/api';
import { CODE_VALUES } from './error-values';

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

/** A translation key and the values its words name. */
export interface ErrorWords {
  readonly key: string;
  readonly values?: Readonly<Record<string, unknown>>;
}

/** The words of a known key, with the numbers of the rule behind a code (`CODE_VALUES`). */
const wordsOf = (key: string): ErrorWords => (CODE_VALUES[key] ? { key, values: CODE_VALUES[key] } : { key });

/** The words for a refusal without a domain code, by its tRPC status (a failed input check, a lost session, …). */
const STATUS_WORDS: Partial<Record<string, string>> = {
  UNAUTHORIZED: 'AUTH.NOT_SIGNED_IN',
  FORBIDDEN: 'AUTH.FORBIDDEN',
  NOT_FOUND: 'NOT_FOUND',
  TOO_MANY_REQUESTS: 'AUTH.TOO_MANY_ATTEMPTS',
};

/**
 * Which words describe a failed request: the code's own (every code of docs/ERROR-CODES.md has
 * them, `server-errors.test.ts`); for a code this version of the app does not know, its family's
 * general text, else a general sentence with the server's (English) reason; without a code, the
 * first field's words of a failed input check or the words of the tRPC status; never the raw code
 * nor an internal message.
 */
export function refusalWords(data: ServerErrorData, serverMessage: string | undefined, exists: (key: string) => boolean): ErrorWords {
  const code = data.domainCode;
  if (code) {
    if (exists(code)) return wordsOf(code);
    const family = familyKey(code);
    if (family && exists(family)) return { key: family };
    if (serverMessage && data.code !== 'INTERNAL_SERVER_ERROR') return { key: 'errors.refusedUnknown', values: { message: serverMessage } };
    return { key: 'errors.generic' };
  }
  const fieldKey = Object.values(data.fieldErrors ?? {}).find(exists);
  if (fieldKey) return wordsOf(fieldKey);
  const status = data.code ? STATUS_WORDS[data.code] : undefined;
  return { key: status ?? 'errors.generic' };
}

/**
 * Words for an error key: an `errors.*` key from a schema or a domain code from the api
 * (`SCREENING.VOG_TOO_OLD`). Unknown keys fall back to their family's general text
 * (`SCHEDULE.unknown`), the caller's fallback or a general text, never to the raw code.
 */
export function useErrorText() {
  const { t, i18n } = useTranslation();
  return (key: string | undefined, fallback?: string): string | undefined => {
    if (!key) return undefined;
    if (i18n.exists(key)) {
      const words = wordsOf(key);
      return t(words.key, { ...words.values });
    }
    const family = familyKey(key);
    if (family && i18n.exists(family)) return t(family);
    return fallback ?? t('errors.invalid');
  };
}

/** The sentence shown above a form whose error is not about one field. */
export function useServerErrorText() {
  const { t, i18n } = useTranslation();
  return (error: unknown): string => {
    const message = isTRPCClientError<AppRouter>(error) ? error.message : undefined;
    const words = refusalWords(serverErrorData(error), message, (key) => i18n.exists(key));
    return t(words.key, { ...words.values });
  };
}

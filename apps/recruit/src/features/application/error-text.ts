/**
 * The code namespaces the public application procedures (`application.programmes`,
 * `application.submitApplication`, `application.status`) and the rules they run can refuse with:
 * the application's own codes and the input check every procedure makes first.
 * `error-text.test.ts` reads every code of these namespaces from docs/ERROR-CODES.md and fails when
 * one has no words here in every language of the site.
 */
export const RECRUIT_NAMESPACES = ['APPLICATION', 'INPUT'] as const;

/** Codes outside those namespaces that a public application procedure gives: the rate limit. */
export const RECRUIT_EXTRA_CODES = ['AUTH.TOO_MANY_ATTEMPTS'] as const;

/** Codes whose words live beside their page rather than under the code itself. */
const CODE_TEXTS: Readonly<Record<string, string>> = {
  'AUTH.TOO_MANY_ATTEMPTS': 'apply.tooMany',
};

/** The translation key of a code's words (`APPLICATION.APPLICANT_MINOR`, or `apply.tooMany`). */
export function codeTextKey(code: string): string {
  return CODE_TEXTS[code] ?? code;
}

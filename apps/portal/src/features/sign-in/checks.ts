import { requestCodeInput, verifyCodeInput } from '@driehoek/contracts/portal';

/**
 * The contracts' schemas, checked in the browser before a request goes out (the server checks
 * the same ones). This module, and zod with it, loads only when someone starts typing, so the
 * sign-in page opens without it.
 */
export type FieldErrors = Record<string, string>;

function errorsOf(result: { success: boolean; error?: { issues: readonly { path: readonly PropertyKey[]; message: string }[] } }): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of result.error?.issues ?? []) {
    const field = String(issue.path[0] ?? '_');
    errors[field] ??= issue.message;
  }
  return errors;
}

export const checkEmailStep = (values: { email: string; language: string }) => errorsOf(requestCodeInput.safeParse(values));
export const checkCodeStep = (values: { email: string; code: string }) => errorsOf(verifyCodeInput.safeParse(values));

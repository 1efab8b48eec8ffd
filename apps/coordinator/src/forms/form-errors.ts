import { useState } from 'react';
import type { FieldValues, UseFormReturn } from 'react-hook-form';
import { applyFieldErrors } from '../server-errors';

/**
 * Server errors for one form: field errors go on their fields (focusing the
 * first; `aliases` maps a domain field such as `authorityVerification` to the form's field),
 * anything else is kept for the message above the form. The form is never reset on error.
 */
export function useFormServerErrors<T extends FieldValues>(
  form: UseFormReturn<T>,
  fields: readonly string[],
  aliases: Readonly<Record<string, string>> = {},
) {
  const [formError, setFormError] = useState<unknown>(null);
  return {
    formError,
    clear: () => setFormError(null),
    onError: (error: unknown) => {
      setFormError(applyFieldErrors(error, form.setError, fields, aliases) ? null : error);
    },
  };
}

import { useState } from 'react';
import type { FieldValues, UseFormReturn } from 'react-hook-form';
import { queryClient, trpc } from '../../trpc';
import { applyFieldErrors } from '../../server-errors';
import type { ApplicantDetail } from '../../api-types';

/**
 * Every screening mutation answers with the applicant as the checklist now stands: put that in
 * the cache (the page updates at once) and refresh the pipeline lists and their counts.
 */
export function applicantSaved(detail: ApplicantDetail): void {
  queryClient.setQueryData(trpc.applicants.get.queryKey({ id: detail.id }), detail);
  void queryClient.invalidateQueries(trpc.applicants.list.pathFilter());
}

/**
 * Server errors for one form: field errors go on their fields (focusing the first), anything
 * else is kept for the message above the form. The form is never reset on error.
 */
export function useServerErrors<T extends FieldValues>(form: UseFormReturn<T>, fields: readonly (keyof T & string)[]) {
  const [formError, setFormError] = useState<unknown>(null);
  return {
    formError,
    clear: () => setFormError(null),
    onError: (error: unknown) => {
      setFormError(applyFieldErrors(error, form.setError, fields) ? null : error);
    },
  };
}

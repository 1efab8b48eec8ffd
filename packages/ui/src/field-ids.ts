import { useId } from 'react';

/**
 * The ids that tie a form control to its label, hint and error, and the `aria-describedby`
 * value listing the hint and error that are shown.
 */
export function useFieldIds(id: string | undefined, hint: string | undefined, error: string | undefined, describedBy?: string) {
  const generated = useId();
  const inputId = id ?? generated;
  const hintId = `${inputId}-hint`;
  const errorId = `${inputId}-error`;
  const ids = [describedBy, hint ? hintId : undefined, error ? errorId : undefined].filter(Boolean);
  return { inputId, hintId, errorId, describedBy: ids.length > 0 ? ids.join(' ') : undefined };
}

/** Joins class names, dropping empty ones. */
export function classNames(...names: (string | false | null | undefined)[]): string {
  return names.filter(Boolean).join(' ');
}

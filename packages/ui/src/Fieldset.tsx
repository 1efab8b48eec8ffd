import { useId, type ReactNode } from 'react';
import { classNames } from './field-ids.js';

export type FieldsetProps = {
  legend: string;
  /** An error for the group as a whole (e.g. "choose at least one"); announced when it appears. */
  error?: string;
  hint?: string;
  className?: string;
  children: ReactNode;
};

/** Groups related controls (checkboxes, radio buttons) under a legend. */
export function Fieldset({ legend, error, hint, className, children }: FieldsetProps) {
  const id = useId();
  const described = [hint ? `${id}-hint` : undefined, error ? `${id}-error` : undefined].filter(Boolean).join(' ');
  return (
    <fieldset
      className={classNames('dh-fieldset', error && 'dh-field--invalid', className)}
      aria-describedby={described || undefined}
      aria-invalid={error ? true : undefined}
    >
      <legend className="dh-fieldset__legend">{legend}</legend>
      {hint && (
        <p className="dh-field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {children}
      <div aria-live="polite">
        {error && (
          <p className="dh-field__error" id={`${id}-error`}>
            {error}
          </p>
        )}
      </div>
    </fieldset>
  );
}

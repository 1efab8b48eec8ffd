import type { Ref, TextareaHTMLAttributes } from 'react';
import { classNames, useFieldIds } from './field-ids.js';

export type TextAreaProps = {
  label: string;
  error?: string;
  hint?: string;
  ref?: Ref<HTMLTextAreaElement>;
} & TextareaHTMLAttributes<HTMLTextAreaElement>;

/** A labelled multi-line text field; same contract as `TextField`. */
export function TextArea({ label, error, hint, id, className, ref, rows = 5, 'aria-describedby': extra, ...rest }: TextAreaProps) {
  const ids = useFieldIds(id, hint, error, extra);
  return (
    <div className={classNames('dh-field', error && 'dh-field--invalid', className)}>
      <label className="dh-field__label" htmlFor={ids.inputId}>
        {label}
        {rest.required && <span aria-hidden="true"> *</span>}
      </label>
      {hint && (
        <p className="dh-field__hint" id={ids.hintId}>
          {hint}
        </p>
      )}
      <textarea
        {...rest}
        rows={rows}
        ref={ref}
        id={ids.inputId}
        className="dh-input dh-textarea"
        aria-invalid={error ? true : undefined}
        aria-describedby={ids.describedBy}
      />
      {error && (
        <p className="dh-field__error" id={ids.errorId}>
          {error}
        </p>
      )}
    </div>
  );
}

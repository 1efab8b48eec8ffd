import type { InputHTMLAttributes, Ref } from 'react';
import { classNames, useFieldIds } from './field-ids.js';

export type TextFieldProps = {
  label: string;
  /** Shown below the field and announced; makes the field `aria-invalid`. */
  error?: string;
  /** A short help text below the label. */
  hint?: string;
  ref?: Ref<HTMLInputElement>;
} & InputHTMLAttributes<HTMLInputElement>;

/** A labelled text input (also e-mail, tel, date, search…). Spread `register('x')` onto it. */
export function TextField({ label, error, hint, id, className, ref, 'aria-describedby': extra, ...rest }: TextFieldProps) {
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
      <input
        type="text"
        {...rest}
        ref={ref}
        id={ids.inputId}
        className="dh-input"
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

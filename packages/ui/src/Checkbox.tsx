import type { InputHTMLAttributes, ReactNode, Ref } from 'react';
import { classNames, useFieldIds } from './field-ids.js';

export type CheckboxProps = {
  label: ReactNode;
  error?: string;
  hint?: string;
  ref?: Ref<HTMLInputElement>;
} & Omit<InputHTMLAttributes<HTMLInputElement>, 'type'>;

/** A checkbox with its label beside it (clicking the label toggles it). */
export function Checkbox({ label, error, hint, id, className, ref, 'aria-describedby': extra, ...rest }: CheckboxProps) {
  const ids = useFieldIds(id, hint, error, extra);
  return (
    <div className={classNames('dh-checkbox', error && 'dh-field--invalid', className)}>
      <input
        {...rest}
        type="checkbox"
        ref={ref}
        id={ids.inputId}
        className="dh-checkbox__input"
        aria-invalid={error ? true : undefined}
        aria-describedby={ids.describedBy}
      />
      <label className="dh-checkbox__label" htmlFor={ids.inputId}>
        {label}
      </label>
      {hint && (
        <p className="dh-field__hint dh-checkbox__note" id={ids.hintId}>
          {hint}
        </p>
      )}
      {error && (
        <p className="dh-field__error dh-checkbox__note" id={ids.errorId}>
          {error}
        </p>
      )}
    </div>
  );
}

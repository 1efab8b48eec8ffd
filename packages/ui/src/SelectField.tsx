import type { Ref, SelectHTMLAttributes } from 'react';
import { classNames, useFieldIds } from './field-ids.js';

export type SelectOption = { value: string; label: string };

export type SelectFieldProps = {
  label: string;
  error?: string;
  hint?: string;
  options: readonly SelectOption[];
  /** An empty first option (value ""), e.g. "Choose a programme". */
  placeholder?: string;
  ref?: Ref<HTMLSelectElement>;
} & SelectHTMLAttributes<HTMLSelectElement>;

/** A labelled native <select>; same contract as `TextField`. */
export function SelectField({ label, error, hint, options, placeholder, id, className, ref, 'aria-describedby': extra, ...rest }: SelectFieldProps) {
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
      <select
        {...rest}
        ref={ref}
        id={ids.inputId}
        className="dh-input dh-select"
        aria-invalid={error ? true : undefined}
        aria-describedby={ids.describedBy}
      >
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      {error && (
        <p className="dh-field__error" id={ids.errorId}>
          {error}
        </p>
      )}
    </div>
  );
}

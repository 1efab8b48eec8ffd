import type { ButtonHTMLAttributes, Ref } from 'react';
import { classNames } from './field-ids.js';

export type ButtonProps = ButtonHTMLAttributes<HTMLButtonElement> & {
  /** `primary` for the one main action on a screen, `danger` for actions that cannot be undone. */
  variant?: 'primary' | 'secondary' | 'danger';
  /** The action is running: the button is disabled and announces `aria-busy`. */
  busy?: boolean;
  ref?: Ref<HTMLButtonElement>;
};

/** A button. Defaults to `type="button"` so it never submits a form by accident. */
export function Button({ variant = 'primary', busy = false, disabled, className, type = 'button', children, ...rest }: ButtonProps) {
  return (
    <button
      {...rest}
      type={type}
      className={classNames('dh-button', `dh-button--${variant}`, className)}
      disabled={disabled || busy}
      aria-busy={busy || undefined}
    >
      {busy && <span className="dh-spinner" aria-hidden="true" />}
      {children}
    </button>
  );
}

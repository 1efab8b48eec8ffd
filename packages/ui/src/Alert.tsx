import type { ReactNode } from 'react';
import { classNames } from './field-ids.js';

export type AlertProps = {
  tone: 'info' | 'success' | 'warning' | 'error';
  title?: string;
  className?: string;
  children?: ReactNode;
};

/**
 * A message box. `error` is announced at once (role="alert"); the other tones politely
 * (role="status"). Put it in the page when the message appears so it is announced.
 */
export function Alert({ tone, title, className, children }: AlertProps) {
  return (
    <div role={tone === 'error' ? 'alert' : 'status'} className={classNames('dh-alert', `dh-alert--${tone}`, className)}>
      {title && <p className="dh-alert__title">{title}</p>}
      {children && <div className="dh-alert__body">{children}</div>}
    </div>
  );
}

import type { ReactNode } from 'react';
import { classNames } from './field-ids.js';

export type BadgeProps = {
  tone?: 'neutral' | 'info' | 'success' | 'warning' | 'danger';
  className?: string;
  children: ReactNode;
};

/** A short status label. The text carries the meaning; the colour only supports it. */
export function Badge({ tone = 'neutral', className, children }: BadgeProps) {
  return <span className={classNames('dh-badge', `dh-badge--${tone}`, className)}>{children}</span>;
}

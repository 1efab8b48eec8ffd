import { useEffect, useRef } from 'react';
import { Alert } from '@driehoek/ui/Alert';

/**
 * "Saved" after a form was sent: a status message that takes the focus, so keyboard and
 * screen-reader users land on the result instead of on a form that has gone. `version` changes
 * with every save, so saving twice announces twice.
 */
export function SavedNotice({ message, version }: { message: string | null; version: number }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (message) ref.current?.focus();
  }, [message, version]);
  if (!message) return null;
  return (
    <div ref={ref} tabIndex={-1} className="coordinator-focus-target">
      <Alert tone="success">{message}</Alert>
    </div>
  );
}

/** State for a SavedNotice: the message and a counter that changes on every save. */
export type Saved = { message: string | null; version: number };
export const NOT_SAVED: Saved = { message: null, version: 0 };
export const savedWith = (message: string) => (previous: Saved): Saved => ({ message, version: previous.version + 1 });

import type { ReactNode } from 'react';

/**
 * A wide table that scrolls sideways on a narrow screen: the scrolling box takes the keyboard
 * focus (arrow keys scroll it) and is named after its table, so it is reachable and announced.
 */
export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="coordinator-table-scroll" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}

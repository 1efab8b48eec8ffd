import { useEffect, useLayoutEffect, useRef, type ReactNode } from 'react';
import { useLocation } from 'wouter';

/** The address whose page heading should take the focus when it appears. */
let headingFocusFor: string | null = null;

/**
 * Call in the shell with the current address. After moving to another page, the next page
 * heading that appears for that address takes the focus, so screen-reader users hear where they are (a single-page
 * app does not announce navigation by itself). A layout effect, so the flag is set before the
 * pages' own effects run.
 */
export function useHeadingFocusOnNavigation(location: string): void {
  const first = useRef(true);
  useLayoutEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    headingFocusFor = location;
  }, [location]);
}

/** The page's h1; takes the focus when the page was reached by navigating inside the app. */
export function PageHeading({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  const [location] = useLocation();
  const mountedAt = useRef(location);
  // On mount only: a page that stays (e.g. the pipeline switching programme) keeps the focus where the user is.
  useEffect(() => {
    if (headingFocusFor === mountedAt.current) {
      headingFocusFor = null;
      ref.current?.focus();
    }
  }, []);
  return (
    <h1 ref={ref} tabIndex={-1}>
      {children}
    </h1>
  );
}

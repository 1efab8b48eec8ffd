import type { ReactNode } from 'react';

export type AppShellProps = {
  /** The application or site name shown in the header (not the page's h1). */
  title: string;
  /** Where the title links to; no link when omitted. */
  homeHref?: string;
  /** Navigation links; wrapped in a <nav> labelled with `navLabel`. */
  nav?: ReactNode;
  navLabel?: string;
  /** Header tools, e.g. the language switch or a sign-out button. */
  actions?: ReactNode;
  footer?: ReactNode;
  /** Text of the "skip to content" link, the first thing keyboard users reach. */
  skipLinkLabel: string;
  children: ReactNode;
};

/** The page frame: skip link, header with title, navigation and actions, and the main landmark. */
export function AppShell({ title, homeHref, nav, navLabel, actions, footer, skipLinkLabel, children }: AppShellProps) {
  return (
    <div className="dh-shell">
      <a className="dh-skip-link" href="#main">
        {skipLinkLabel}
      </a>
      <header className="dh-shell__header">
        <div className="dh-shell__bar">
          {homeHref ? (
            <a className="dh-shell__title" href={homeHref}>
              {title}
            </a>
          ) : (
            <span className="dh-shell__title">{title}</span>
          )}
          {actions && <div className="dh-shell__actions">{actions}</div>}
        </div>
        {nav && (
          <nav className="dh-shell__nav" aria-label={navLabel}>
            {nav}
          </nav>
        )}
      </header>
      <main id="main" className="dh-shell__main" tabIndex={-1}>
        {children}
      </main>
      {footer && <footer className="dh-shell__footer">{footer}</footer>}
    </div>
  );
}

import { useEffect, useState } from 'react';

/**
 * The sign-in link is `/portal/sign-in#<token>`: the secret sits in the fragment, which browsers
 * never send to a server. The page reads it and removes it from the address bar at once, so it
 * stays out of the history and cannot be shared by copying the address. A link pasted into a
 * tab that already shows the sign-in page (only the fragment changes) works too.
 */
function readFragment(): string {
  // at build time (prerender.tsx) there is no address
  if (typeof window === 'undefined') return '';
  const raw = window.location.hash.replace(/^#/, '');
  try {
    return decodeURIComponent(raw).trim();
  } catch {
    return raw.trim();
  }
}

function clearFragment(): void {
  if (window.location.hash) history.replaceState(history.state, '', window.location.pathname + window.location.search);
}

/** The link's token (kept after the fragment is removed), or ''. */
export function useLinkToken(): string {
  const [token, setToken] = useState(readFragment);
  useEffect(() => {
    const onHashChange = () => {
      const next = readFragment();
      if (next) setToken(next);
      clearFragment();
    };
    clearFragment();
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, []);
  return token;
}

/** The shape the api accepts (contracts' `verifyLinkInput`); anything else is not a link we sent. */
export const looksLikeToken = (token: string) => token.length >= 20 && token.length <= 200;

/** A link works once: remember which ones this tab already sent (React may run an effect twice). */
export const usedTokens = new Set<string>();

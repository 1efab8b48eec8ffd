import { useEffect, useState } from 'react';

/**
 * The sign-in link is `/portal/sign-in#<token>`: the secret sits in the fragment, which browsers
 * never send to a server. The page reads it once and removes it from the address bar at once,
 * so it stays out of the history and cannot be shared by copying the address.
 */
export function useLinkToken(): string {
  const [token] = useState(() => {
    const raw = window.location.hash.replace(/^#/, '');
    try {
      return decodeURIComponent(raw).trim();
    } catch {
      return raw.trim();
    }
  });
  useEffect(() => {
    if (window.location.hash) history.replaceState(history.state, '', window.location.pathname + window.location.search);
  }, []);
  return token;
}

/** The shape the api accepts (contracts' `verifyLinkInput`); anything else is not a link we sent. */
export const looksLikeToken = (token: string) => token.length >= 20 && token.length <= 200;

/** A link works once: remember which ones this tab already sent (React may run an effect twice). */
export const usedTokens = new Set<string>();

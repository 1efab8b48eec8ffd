import { useSyncExternalStore } from 'react';

/**
 * The status link's secret sits in the URL fragment (`/portal/application#<token>`): browsers
 * never send the fragment to the server, so it stays out of access logs and Referer headers.
 */
function read(): string {
  const raw = window.location.hash.replace(/^#/, '');
  try {
    return decodeURIComponent(raw).trim();
  } catch {
    return raw.trim();
  }
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

/** The token from the address bar; follows a new link pasted into the same tab. */
export function useStatusToken(): string {
  return useSyncExternalStore(subscribe, read, () => '');
}

/** The shape the api accepts (contracts' `statusInput`); anything else is not a link we sent. */
export const looksLikeToken = (token: string) => token.length >= 20 && token.length <= 200;

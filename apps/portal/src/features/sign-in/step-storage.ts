import type { PortalMe } from '../../shell/session.js';

type Language = NonNullable<PortalMe>['preferredLanguage'];
export type SignInStep = { step: 'email' | 'code'; email: string; language: Language };

/**
 * Where the person is in signing in, kept in this tab only (sessionStorage): a phone may reload
 * the page while they look up the code in their e-mail. Forgotten once they are signed in.
 */
const KEY = 'driehoek.portal.signIn';
const LANGUAGES = ['nl', 'en', 'ar', 'tr', 'pl'];

export function readStep(): SignInStep {
  try {
    const saved = JSON.parse(sessionStorage.getItem(KEY) ?? 'null') as Partial<SignInStep> | null;
    if (saved && saved.step === 'code' && typeof saved.email === 'string' && LANGUAGES.includes(saved.language ?? '')) {
      return { step: 'code', email: saved.email, language: saved.language! };
    }
  } catch {
    // nothing usable stored
  }
  return { step: 'email', email: '', language: 'nl' };
}

export function saveStep(step: SignInStep): void {
  try {
    sessionStorage.setItem(KEY, JSON.stringify(step));
  } catch {
    // no storage: the step lasts until the page reloads
  }
}

export function forgetStep(): void {
  try {
    sessionStorage.removeItem(KEY);
  } catch {
    // nothing stored
  }
}

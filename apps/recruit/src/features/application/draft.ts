import type { ApplyInput } from '@driehoek/contracts/application';

/**
 * The unfinished application, kept in this browser tab (sessionStorage) so a reload or a failed
 * request loses nothing. It is cleared once the application is received. Consent is not kept:
 * the applicant gives it knowingly each time they send.
 */
const KEY = 'driehoek.recruit.applicationDraft';

export type Draft = Partial<Omit<ApplyInput, 'privacyConsent'>>;

export function loadDraft(): Draft {
  try {
    const raw = sessionStorage.getItem(KEY);
    if (!raw) return {};
    const parsed: unknown = JSON.parse(raw);
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Draft) : {};
  } catch {
    return {};
  }
}

export function saveDraft(values: Partial<ApplyInput>): void {
  const { privacyConsent: _consent, ...rest } = values;
  try {
    sessionStorage.setItem(KEY, JSON.stringify(rest));
  } catch {
    // storage full or disabled: the form still works, only without the reload safety net
  }
}

export function clearDraft(): void {
  try {
    sessionStorage.removeItem(KEY);
  } catch {
    // nothing to clear
  }
}

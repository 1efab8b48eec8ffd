/**
 * What the server put into the page for its first render (apps/server/src/portal-page.ts), so
 * the sign-in needs no round trip before it shows: whether a session cookie names a live
 * session (nothing more about the person), and the first texts of the language it chose.
 * Absent when the page came from elsewhere (the Vite dev server): the portal then asks.
 */
export interface Boot {
  language: string;
  /** null: the server could not tell (the portal asks `portal.me`). */
  signedIn: boolean | null;
  texts: Record<string, unknown>;
}

export function readBoot(): Boot | undefined {
  try {
    const boot = JSON.parse(document.getElementById('portal-boot')?.textContent ?? 'null') as Partial<Boot> | null;
    if (boot && typeof boot.language === 'string' && boot.texts && typeof boot.texts === 'object') {
      return { language: boot.language, signedIn: typeof boot.signedIn === 'boolean' ? boot.signedIn : null, texts: boot.texts };
    }
  } catch {
    // not valid: the portal asks as without it
  }
  return undefined;
}

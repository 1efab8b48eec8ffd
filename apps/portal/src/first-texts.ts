/**
 * The sections of a language file the first page needs: the shell, the sign-in and the error
 * texts. They load before the first render; the other sections load right after, beside the
 * page's code (tooling/vite/locale-parts.js splits the file).
 */
export const FIRST_TEXTS = ['app', 'contact', 'errors', 'signIn'];

/**
 * The sections of a language file the sign-in pages need: the app's frame, the sign-in, the
 * password pages, the error texts and the codes they can receive. They load before the first
 * render; the rest loads right after and before the signed-in app shows (i18n.ts, App.tsx;
 * tooling/vite/locale-parts.js splits the file).
 */
export const FIRST_TEXTS = ['app', 'auth', 'errors', 'AUTH', 'ACCOUNT', 'INPUT', 'NOT_FOUND', 'setPassword', 'forgotPassword'];

/** Loads the form checks (and zod) on first use; call it on focus so it is there by submit. */
export const loadChecks = () => import('./checks.js');

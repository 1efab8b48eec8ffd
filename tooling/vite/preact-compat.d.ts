/** Vite `resolve.alias` entries sending `react`, `react-dom` and their subpaths to `preact/compat`. */
export function preactCompatAlias(configUrl: string): { find: RegExp; replacement: string }[];

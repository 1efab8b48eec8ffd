/**
 * The public pages as HTML at build time (scripts/prerender.mjs): a visitor sees the role page
 * and the application form's text before any JavaScript runs, or without it. Dutch, the site's
 * default; the browser's script takes over on load (main.tsx).
 */
import { renderToStringAsync } from 'preact-render-to-string';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { Router } from 'wouter';
import { i18next } from './i18n.js';
import { App } from './App.js';

/** The paths written as their own index.html. */
export const PRERENDERED_PATHS = ['/', '/apply'];

export async function render(path: string): Promise<{ html: string; title: string; lang: string }> {
  await i18next.changeLanguage('nl');
  // A client that never fetches: the programmes arrive in the browser.
  const queryClient = new QueryClient({ defaultOptions: { queries: { enabled: false } } });
  const html = await renderToStringAsync(
    <QueryClientProvider client={queryClient}>
      <Router ssrPath={path}>
        <App />
      </Router>
    </QueryClientProvider>,
  );
  const titleKey = path === '/apply' ? 'apply.title' : 'about.title';
  return { html, title: `${i18next.t(titleKey)} – ${i18next.t('site.title')}`, lang: 'nl' };
}

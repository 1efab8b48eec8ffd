/**
 * The sign-in page as HTML at build time, once per language (scripts/prerender.mjs): the server
 * sends it to a visitor who is not signed in, so the page paints before any JavaScript runs;
 * the browser's script then takes over the same markup (main.tsx). Only the first part of the
 * texts (FIRST_TEXTS) is there, as in the browser before the rest arrives.
 */
import { renderToStringAsync } from 'preact-render-to-string';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { Router } from 'wouter';
import { i18next, startI18nWith } from './i18n.js';
import { App } from './App.js';
import { trpc } from './trpc.js';

type Messages = Record<string, unknown>;
const firstParts = import.meta.glob<Messages>('./locales/*.json', { query: '?part=first', import: 'default' });

/** Each language's first texts, by code: the server inlines them into the page (portal-boot). */
export async function firstTextsByLanguage(): Promise<Record<string, Messages>> {
  const entries = Object.entries(firstParts).map(async ([path, load]) => [/\.\/locales\/(.+)\.json$/.exec(path)![1]!, await load()] as const);
  return Object.fromEntries(await Promise.all(entries));
}

export async function render(path: string, lang: string, texts: Messages): Promise<{ html: string; title: string; lang: string; dir: string }> {
  await startI18nWith(lang, texts);
  // Nobody is signed in (the server sends this page only then); a client that never fetches.
  const queryClient = new QueryClient({ defaultOptions: { queries: { enabled: false } } });
  queryClient.setQueryData(trpc.portal.me.queryKey(), null);
  const html = await renderToStringAsync(
    <QueryClientProvider client={queryClient}>
      <Router ssrPath={`/portal${path}`}>
        <App />
      </Router>
    </QueryClientProvider>,
  );
  return { html, title: `${i18next.t('signIn.title')} – ${i18next.t('app.title')}`, lang, dir: i18next.dir(lang) };
}

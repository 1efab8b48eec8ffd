import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClientProvider } from '@tanstack/react-query';
import '@driehoek/ui/styles.css';
import './portal.css';
import { startI18n } from './i18n.js';
import { App, preloadPage } from './App.js';
import { queryClient } from './trpc.js';
import { readBoot } from './boot.js';
import { seedSession } from './shell/session.js';

function render() {
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <App />
      </QueryClientProvider>
    </StrictMode>,
  );
}

// The server put the session state and the language's first texts into the page (boot.ts): the
// sign-in renders without a round trip. Otherwise the texts of one language load first (a small
// file), with the page's own code beside them; if the texts fail to load, the page still opens.
// A page prerendered by the server (the sign-in) stays on screen until its code is there, so the
// first render takes over its markup instead of showing "loading" in between.
const boot = readBoot();
seedSession(boot?.signedIn);
const page = preloadPage(window.location.pathname, boot?.signedIn);
const prerendered = document.getElementById('root')!.hasAttribute('data-prerendered');
// the prerendered page paints first, then the first render takes it over (a hidden tab draws no frames: at most 100 ms)
const painted = prerendered ? new Promise<void>((done) => (requestAnimationFrame(() => setTimeout(done)), setTimeout(done, 100))) : null;
Promise.all([startI18n(boot), prerendered ? page : null, painted]).then(render, render);

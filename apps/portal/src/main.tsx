import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClientProvider } from '@tanstack/react-query';
import '@driehoek/ui/styles.css';
import './portal.css';
import { startI18n } from './i18n.js';
import { App, preloadPage } from './App.js';
import { queryClient } from './trpc.js';

function render() {
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <App />
      </QueryClientProvider>
    </StrictMode>,
  );
}

// The texts of one language load first (a small file), with the page's own code beside them;
// if the texts fail to load, the page still opens.
preloadPage(window.location.pathname);
startI18n().then(render, render);

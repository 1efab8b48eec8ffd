import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClientProvider } from '@tanstack/react-query';
import '@driehoek/ui/styles.css';
import './portal.css';
import { startI18n } from './i18n.js';
import { App } from './App.js';
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

// The texts of one language load first (a small file); if that fails, the page still opens.
startI18n().then(render, render);

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClientProvider } from '@tanstack/react-query';
import { Router } from 'wouter';
import '@driehoek/ui/styles.css';
import './coordinator.css';
import { startI18n } from './i18n';
import { queryClient } from './trpc';
import { App } from './App';

function render() {
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <Router base="/coordinator">
          <App />
        </Router>
      </QueryClientProvider>
    </StrictMode>,
  );
}

// The texts of one language load first (a small file); if they fail to load, the app still opens.
startI18n().then(render, render);

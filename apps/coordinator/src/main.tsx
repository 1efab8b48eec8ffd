import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClientProvider } from '@tanstack/react-query';
import { Router } from 'wouter';
import '@driehoek/ui/styles.css';
import './i18n';
import './coordinator.css';
import { queryClient } from './trpc';
import { App } from './App';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <Router base="/coordinator">
        <App />
      </Router>
    </QueryClientProvider>
  </StrictMode>,
);

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createAnalysisClient } from '../worker/analysis-client.ts';
import { App } from './app.tsx';
import { AppProviders } from './providers/app-providers.tsx';
import { createQueryClient } from './providers/create-query-client.ts';
import './app.css';

// One cache and one worker for the page's lifetime, made outside React so remounts keep them.
const queryClient = createQueryClient();
const analysisClient = createAnalysisClient();

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <AppProviders queryClient={queryClient} analysisClient={analysisClient}>
        <App />
      </AppProviders>
    </StrictMode>,
  );
}

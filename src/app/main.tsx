import { createRoot } from 'react-dom/client';
import { createAnalysisClient } from '../worker/analysis-client.ts';
import { applySecurityPolicy } from './boot/apply-security-policy.ts';
import { startDesk } from './boot/start-desk.tsx';
import { createQueryClient } from './providers/create-query-client.ts';
import './app.css';

applySecurityPolicy();

// One cache and one worker for the page's lifetime, made outside React so remounts keep them.
const container = document.getElementById('root');
if (container) {
  startDesk({
    root: createRoot(container),
    queryClient: createQueryClient(),
    analysisClient: createAnalysisClient(),
  });
}

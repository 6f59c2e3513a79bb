import { QueryClientProvider } from '@tanstack/react-query';
import type { QueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { AnalysisClientProvider } from '../../lib/analysis-client-context.tsx';
import type { AnalysisClient } from '../../worker/analysis-client.ts';

/** Everything the features expect above them: the query cache and the analysis worker's client. */
export function AppProviders({
  queryClient,
  analysisClient,
  children,
}: {
  queryClient: QueryClient;
  analysisClient: AnalysisClient;
  children: ReactNode;
}) {
  return (
    <QueryClientProvider client={queryClient}>
      <AnalysisClientProvider client={analysisClient}>{children}</AnalysisClientProvider>
    </QueryClientProvider>
  );
}

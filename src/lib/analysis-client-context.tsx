import { createContext, use } from 'react';
import type { ReactNode } from 'react';
import type { AnalysisClient } from '../worker/analysis-client.ts';

const AnalysisClientContext = createContext<AnalysisClient | null>(null);

/** Makes one analysis client (one worker) available to every feature below it. */
export function AnalysisClientProvider({
  client,
  children,
}: {
  client: AnalysisClient;
  children: ReactNode;
}) {
  return <AnalysisClientContext value={client}>{children}</AnalysisClientContext>;
}

/**
 * The analysis client of the surrounding {@link AnalysisClientProvider}.
 * @throws {Error} when no provider is mounted above the caller.
 */
export function useAnalysisClient(): AnalysisClient {
  const client = use(AnalysisClientContext);
  if (!client) throw new Error('useAnalysisClient needs an AnalysisClientProvider above it.');
  return client;
}

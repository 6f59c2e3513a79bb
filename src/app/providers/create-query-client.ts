import { QueryClient } from '@tanstack/react-query';

/** The app's query cache: local work is deterministic, so nothing goes stale behind the user's back. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { staleTime: Infinity, refetchOnWindowFocus: false, retry: false },
    },
  });
}

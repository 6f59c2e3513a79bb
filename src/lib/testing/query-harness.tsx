import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup } from '@testing-library/react';
import type { ReactNode } from 'react';
import { createGalleyStore } from '../../storage/create-galley-store.ts';
import type { GalleyStore } from '../../storage/galley-store.ts';
import { GalleyStoreProvider } from '../store-context.tsx';

/** A short Chinese page of two articles, for tests that store an issue. */
export const TWO_ARTICLE_PAGE = [
  '太原日报 2022年9月21日',
  '',
  '全市召开安全生产大会',
  '本报讯 今天，全市召开安全生产大会。',
  '会议强调要做好各项工作。',
  '',
  '新桥建成通车',
  '本报讯 城西新桥昨日建成通车。',
  '市民出行更加方便。',
  '',
].join('\n');

let databaseCount = 0;
const closers: (() => void)[] = [];

/** Runs `close` when the test ends, once its hooks are unmounted. */
export function closeAfterTest(close: () => void): void {
  closers.push(close);
}

/** A query client as the tests want it: nothing goes stale, nothing is retried. */
export function createTestQueryClient(): QueryClient {
  return new QueryClient({ defaultOptions: { queries: { staleTime: Infinity, retry: false } } });
}

/** A wrapper for `renderHook` that provides `queryClient` and `store`. */
export function queryWrapper(queryClient: QueryClient, store: GalleyStore) {
  return function QueryWrapper({ children }: { children: ReactNode }) {
    return (
      <QueryClientProvider client={queryClient}>
        <GalleyStoreProvider store={store}>{children}</GalleyStoreProvider>
      </QueryClientProvider>
    );
  };
}

/**
 * A store (a fresh fake-indexeddb database unless one is given) and a query client, with the
 * wrapper that provides both; both are closed when the test ends.
 */
export async function createQueryHarness(given?: GalleyStore) {
  const store = given ?? (await createGalleyStore({ name: `query-test-${++databaseCount}` }));
  const queryClient = createTestQueryClient();
  closeAfterTest(() => {
    queryClient.clear();
    store.close();
  });
  return { store, queryClient, wrapper: queryWrapper(queryClient, store) };
}

/**
 * For `afterEach`: unmounts the hooks first (a query notification still queued must not render
 * once jsdom is gone), closes what the test opened, then lets queued timers run.
 */
export async function closeQueryHarnesses(): Promise<void> {
  cleanup();
  for (const close of closers.splice(0)) close();
  await new Promise((resolve) => setTimeout(resolve, 0));
}

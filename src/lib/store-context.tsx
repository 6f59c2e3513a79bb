import { createContext, use } from 'react';
import type { ReactNode } from 'react';
import type { GalleyStore } from '../storage/galley-store.ts';

const StoreContext = createContext<GalleyStore | null>(null);

/** Makes the one IndexedDB store available to the query hooks below it. */
export function GalleyStoreProvider({
  store,
  children,
}: {
  store: GalleyStore;
  children: ReactNode;
}) {
  return <StoreContext value={store}>{children}</StoreContext>;
}

/**
 * The store of the surrounding {@link GalleyStoreProvider}.
 * @throws {Error} when no provider is mounted above the caller.
 */
export function useGalleyStore(): GalleyStore {
  const store = use(StoreContext);
  if (!store) throw new Error('useGalleyStore needs a GalleyStoreProvider above it.');
  return store;
}

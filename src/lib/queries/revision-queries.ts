import { queryOptions, useQuery } from '@tanstack/react-query';
import type { GalleyStore } from '../../storage/galley-store.ts';
import type { ItemId } from '../../storage/records.ts';
import { useGalleyStore } from '../store-context.tsx';
import { revisionKeys } from './query-keys.ts';

export { revisionKeys };

/** An item's saved revisions, oldest first. */
export function revisionsQueryOptions(store: GalleyStore, itemId: ItemId) {
  return queryOptions({
    queryKey: revisionKeys.list(itemId),
    queryFn: () => store.listRevisions(itemId),
  });
}

/** An item's saved revisions, oldest first. */
export function useRevisions(itemId: ItemId) {
  const store = useGalleyStore();
  return useQuery(revisionsQueryOptions(store, itemId));
}

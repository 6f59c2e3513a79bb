import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { QueryClient } from '@tanstack/react-query';
import type { Item } from '../../core/analysis-types.ts';
import { RevisionConflictError } from '../../storage/galley-store.ts';
import type { ArticleSave, ArticleSaveRequest, GalleyStore } from '../../storage/galley-store.ts';
import type {
  IssueId,
  IssueRecord,
  ItemId,
  ItemRecord,
  ItemStatus,
} from '../../storage/records.ts';
import { useGalleyStore } from '../store-context.tsx';
import { announceWrite, invalidateHere } from './cross-tab-sync.ts';
import { issueKeys, itemKeys, revisionKeys } from './query-keys.ts';

export { itemKeys };

/** An issue's items in source order. */
export function itemsQueryOptions(store: GalleyStore, issueId: IssueId) {
  return queryOptions({
    queryKey: itemKeys.list(issueId),
    queryFn: () => store.listItems(issueId),
  });
}

/** One item; null once it no longer exists. */
export function itemQueryOptions(store: GalleyStore, id: ItemId) {
  return queryOptions({
    queryKey: itemKeys.detail(id),
    queryFn: async (): Promise<ItemRecord | null> => (await store.getItem(id)) ?? null,
  });
}

/** An issue's items in source order. */
export function useItems(issueId: IssueId) {
  const store = useGalleyStore();
  return useQuery(itemsQueryOptions(store, issueId));
}

/** One item (`data` is null when it does not exist). */
export function useItem(id: ItemId) {
  const store = useGalleyStore();
  return useQuery(itemQueryOptions(store, id));
}

/** Puts an item record into its detail query and its issue's list. */
function cacheItem(queryClient: QueryClient, record: ItemRecord): void {
  queryClient.setQueryData<ItemRecord | null>(itemKeys.detail(record.id), record);
  queryClient.setQueryData<ItemRecord[]>(itemKeys.list(record.issueId), (list) =>
    list?.map((entry) => (entry.id === record.id ? record : entry)),
  );
}

/** A new split set for an issue; see `GalleyStore.replaceItems`. */
export interface ReplaceItemsInput {
  /** The items in source order. */
  items: Item[];
  /** The issue's revision the split set was made from. */
  expectedRevision: number;
  /** Status overrides by index in `items`. */
  statuses?: Partial<Record<number, ItemStatus>>;
}

/**
 * Stores a corrected split set for an issue in one transaction; resolves with the records as
 * stored. Rejects with RevisionConflictError when another tab changed the splits first (the
 * issue and its items are then refetched).
 */
export function useReplaceItems(issueId: IssueId) {
  const store = useGalleyStore();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ items, expectedRevision, statuses }: ReplaceItemsInput) =>
      store.replaceItems(issueId, items, expectedRevision, statuses),
    onSuccess: (records, { expectedRevision }) => {
      const previous = queryClient.getQueryData<ItemRecord[]>(itemKeys.list(issueId)) ?? [];
      const kept = new Set(records.map((record) => record.id));
      for (const record of previous) {
        if (!kept.has(record.id)) queryClient.setQueryData(itemKeys.detail(record.id), null);
      }
      queryClient.setQueryData(itemKeys.list(issueId), records);
      for (const record of records) queryClient.setQueryData(itemKeys.detail(record.id), record);
      queryClient.setQueryData<IssueRecord | null>(issueKeys.detail(issueId), (issue) =>
        issue ? { ...issue, revision: expectedRevision + 1 } : issue,
      );
      announceWrite(queryClient, [
        itemKeys.list(issueId),
        itemKeys.details(),
        issueKeys.detail(issueId),
        issueKeys.list(),
      ]);
    },
    onSettled: (_records, error) =>
      invalidateHere(queryClient, [
        issueKeys.detail(issueId),
        issueKeys.list(),
        ...(error ? [itemKeys.list(issueId)] : []),
      ]),
  });
}

/**
 * Sets the status of several items of an issue (accept, approve). The new status shows at once
 * and goes back if the write fails.
 */
export function useSetItemStatus(issueId: IssueId) {
  const store = useGalleyStore();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ ids, status }: { ids: ItemId[]; status: ItemStatus }) =>
      store.setItemStatus(ids, status),
    onMutate: async ({ ids, status }) => {
      const targets = new Set<ItemId>(ids);
      await Promise.all([
        queryClient.cancelQueries({ queryKey: itemKeys.list(issueId) }),
        ...ids.map((id) => queryClient.cancelQueries({ queryKey: itemKeys.detail(id) })),
      ]);
      const previousList = queryClient.getQueryData<ItemRecord[]>(itemKeys.list(issueId));
      const previousDetails = ids.map(
        (id) => [id, queryClient.getQueryData<ItemRecord | null>(itemKeys.detail(id))] as const,
      );
      queryClient.setQueryData<ItemRecord[]>(itemKeys.list(issueId), (list) =>
        list?.map((record) => (targets.has(record.id) ? { ...record, status } : record)),
      );
      for (const id of ids) {
        queryClient.setQueryData<ItemRecord | null>(itemKeys.detail(id), (record) =>
          record ? { ...record, status } : record,
        );
      }
      return { previousList, previousDetails };
    },
    onError: (_error, _variables, snapshot) => {
      if (!snapshot) return;
      queryClient.setQueryData(itemKeys.list(issueId), snapshot.previousList);
      for (const [id, record] of snapshot.previousDetails) {
        queryClient.setQueryData(itemKeys.detail(id), record);
      }
    },
    onSuccess: (records) => {
      for (const record of records) cacheItem(queryClient, record);
      announceWrite(queryClient, [
        itemKeys.list(issueId),
        ...records.map((record) => itemKeys.detail(record.id)),
        issueKeys.list(),
      ]);
    },
    onSettled: (_records, error, { ids }) =>
      invalidateHere(queryClient, [
        issueKeys.list(),
        ...(error ? [itemKeys.list(issueId), ...ids.map((id) => itemKeys.detail(id))] : []),
      ]),
  });
}

/** A save of an article from the revision it was opened at. */
export interface SaveArticleInput {
  /** What the article now is and why. */
  save: ArticleSave;
  /** The item's revision the edit started from. */
  expectedRevision: number;
}

/**
 * Saves an article and records a revision; resolves with the stored record (use its `revision`
 * for the next save, and save one at a time). The saved content shows at once everywhere and
 * goes back if the save fails; on RevisionConflictError the cache takes the other tab's version
 * (also in `error.current`) while the editor keeps its own.
 */
export function useSaveArticle(itemId: ItemId) {
  const store = useGalleyStore();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ save, expectedRevision }: SaveArticleInput) =>
      store.saveArticle(itemId, save, expectedRevision),
    onMutate: async ({ save }) => {
      await queryClient.cancelQueries({ queryKey: itemKeys.detail(itemId) });
      const previous = queryClient.getQueryData<ItemRecord | null>(itemKeys.detail(itemId));
      if (!previous) return { previous };
      await queryClient.cancelQueries({ queryKey: itemKeys.list(previous.issueId) });
      cacheItem(queryClient, {
        ...previous,
        content: save.content,
        flags: save.flags,
        status: save.status,
      });
      return { previous };
    },
    onError: (error, _variables, snapshot) => {
      if (error instanceof RevisionConflictError && 'issueId' in error.current) {
        cacheItem(queryClient, error.current);
      } else if (snapshot?.previous) {
        cacheItem(queryClient, snapshot.previous);
      }
    },
    onSuccess: (record) => {
      cacheItem(queryClient, record);
      queryClient.setQueryData<IssueRecord | null>(issueKeys.detail(record.issueId), (issue) =>
        issue ? { ...issue, updatedAt: record.updatedAt } : issue,
      );
      announceWrite(queryClient, [
        itemKeys.detail(itemId),
        itemKeys.list(record.issueId),
        revisionKeys.list(itemId),
        issueKeys.detail(record.issueId),
        issueKeys.list(),
      ]);
    },
    onSettled: () => invalidateHere(queryClient, [revisionKeys.list(itemId), issueKeys.list()]),
  });
}

/**
 * Saves several articles of an issue in one transaction (all or nothing); resolves with the
 * stored records. The saved content shows at once everywhere and goes back if the save fails; on
 * RevisionConflictError the cache takes the other tab's version of that article.
 */
export function useSaveArticles(issueId: IssueId) {
  const store = useGalleyStore();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (saves: readonly ArticleSaveRequest[]) => store.saveArticles(saves),
    onMutate: async (saves) => {
      await Promise.all([
        queryClient.cancelQueries({ queryKey: itemKeys.list(issueId) }),
        ...saves.map(({ id }) => queryClient.cancelQueries({ queryKey: itemKeys.detail(id) })),
      ]);
      const previousList = queryClient.getQueryData<ItemRecord[]>(itemKeys.list(issueId));
      const previousDetails = saves.map(
        ({ id }) => [id, queryClient.getQueryData<ItemRecord | null>(itemKeys.detail(id))] as const,
      );
      const byId = new Map(saves.map((entry) => [entry.id, entry.save]));
      const optimistic = (record: ItemRecord): ItemRecord => {
        const save = byId.get(record.id);
        return save
          ? { ...record, content: save.content, flags: save.flags, status: save.status }
          : record;
      };
      queryClient.setQueryData<ItemRecord[]>(itemKeys.list(issueId), (list) =>
        list?.map(optimistic),
      );
      for (const { id } of saves) {
        queryClient.setQueryData<ItemRecord | null>(itemKeys.detail(id), (record) =>
          record ? optimistic(record) : record,
        );
      }
      return { previousList, previousDetails };
    },
    onError: (error, _saves, snapshot) => {
      if (snapshot) {
        queryClient.setQueryData(itemKeys.list(issueId), snapshot.previousList);
        for (const [id, record] of snapshot.previousDetails) {
          queryClient.setQueryData(itemKeys.detail(id), record);
        }
      }
      if (error instanceof RevisionConflictError && 'issueId' in error.current) {
        cacheItem(queryClient, error.current);
      }
    },
    onSuccess: (records) => {
      for (const record of records) cacheItem(queryClient, record);
      const updatedAt = records[0]?.updatedAt;
      if (updatedAt !== undefined) {
        queryClient.setQueryData<IssueRecord | null>(issueKeys.detail(issueId), (issue) =>
          issue ? { ...issue, updatedAt } : issue,
        );
      }
      announceWrite(queryClient, [
        itemKeys.list(issueId),
        ...records.map((record) => itemKeys.detail(record.id)),
        ...records.map((record) => revisionKeys.list(record.id)),
        issueKeys.detail(issueId),
        issueKeys.list(),
      ]);
    },
    onSettled: (_records, error, saves) =>
      invalidateHere(queryClient, [
        issueKeys.list(),
        ...saves.map(({ id }) => revisionKeys.list(id)),
        ...(error ? [itemKeys.list(issueId)] : []),
      ]),
  });
}

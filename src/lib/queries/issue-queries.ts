import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  DeletedIssue,
  GalleyStore,
  IssueSummary,
  NewIssueInput,
} from '../../storage/galley-store.ts';
import type { IssueId, IssueRecord, ItemRecord } from '../../storage/records.ts';
import { useGalleyStore } from '../store-context.tsx';
import { announceWrite, invalidateHere } from './cross-tab-sync.ts';
import { issueKeys, itemKeys, revisionKeys } from './query-keys.ts';

export { issueKeys };

/** Every stored issue as the library lists it, newest first. */
export function issuesQueryOptions(store: GalleyStore) {
  return queryOptions({ queryKey: issueKeys.list(), queryFn: () => store.listIssues() });
}

/** One issue with its source text; null once it is deleted. */
export function issueQueryOptions(store: GalleyStore, id: IssueId) {
  return queryOptions({
    queryKey: issueKeys.detail(id),
    queryFn: async (): Promise<IssueRecord | null> => (await store.getIssue(id)) ?? null,
  });
}

/** Every stored issue as the library lists it, newest first. */
export function useIssues() {
  const store = useGalleyStore();
  return useQuery(issuesQueryOptions(store));
}

/** One issue with its source text (`data` is null when it does not exist). */
export function useIssue(id: IssueId) {
  const store = useGalleyStore();
  return useQuery(issueQueryOptions(store, id));
}

/** Stores a new issue with its items; resolves with the issue record once it is saved. */
export function useCreateIssue() {
  const store = useGalleyStore();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: NewIssueInput) => store.createIssue(input),
    onSuccess: async (issue) => {
      queryClient.setQueryData(issueKeys.detail(issue.id), issue);
      announceWrite(queryClient, [issueKeys.list()]);
      await invalidateHere(queryClient, [issueKeys.list()]);
    },
  });
}

/** Renames an issue; the new title shows at once and goes back if the save fails. */
export function useRenameIssue() {
  const store = useGalleyStore();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, title }: { id: IssueId; title: string }) => store.renameIssue(id, title),
    onMutate: async ({ id, title }) => {
      await Promise.all([
        queryClient.cancelQueries({ queryKey: issueKeys.list() }),
        queryClient.cancelQueries({ queryKey: issueKeys.detail(id) }),
      ]);
      const previousList = queryClient.getQueryData<IssueSummary[]>(issueKeys.list());
      const previousIssue = queryClient.getQueryData<IssueRecord | null>(issueKeys.detail(id));
      const trimmed = title.trim();
      if (trimmed.length > 0) {
        queryClient.setQueryData<IssueSummary[]>(issueKeys.list(), (list) =>
          list?.map((summary) => (summary.id === id ? { ...summary, title: trimmed } : summary)),
        );
        queryClient.setQueryData<IssueRecord | null>(issueKeys.detail(id), (issue) =>
          issue ? { ...issue, title: trimmed } : issue,
        );
      }
      return { previousList, previousIssue };
    },
    onError: (_error, { id }, snapshot) => {
      if (!snapshot) return;
      queryClient.setQueryData(issueKeys.list(), snapshot.previousList);
      queryClient.setQueryData(issueKeys.detail(id), snapshot.previousIssue);
    },
    onSuccess: (_data, { id }) => {
      announceWrite(queryClient, [issueKeys.list(), issueKeys.detail(id)]);
    },
    onSettled: (_data, _error, { id }) =>
      invalidateHere(queryClient, [issueKeys.list(), issueKeys.detail(id)]),
  });
}

/**
 * Deletes an issue with its items and revisions. It leaves the list at once (and comes back if
 * the delete fails); resolves with what `useRestoreIssue` needs to undo it.
 */
export function useDeleteIssue() {
  const store = useGalleyStore();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: IssueId): Promise<DeletedIssue> => store.deleteIssue(id),
    onMutate: async (id) => {
      await queryClient.cancelQueries({ queryKey: issueKeys.list() });
      const previousList = queryClient.getQueryData<IssueSummary[]>(issueKeys.list());
      queryClient.setQueryData<IssueSummary[]>(issueKeys.list(), (list) =>
        list?.filter((summary) => summary.id !== id),
      );
      return { previousList };
    },
    onError: (_error, _id, snapshot) => {
      if (snapshot) queryClient.setQueryData(issueKeys.list(), snapshot.previousList);
    },
    onSuccess: (deleted, id) => {
      queryClient.setQueryData(issueKeys.detail(id), null);
      queryClient.setQueryData<ItemRecord[]>(itemKeys.list(id), []);
      for (const record of deleted.items) {
        queryClient.setQueryData(itemKeys.detail(record.id), null);
        queryClient.setQueryData(revisionKeys.list(record.id), []);
      }
      announceWrite(queryClient, [
        issueKeys.list(),
        issueKeys.detail(id),
        itemKeys.all,
        revisionKeys.all,
      ]);
    },
    onSettled: () => invalidateHere(queryClient, [issueKeys.list()]),
  });
}

/** Puts a deleted issue back exactly as it was (the undo of `useDeleteIssue`). */
export function useRestoreIssue() {
  const store = useGalleyStore();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (deleted: DeletedIssue) => store.restoreIssue(deleted),
    onSuccess: async (_data, deleted) => {
      const { issue, items } = deleted;
      queryClient.setQueryData(issueKeys.detail(issue.id), issue);
      queryClient.setQueryData(itemKeys.list(issue.id), items);
      for (const record of items) queryClient.setQueryData(itemKeys.detail(record.id), record);
      announceWrite(queryClient, [
        issueKeys.list(),
        issueKeys.detail(issue.id),
        itemKeys.all,
        revisionKeys.all,
      ]);
      await invalidateHere(queryClient, [issueKeys.list(), revisionKeys.all]);
    },
  });
}

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { announceWrite, invalidateHere } from '../../../lib/queries/cross-tab-sync.ts';
import { issueKeys, itemKeys, revisionKeys } from '../../../lib/queries/query-keys.ts';
import { useGalleyStore } from '../../../lib/store-context.tsx';
import { RevisionConflictError } from '../../../storage/galley-store.ts';
import type { ArticleSave } from '../../../storage/galley-store.ts';
import type { IssueId, ItemRecord } from '../../../storage/records.ts';

/** An edit to another article of the issue, made from its stored record. */
export type OtherArticleEdit = (record: ItemRecord) => ArticleSave | null;

/** What happened to the other articles. */
export interface OtherArticlesResult {
  /** Records saved. */
  saved: ItemRecord[];
  /** Articles that could not be saved, with why. */
  failed: { record: ItemRecord; error: unknown }[];
}

function isItemRecord(value: unknown): value is ItemRecord {
  return typeof value === 'object' && value !== null && 'issueId' in value && 'item' in value;
}

/**
 * Applies one edit to several other articles of an issue (the "apply to every same flag"
 * action), one save per article through the store's revision check. An article changed in
 * another tab meanwhile is edited again from its stored version once; the query cache is
 * refreshed here and in the other tabs afterwards.
 */
export function useSaveOtherArticles(issueId: IssueId) {
  const store = useGalleyStore();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({
      records,
      edit,
    }: {
      records: readonly ItemRecord[];
      edit: OtherArticleEdit;
    }): Promise<OtherArticlesResult> => {
      const result: OtherArticlesResult = { saved: [], failed: [] };
      for (const record of records) {
        let current = record;
        for (let attempt = 0; attempt < 2; attempt += 1) {
          const save = edit(current);
          if (!save) break;
          try {
            result.saved.push(await store.saveArticle(current.id, save, current.revision));
            break;
          } catch (error) {
            if (
              attempt === 0 &&
              error instanceof RevisionConflictError &&
              isItemRecord(error.current)
            ) {
              current = error.current;
              continue;
            }
            result.failed.push({ record: current, error });
            break;
          }
        }
      }
      return result;
    },
    onSuccess: ({ saved }) => {
      for (const record of saved) {
        queryClient.setQueryData<ItemRecord | null>(itemKeys.detail(record.id), record);
        queryClient.setQueryData<ItemRecord[]>(itemKeys.list(issueId), (list) =>
          list?.map((entry) => (entry.id === record.id ? record : entry)),
        );
      }
      announceWrite(queryClient, [
        itemKeys.list(issueId),
        itemKeys.details(),
        revisionKeys.all,
        issueKeys.list(),
      ]);
    },
    onSettled: () =>
      invalidateHere(queryClient, [itemKeys.list(issueId), revisionKeys.all, issueKeys.list()]),
  });
}

import { useMutation } from '@tanstack/react-query';
import { useSaveArticles } from '../../../lib/queries/item-queries.ts';
import { RevisionConflictError } from '../../../storage/galley-store.ts';
import type { ArticleSave, ArticleSaveRequest } from '../../../storage/galley-store.ts';
import type { IssueId, ItemRecord } from '../../../storage/records.ts';

/** An edit to another article of the issue, made from its stored record. */
export type OtherArticleEdit = (record: ItemRecord) => ArticleSave | null;

/** What happened to the other articles. */
export interface OtherArticlesResult {
  /** Records saved. */
  saved: ItemRecord[];
  /** Articles that could not be saved, with why (all of them or none: they are saved together). */
  failed: { record: ItemRecord; error: unknown }[];
}

function isItemRecord(value: unknown): value is ItemRecord {
  return typeof value === 'object' && value !== null && 'issueId' in value && 'item' in value;
}

/**
 * Applies one edit to several other articles of an issue (the "apply to every same flag"
 * action) in one transaction through the store's revision checks: all are saved or none is. An
 * article changed in another tab meanwhile is edited again from its stored version once.
 */
export function useSaveOtherArticles(issueId: IssueId) {
  const { mutateAsync: saveArticles } = useSaveArticles(issueId);
  return useMutation({
    mutationFn: async ({
      records,
      edit,
    }: {
      records: readonly ItemRecord[];
      edit: OtherArticleEdit;
    }): Promise<OtherArticlesResult> => {
      const toRequest = (record: ItemRecord): ArticleSaveRequest | null => {
        const save = edit(record);
        return save ? { id: record.id, save, expectedRevision: record.revision } : null;
      };
      let current = [...records];
      let requests = current.map(toRequest);
      for (let attempt = 0; ; attempt += 1) {
        const saves = requests.filter((request) => request !== null);
        if (saves.length === 0) return { saved: [], failed: [] };
        try {
          return { saved: await saveArticles(saves), failed: [] };
        } catch (error) {
          const stored = error instanceof RevisionConflictError ? error.current : null;
          const index = isItemRecord(stored)
            ? current.findIndex((record) => record.id === stored.id)
            : -1;
          if (attempt > 0 || !isItemRecord(stored) || index < 0) {
            const failed = current.filter((_record, at) => requests[at] !== null);
            return { saved: [], failed: failed.map((record) => ({ record, error })) };
          }
          current = current.with(index, stored);
          requests = requests.with(index, toRequest(stored));
        }
      }
    },
  });
}

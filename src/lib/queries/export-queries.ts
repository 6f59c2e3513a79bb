import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ExportFile, ExportFormat, ExportScope } from '../../core/export/export-snapshot.ts';
import type { IssueSnapshot } from '../../core/export/issue-snapshot.ts';
import type { ImportBackupOptions } from '../../storage/galley-store.ts';
import type { IssueId, IssueRecord } from '../../storage/records.ts';
import { useGalleyStore } from '../store-context.tsx';
import { announceWrite, invalidateHere } from './cross-tab-sync.ts';
import { issueKeys, itemKeys, revisionKeys } from './query-keys.ts';

/** What to export. */
export interface ExportIssueInput {
  /** The issue. */
  issueId: IssueId;
  /** The file format. */
  format: ExportFormat;
  /** The whole issue, a page or one article. */
  scope: ExportScope;
}

/**
 * Exports an issue as it is stored now: reads it in one transaction, then builds the file.
 * Resolves with the file's name, type and bytes; rejects with RecordNotFoundError when the issue
 * is gone, or the exporter's error (an article or page the issue does not have).
 */
export function useExportIssue() {
  const store = useGalleyStore();
  return useMutation({
    mutationFn: async ({ issueId, format, scope }: ExportIssueInput): Promise<ExportFile> => {
      const snapshot = await store.readSnapshot(issueId);
      // The exporters carry the DOCX and ZIP libraries: loaded on the first export only.
      const { exportSnapshot } = await import('../../core/export/export-snapshot.ts');
      return exportSnapshot(snapshot, format, scope);
    },
  });
}

/** A parsed backup to store, and what to do if its issue is already stored. */
export interface ImportBackupInput extends ImportBackupOptions {
  /** The backup, as `parseBackup` returns it. */
  snapshot: IssueSnapshot;
}

/**
 * Stores a parsed backup in one transaction (all or nothing); resolves with the issue as stored.
 * Rejects with IssueExistsError when the issue is stored and `onExisting` is 'refuse'.
 */
export function useImportBackup() {
  const store = useGalleyStore();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ snapshot, ...options }: ImportBackupInput): Promise<IssueRecord> =>
      store.importBackup(snapshot, options),
    onSuccess: async (issue) => {
      queryClient.setQueryData(issueKeys.detail(issue.id), issue);
      // A replaced issue's items and revisions are all different now.
      const changed = [issueKeys.all, itemKeys.all, revisionKeys.all];
      announceWrite(queryClient, changed);
      await invalidateHere(queryClient, changed);
    },
  });
}

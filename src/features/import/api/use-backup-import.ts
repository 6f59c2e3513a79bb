import { useCallback, useEffect, useRef, useState } from 'react';
import type { IssueSnapshot } from '../../../core/export/issue-snapshot.ts';
import { useImportBackup } from '../../../lib/queries/export-queries.ts';
import { IssueExistsError, StorageFullError } from '../../../storage/galley-store.ts';
import type { OnExistingIssue } from '../../../storage/galley-store.ts';
import type { IssueRecord } from '../../../storage/records.ts';
import type { ImportRefusal } from './describe-refusal.ts';

/** Where a backup's import is. */
export type BackupState =
  | { phase: 'idle' }
  | { phase: 'reading'; sourceName: string; bytes: number }
  | {
      phase: 'review' | 'importing';
      sourceName: string;
      bytes: number;
      snapshot: IssueSnapshot;
      /** The store said the issue is already there (the library list may say so earlier). */
      exists: boolean;
    }
  | { phase: 'failed'; sourceName: string; refusal: ImportRefusal };

const TRUNCATED_MESSAGE =
  'This backup is cut short or damaged: it ends before its JSON does. Export it again from the desk that made it.';

// How much of a file is read to tell a backup from page text.
const SNIFF_BYTES = 512;

// The parser and its schema library load with the first backup, not with the import screen.
const loadParser = () => import('../../../core/export/parse-backup.ts');

/** Index of the first byte after a UTF-8 byte-order mark and white space. */
function firstTextByte(bytes: Uint8Array): number {
  let index = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  while (index < bytes.length && [0x20, 0x09, 0x0a, 0x0d].includes(bytes[index] ?? 0)) index += 1;
  return index;
}

/**
 * Whether a file should go the backup's way: a `.json` file (so a stray JSON file is refused as
 * "not a Galley backup" rather than analysed as page text), or one whose first bytes open a
 * Galley backup.
 */
export async function looksLikeBackup(file: Blob & { name: string }): Promise<boolean> {
  if (/\.json$/i.test(file.name) || file.type === 'application/json') return true;
  const head = new Uint8Array(await file.slice(0, SNIFF_BYTES).arrayBuffer());
  // Page text almost never opens with a brace: only then is the parser worth loading.
  if (head[firstTextByte(head)] !== 0x7b) return false;
  return (await loadParser()).isProbablyBackup(head);
}

function refusal(code: string, message: string, bytes: number | null): ImportRefusal {
  return { code, message, bytes, formatId: null };
}

function toStoreRefusal(error: unknown, bytes: number): ImportRefusal {
  const message = error instanceof Error ? error.message : String(error);
  if (error instanceof StorageFullError) return refusal('storage-full', message, bytes);
  return refusal('backup-store', message, bytes);
}

/**
 * Imports a Galley backup: checks the size, parses and validates it, shows what it holds, and
 * stores it in one transaction once the person confirms (replace, copy or cancel when the issue
 * is already in the library). Any failure leaves the library as it was.
 */
export function useBackupImport(onImported: (issue: IssueRecord) => void): {
  state: BackupState;
  offer: (file: File) => void;
  confirm: (onExisting: OnExistingIssue, copyTitle?: string) => void;
  reset: () => void;
} {
  const { mutateAsync: importBackup } = useImportBackup();
  const [state, setState] = useState<BackupState>({ phase: 'idle' });
  const mounted = useRef(true);
  const latest = useRef(state);
  const imported = useRef(onImported);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);
  useEffect(() => {
    imported.current = onImported;
  });
  const update = useCallback((next: BackupState) => {
    latest.current = next;
    if (mounted.current) setState(next);
  }, []);

  const offer = useCallback(
    (file: File) => {
      const busy = latest.current.phase === 'reading' || latest.current.phase === 'importing';
      if (busy) return;
      const sourceName = file.name;
      const bytes = file.size;
      update({ phase: 'reading', sourceName, bytes });
      void (async () => {
        try {
          const { MAX_BACKUP_BYTES, parseBackup } = await loadParser();
          if (bytes > MAX_BACKUP_BYTES) {
            update({
              phase: 'failed',
              sourceName,
              refusal: refusal(
                'backup-too-large',
                `This file is ${(bytes / 1024 / 1024).toFixed(1)} MiB, over Galley's limit of ${MAX_BACKUP_BYTES / 1024 / 1024} MiB for a backup.`,
                bytes,
              ),
            });
            return;
          }
          const content = new Uint8Array(await file.arrayBuffer());
          const result = parseBackup(content);
          if (!result.ok) {
            // JSON that opens but does not parse (or decode: cut mid-character) ends too soon.
            const opening = content[firstTextByte(content)];
            const truncated =
              result.error.code === 'not-json' && (opening === 0x7b || opening === 0x5b);
            update({
              phase: 'failed',
              sourceName,
              refusal: truncated
                ? refusal('backup-truncated', TRUNCATED_MESSAGE, bytes)
                : refusal(`backup-${result.error.code}`, result.error.message, bytes),
            });
            return;
          }
          update({ phase: 'review', sourceName, bytes, snapshot: result.snapshot, exists: false });
        } catch (error) {
          update({ phase: 'failed', sourceName, refusal: toStoreRefusal(error, bytes) });
        }
      })();
    },
    [update],
  );

  const confirm = useCallback(
    (onExisting: OnExistingIssue, copyTitle?: string) => {
      const current = latest.current;
      if (current.phase !== 'review') return;
      update({ ...current, phase: 'importing' });
      void (async () => {
        try {
          const issue = await importBackup({ snapshot: current.snapshot, onExisting, copyTitle });
          update({ phase: 'idle' });
          // Someone who left the screen meanwhile finds the issue in the library.
          if (mounted.current) imported.current(issue);
        } catch (error) {
          if (error instanceof IssueExistsError) {
            // Stored meanwhile (another tab): ask what to do with it.
            update({ ...current, phase: 'review', exists: true });
            return;
          }
          update({
            phase: 'failed',
            sourceName: current.sourceName,
            refusal: toStoreRefusal(error, current.bytes),
          });
        }
      })();
    },
    [importBackup, update],
  );

  const reset = useCallback(() => {
    const busy = latest.current.phase === 'reading' || latest.current.phase === 'importing';
    if (!busy) update({ phase: 'idle' });
  }, [update]);

  return { state, offer, confirm, reset };
}

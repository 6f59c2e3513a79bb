import type { RevisionRecord } from '../../../storage/records.ts';

/** A saved revision as the history lists it, with the one saved just before it. */
export interface HistoryEntry {
  /** The revision. */
  revision: RevisionRecord;
  /** The revision saved before it, or null for the first (which follows the scanned text). */
  previous: RevisionRecord | null;
}

/** Saved order: by time, then revision number, then key (two saves in one millisecond). */
function compareSaved(a: RevisionRecord, b: RevisionRecord): number {
  return a.savedAt - b.savedAt || a.revision - b.revision || (a.id ?? 0) - (b.id ?? 0);
}

/** An article's revisions newest first, each paired with the one saved before it. */
export function toHistoryEntries(revisions: readonly RevisionRecord[]): HistoryEntry[] {
  const oldestFirst = [...revisions].sort(compareSaved);
  return oldestFirst
    .map((revision, index) => ({ revision, previous: oldestFirst[index - 1] ?? null }))
    .reverse();
}

/** A stable key for a revision (its record key, else its number). */
export function revisionKey(revision: RevisionRecord): string {
  return revision.id === undefined ? `r${revision.revision}` : String(revision.id);
}

import type { Item } from '../../../core/analysis-types.ts';
import { RevisionConflictError } from '../../../storage/galley-store.ts';
import type { ItemId, ItemRecord, ItemStatus } from '../../../storage/records.ts';
import { planSplitSave, type PersistedSplits } from './plan-split-save.ts';
import { toPersistedSplits } from './persisted-splits.ts';
import type { SplitSnapshot } from './split-snapshot.ts';

/** The two writes the split review makes. */
export interface SplitPersistence {
  /**
   * Replaces the items in one transaction.
   * @throws RevisionConflictError when another tab wrote the splits since `expectedRevision`.
   */
  replaceItems: (
    items: Item[],
    expectedRevision: number,
    statuses: Record<number, ItemStatus>,
  ) => Promise<ItemRecord[]>;
  /** Sets the status of several items. */
  setItemStatus: (ids: ItemId[], status: ItemStatus) => Promise<void>;
}

/** The splits as the page last read them from storage. */
export interface StoredSplits {
  /** Changes whenever the page reads new records (the records array itself will do). */
  version: unknown;
  /** The records' splits. */
  splits: PersistedSplits;
  /** The revision as read. */
  revision: number;
}

/** What the person is told about saving. */
export type SaveState =
  | { type: 'idle' }
  | { type: 'saving' }
  | { type: 'saved' }
  | { type: 'failed'; message: string }
  | { type: 'conflict' };

/** Saves split snapshots one write at a time; see {@link createSplitSaver}. */
export interface SplitSaver {
  /** Stores `target` after any write in flight; only the latest waiting target is written. */
  save: (target: SplitSnapshot) => void;
  /** Forgets what this saver wrote, after the page has reloaded the splits from storage. */
  reset: () => void;
}

/**
 * Makes a saver that writes split snapshots in order, never two at once, and says 'saved' only
 * once the write has resolved. Between its own write and the page reading the records back, it
 * builds on what it wrote, so quick edits in a row never trip over their own revision.
 */
export function createSplitSaver(options: {
  /** The writes. */
  persistence: () => SplitPersistence;
  /** What the page last read from storage. */
  readStored: () => StoredSplits;
  /** Told of every change of state. */
  onState: (state: SaveState) => void;
}): SplitSaver {
  let running = false;
  let queued: SplitSnapshot | null = null;
  let generation = 0;
  // What this saver last wrote, and the records the page held when it did.
  let written: { version: unknown; splits: PersistedSplits; revision: number } | null = null;

  const base = (): { splits: PersistedSplits; revision: number } => {
    const stored = readStored();
    if (written && written.version === stored.version) {
      return { splits: written.splits, revision: Math.max(written.revision, stored.revision) };
    }
    return { splits: stored.splits, revision: Math.max(stored.revision, written?.revision ?? 0) };
  };
  const { persistence, readStored, onState } = options;

  const run = async (runGeneration: number) => {
    running = true;
    onState({ type: 'saving' });
    try {
      while (queued) {
        const target: SplitSnapshot = queued;
        queued = null;
        const { splits, revision } = base();
        const op = planSplitSave(splits, target);
        if (op.type === 'replace') {
          const records = await persistence().replaceItems(op.items, revision, op.statuses);
          if (runGeneration !== generation) return;
          // Until the page reads the records again, what was just written is the base.
          written = {
            version: readStored().version,
            splits: toPersistedSplits(records),
            revision: revision + 1,
          };
        } else if (op.type === 'status') {
          for (const change of op.changes) {
            await persistence().setItemStatus(change.ids, change.status);
          }
          if (runGeneration !== generation) return;
          written = {
            version: readStored().version,
            splits: { ...splits, statuses: [...target.statuses] },
            revision,
          };
        }
      }
      onState({ type: 'saved' });
    } catch (error) {
      if (runGeneration !== generation) return;
      queued = null;
      written = null;
      onState(
        error instanceof RevisionConflictError
          ? { type: 'conflict' }
          : { type: 'failed', message: error instanceof Error ? error.message : String(error) },
      );
    } finally {
      if (runGeneration === generation) running = false;
    }
  };

  return {
    save(target) {
      queued = target;
      if (!running) void run(generation);
    },
    reset() {
      generation++;
      running = false;
      queued = null;
      written = null;
      onState({ type: 'idle' });
    },
  };
}

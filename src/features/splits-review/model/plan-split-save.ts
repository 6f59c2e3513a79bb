import type { Item } from '../../../core/analysis-types.ts';
import type { ItemId, ItemStatus } from '../../../storage/records.ts';
import { haveSameSplits, type SplitSnapshot } from './split-snapshot.ts';

/** The splits as they are stored: records' ids, items and statuses, by index. */
export interface PersistedSplits extends SplitSnapshot {
  /** Record id of each item. */
  ids: readonly ItemId[];
}

/** What it takes to store a snapshot. */
export type SplitSaveOp =
  /** Nothing differs. */
  | { type: 'none' }
  /** Only statuses differ: set them, one call per status. */
  | { type: 'status'; changes: { ids: ItemId[]; status: ItemStatus }[] }
  /** The splits differ: replace the items in one transaction. */
  | { type: 'replace'; items: Item[]; statuses: Record<number, ItemStatus> };

/** Works out the cheapest write that turns the stored splits into `target`. */
export function planSplitSave(persisted: PersistedSplits, target: SplitSnapshot): SplitSaveOp {
  if (!haveSameSplits(persisted.items, target.items)) {
    const statuses: Record<number, ItemStatus> = {};
    target.items.forEach((_item, index) => {
      statuses[index] = target.statuses[index] ?? 'detected';
    });
    return { type: 'replace', items: [...target.items], statuses };
  }
  const groups = new Map<ItemStatus, ItemId[]>();
  target.items.forEach((_item, index) => {
    const status = target.statuses[index] ?? 'detected';
    const id = persisted.ids[index];
    if (id === undefined || persisted.statuses[index] === status) return;
    const ids = groups.get(status) ?? [];
    ids.push(id);
    groups.set(status, ids);
  });
  if (groups.size === 0) return { type: 'none' };
  return { type: 'status', changes: [...groups].map(([status, ids]) => ({ ids, status })) };
}

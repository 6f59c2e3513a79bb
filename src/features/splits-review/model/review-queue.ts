import type { Item } from '../../../core/analysis-types.ts';
import type { ItemStatus } from '../../../storage/records.ts';

/** Which items the queue lists. */
export type QueueFilter = 'all' | 'undecided' | 'doubtful';

/** A split the engine is less sure of than this is doubtful and comes first. */
export const DOUBTFUL_BELOW = 0.8;

/** True when the engine is unsure of an item's split. */
export function isDoubtful(item: Item): boolean {
  return item.confidence < DOUBTFUL_BELOW;
}

/** True when nobody has decided on the item's split yet. */
export function isUndecided(status: ItemStatus | undefined): boolean {
  return status === undefined || status === 'detected';
}

/** Item indexes for the queue: least confident first, then in source order. */
export function buildReviewQueue(
  items: readonly Item[],
  statuses: readonly ItemStatus[],
  filter: QueueFilter,
): number[] {
  const indexes: number[] = [];
  items.forEach((item, index) => {
    if (filter === 'undecided' && !isUndecided(statuses[index])) return;
    if (filter === 'doubtful' && !isDoubtful(item)) return;
    indexes.push(index);
  });
  return indexes.sort((a, b) => (items[a]?.confidence ?? 0) - (items[b]?.confidence ?? 0) || a - b);
}

/**
 * The split to look at next from `current`: the next undecided doubtful split in source order,
 * wrapping round; when no doubtful split is left undecided, the least confident undecided one
 * after `current` in queue order. Null when every split is decided.
 */
export function findNextDoubtful(
  items: readonly Item[],
  statuses: readonly ItemStatus[],
  current: number,
): number | null {
  const count = items.length;
  for (let step = 1; step <= count; step++) {
    const index = (current + step) % count;
    const item = items[index];
    if (item && isDoubtful(item) && isUndecided(statuses[index])) return index;
  }
  const queue = buildReviewQueue(items, statuses, 'undecided');
  if (queue.length === 0) return null;
  const position = queue.indexOf(current);
  return queue[(position + 1) % queue.length] ?? null;
}

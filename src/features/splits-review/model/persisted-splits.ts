import type { ItemRecord } from '../../../storage/records.ts';
import type { PersistedSplits } from './plan-split-save.ts';

/** The stored splits of an issue, from its item records in source order. */
export function toPersistedSplits(records: readonly ItemRecord[]): PersistedSplits {
  const sorted = [...records].sort((a, b) => a.order - b.order);
  return {
    ids: sorted.map((record) => record.id),
    items: sorted.map((record) => record.item),
    statuses: sorted.map((record) => record.status),
  };
}

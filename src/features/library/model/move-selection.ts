/**
 * The id `step` rows away from `current` in `ids`, stopping at either end; the first row when
 * nothing (or a row no longer listed) is selected. Null for an empty list.
 */
export function moveSelection<Id>(ids: readonly Id[], current: Id | null, step: number): Id | null {
  if (ids.length === 0) return null;
  const index = current === null ? -1 : ids.indexOf(current);
  if (index === -1) return ids[0] ?? null;
  const next = Math.min(ids.length - 1, Math.max(0, index + step));
  return ids[next] ?? null;
}

/** The row to select once `removed` has gone: the one after it, else the one before, else none. */
export function selectionAfterRemoval<Id>(ids: readonly Id[], removed: Id): Id | null {
  const index = ids.indexOf(removed);
  if (index === -1) return ids[0] ?? null;
  return ids[index + 1] ?? ids[index - 1] ?? null;
}

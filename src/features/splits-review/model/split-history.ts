/** Undo and redo stacks of changes; pure, each operation returns a new history. */
export interface History<Change> {
  /** Changes that can be undone, oldest first. */
  past: readonly Change[];
  /** Changes that were undone and can be redone, the next to redo last. */
  future: readonly Change[];
}

/** How many changes are kept for undo. */
export const HISTORY_LIMIT = 200;

/** A history with nothing to undo or redo. */
export function createHistory<Change>(): History<Change> {
  return { past: [], future: [] };
}

/** Records a change just made: it can be undone, and nothing undone before can be redone. */
export function recordChange<Change>(
  history: History<Change>,
  change: Change,
  limit = HISTORY_LIMIT,
): History<Change> {
  const past = [...history.past, change];
  return { past: past.length > limit ? past.slice(past.length - limit) : past, future: [] };
}

/** Takes the last change off the undo stack; null when there is nothing to undo. */
export function undoChange<Change>(
  history: History<Change>,
): { history: History<Change>; change: Change } | null {
  const change = history.past[history.past.length - 1];
  if (change === undefined) return null;
  return {
    change,
    history: { past: history.past.slice(0, -1), future: [...history.future, change] },
  };
}

/** Takes the last undone change back; null when there is nothing to redo. */
export function redoChange<Change>(
  history: History<Change>,
): { history: History<Change>; change: Change } | null {
  const change = history.future[history.future.length - 1];
  if (change === undefined) return null;
  return {
    change,
    history: { past: [...history.past, change], future: history.future.slice(0, -1) },
  };
}

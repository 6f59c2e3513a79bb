import type { Item } from '../../../core/analysis-types.ts';
import type { ItemStatus } from '../../../storage/records.ts';

/** The splits of an issue at one moment: its items and each one's status, by index. */
export interface SplitSnapshot {
  /** Items in source order. */
  items: readonly Item[];
  /** Status of each item, same index. */
  statuses: readonly ItemStatus[];
}

/** Identifies an item by its lines, the way storage matches an item to the record it keeps. */
export function linesKey(item: Item): string {
  return item.lines.join(',');
}

/** True when two items are the same split: same kind, lines, line roles and paragraphs. */
export function isSameSplit(a: Item, b: Item): boolean {
  if (a === b) return true;
  if (a.kind !== b.kind || a.lines.length !== b.lines.length) return false;
  if (a.paragraphs.length !== b.paragraphs.length) return false;
  for (let i = 0; i < a.lines.length; i++) {
    const line = a.lines[i] ?? 0;
    if (line !== b.lines[i] || (a.roles[line] ?? 'body') !== (b.roles[line] ?? 'body')) {
      return false;
    }
  }
  return true;
}

/** True when two item lists hold the same splits in the same order. */
export function haveSameSplits(
  a: readonly Item[],
  b: readonly Item[],
  same: (left: Item, right: Item) => boolean = isSameSplit,
): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const left = a[i];
    const right = b[i];
    if (!left || !right || !same(left, right)) return false;
  }
  return true;
}

/** True when two items would show the same: the same split, confidence, headline and reasons. */
export function looksTheSame(a: Item, b: Item): boolean {
  return (
    a === b ||
    (isSameSplit(a, b) &&
      a.confidence === b.confidence &&
      a.headline === b.headline &&
      a.reasons.length === b.reasons.length &&
      a.reasons.every((reason, index) => reason === b.reasons[index]))
  );
}

/** Statuses that mean a person has edited the article's content in the editor. */
const EDITED_STATUSES = new Set<ItemStatus>(['corrected', 'approved']);

/**
 * The statuses after a split edit. An item whose split did not change keeps its status. An item
 * with the same lines but a new kind or line roles keeps it too, except that an edited article
 * is rebuilt from the source by storage and so goes back to confirmed. An item made or reshaped
 * by the edit starts again as detected.
 */
export function carryStatuses(before: SplitSnapshot, nextItems: readonly Item[]): ItemStatus[] {
  const byLines = new Map<string, { item: Item; status: ItemStatus }>();
  before.items.forEach((item, index) => {
    byLines.set(linesKey(item), { item, status: before.statuses[index] ?? 'detected' });
  });
  return nextItems.map((item) => {
    const previous = byLines.get(linesKey(item));
    if (!previous) return 'detected';
    if (EDITED_STATUSES.has(previous.status) && !isSameSplit(previous.item, item)) {
      return 'confirmed';
    }
    return previous.status;
  });
}

/**
 * Headlines (or first lines, via `nameOf`) of the edited articles that going from `before` to
 * `after` would rebuild from the source text, losing their corrections.
 */
export function findRebuiltEdits(
  before: SplitSnapshot,
  after: SplitSnapshot,
  nameOf: (item: Item) => string,
): string[] {
  const byStart = new Map(after.items.map((item) => [item.startLine, item]));
  const names: string[] = [];
  before.items.forEach((item, index) => {
    const status = before.statuses[index];
    if (!status || !EDITED_STATUSES.has(status)) return;
    const next = byStart.get(item.startLine);
    if (!next || !isSameSplit(item, next)) names.push(nameOf(item));
  });
  return names;
}

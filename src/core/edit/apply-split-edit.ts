import type { Item, ItemKind, Language, LineRole } from '../analysis-types.ts';
import { rebuildItem, type ItemShape } from './rebuild-item.ts';

/** One correction a person makes to the proposed splits. */
export type SplitEdit =
  /** Rejects the split: the item joins the item before it. */
  | { type: 'merge-with-previous'; itemIndex: number }
  /** Moves the item's first line boundary one line up (takes a line from before) or down (gives one away). */
  | { type: 'move-start'; itemIndex: number; direction: 'up' | 'down' }
  /** Starts a new item at a line inside this one. */
  | { type: 'split-at'; itemIndex: number; line: number }
  /** Changes what the item is. */
  | { type: 'set-kind'; itemIndex: number; kind: ItemKind }
  /** Changes what one line does inside its item. */
  | { type: 'retag-line'; line: number; role: LineRole };

/** The source text and language an edit is applied against. */
export interface SplitEditContext {
  /** Source lines, index 0 = line 1. */
  sourceLines: readonly string[];
  /** Language of the issue. */
  language: Language;
}

const HEADING_ROLES = new Set<LineRole>(['headline', 'kicker', 'section', 'subtitle']);

function shapeOf(item: Item): ItemShape {
  return {
    kind: item.kind,
    lines: item.lines,
    roles: item.roles,
    paragraphs: item.paragraphs,
    confidence: item.confidence,
    reasons: item.reasons,
    page: item.page,
    pageSection: item.pageSection,
  };
}

/**
 * Applies one split correction and returns the new list of items, fields rebuilt; the input is
 * not changed. An edit that does not apply (no previous item, a line outside the item) returns
 * the items as they were.
 */
export function applySplitEdit(
  items: readonly Item[],
  edit: SplitEdit,
  context: SplitEditContext,
): Item[] {
  // Items stay in source order; a split next to an inset (a slogan inside an article) must not reorder them.
  return applyInPlace(items, edit, context).sort((a, b) => a.startLine - b.startLine);
}

function applyInPlace(items: readonly Item[], edit: SplitEdit, context: SplitEditContext): Item[] {
  const rebuild = (shape: ItemShape) => rebuildItem(context.sourceLines, shape, context.language);
  const result = [...items];
  switch (edit.type) {
    case 'merge-with-previous': {
      const item = items[edit.itemIndex];
      const previousIndex = findPreviousIndex(items, edit.itemIndex);
      const previous = previousIndex >= 0 ? items[previousIndex] : undefined;
      if (!item || !previous) return result;
      const roles: Record<number, LineRole> = { ...previous.roles };
      const previousHasHeadline = previous.headline !== null;
      for (const line of item.lines) {
        const role = item.roles[line] ?? 'body';
        // A second headline inside one article reads as a crosshead.
        roles[line] = previousHasHeadline && HEADING_ROLES.has(role) ? 'crosshead' : role;
      }
      const merged = rebuild({
        ...shapeOf(previous),
        lines: [...previous.lines, ...item.lines],
        roles,
        paragraphs: [...previous.paragraphs, ...item.paragraphs],
        confidence: 1,
        reasons: [
          ...previous.reasons,
          `merged by hand with the item that began on line ${item.startLine}`,
        ],
      });
      result[previousIndex] = merged;
      result.splice(edit.itemIndex, 1);
      return result;
    }
    case 'move-start': {
      const item = items[edit.itemIndex];
      const previousIndex = findPreviousIndex(items, edit.itemIndex);
      const previous = previousIndex >= 0 ? items[previousIndex] : undefined;
      if (!item || !previous) return result;
      if (edit.direction === 'up') {
        const moving = Math.max(...previous.lines.filter((line) => line < item.startLine));
        if (!Number.isFinite(moving) || previous.lines.length <= 1) return result;
        result[previousIndex] = rebuild({
          ...shapeOf(previous),
          lines: previous.lines.filter((line) => line !== moving),
        });
        result[edit.itemIndex] = rebuild({
          ...shapeOf(item),
          lines: [moving, ...item.lines],
          roles: { ...item.roles, [moving]: previous.roles[moving] ?? 'body' },
          confidence: 1,
        });
        return result;
      }
      if (item.lines.length <= 1) return result;
      const moving = item.startLine;
      result[previousIndex] = rebuild({
        ...shapeOf(previous),
        lines: [...previous.lines, moving],
        roles: { ...previous.roles, [moving]: item.roles[moving] ?? 'body' },
      });
      result[edit.itemIndex] = rebuild({
        ...shapeOf(item),
        lines: item.lines.filter((line) => line !== moving),
        confidence: 1,
      });
      return result;
    }
    case 'split-at': {
      const item = items[edit.itemIndex];
      if (!item || !item.lines.includes(edit.line) || edit.line === item.startLine) return result;
      const before = item.lines.filter((line) => line < edit.line);
      const after = item.lines.filter((line) => line >= edit.line);
      result.splice(
        edit.itemIndex,
        1,
        rebuild({ ...shapeOf(item), lines: before }),
        rebuild({
          ...shapeOf(item),
          kind: 'article',
          lines: after,
          confidence: 1,
          reasons: [`split by hand at line ${edit.line}`],
        }),
      );
      return result;
    }
    case 'set-kind': {
      const item = items[edit.itemIndex];
      if (!item) return result;
      const roles = { ...item.roles };
      if (edit.kind === 'furniture') for (const line of item.lines) roles[line] = 'furniture';
      else if (item.kind === 'furniture') for (const line of item.lines) roles[line] = 'body';
      result[edit.itemIndex] = rebuild({ ...shapeOf(item), kind: edit.kind, roles, confidence: 1 });
      return result;
    }
    case 'retag-line': {
      const index = items.findIndex((item) => item.lines.includes(edit.line));
      const item = items[index];
      if (!item) return result;
      result[index] = rebuild({
        ...shapeOf(item),
        roles: { ...item.roles, [edit.line]: edit.role },
      });
      return result;
    }
  }
}

// The item an item merges into: the nearest one before it that is not a furniture line inside it.
function findPreviousIndex(items: readonly Item[], index: number): number {
  const item = items[index];
  if (!item) return -1;
  for (let i = index - 1; i >= 0; i--) {
    const candidate = items[i];
    if (candidate && (candidate.kind !== 'furniture' || item.kind === 'furniture')) return i;
  }
  return -1;
}

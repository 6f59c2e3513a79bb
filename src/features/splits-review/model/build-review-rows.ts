import type { Item } from '../../../core/analysis-types.ts';

/** One row of the virtualised text pane. */
export type ReviewRow =
  /** The head of an item: where a proposed split starts. */
  | { type: 'boundary'; itemIndex: number }
  /** An item picks up again after an inset item (a slogan printed across its column). */
  | { type: 'resume'; itemIndex: number; line: number }
  /** One non-blank source line; `itemIndex` is -1 for a line no item holds. */
  | { type: 'line'; line: number; itemIndex: number };

/** The text pane's rows and the indexes that make selection and scrolling O(1). */
export interface ReviewRowModel {
  /** Rows in source order: each item's boundary, then its lines. */
  rows: ReviewRow[];
  /** Row index of each item's boundary row, by item index. */
  boundaryRows: number[];
  /** Row index of each 1-based source line; -1 for a line not shown (blank). Index 0 unused. */
  lineRows: Int32Array;
  /** Item index holding each 1-based source line; -1 for none. Index 0 unused. */
  lineOwners: Int32Array;
}

/**
 * Lays an issue's items over its source lines as rows: a boundary row where each item starts, a
 * resume row where an item continues after an inset, one row per non-blank line. Blank lines are
 * left out (no item holds them, and boundaries move over non-blank lines only). O(lines + items).
 */
export function buildReviewRows(
  items: readonly Item[],
  sourceLines: readonly string[],
): ReviewRowModel {
  const lineCount = sourceLines.length;
  const lineOwners = new Int32Array(lineCount + 1).fill(-1);
  items.forEach((item, itemIndex) => {
    for (const line of item.lines) if (line >= 1 && line <= lineCount) lineOwners[line] = itemIndex;
  });

  const rows: ReviewRow[] = [];
  const boundaryRows = new Array<number>(items.length).fill(-1);
  const lineRows = new Int32Array(lineCount + 1).fill(-1);
  const started = new Uint8Array(items.length);
  let previousOwner = -1;
  for (let line = 1; line <= lineCount; line++) {
    const owner = lineOwners[line] ?? -1;
    if (owner < 0 && (sourceLines[line - 1] ?? '').trim().length === 0) continue;
    if (owner >= 0 && owner !== previousOwner) {
      if (started[owner] === 0) {
        started[owner] = 1;
        boundaryRows[owner] = rows.length;
        rows.push({ type: 'boundary', itemIndex: owner });
      } else {
        rows.push({ type: 'resume', itemIndex: owner, line });
      }
    }
    lineRows[line] = rows.length;
    rows.push({ type: 'line', line, itemIndex: owner });
    previousOwner = owner;
  }
  return { rows, boundaryRows, lineRows, lineOwners };
}

/** A key for a row that survives edits elsewhere, so measured heights are kept. */
export function reviewRowKey(row: ReviewRow, items: readonly Item[]): string {
  switch (row.type) {
    case 'boundary':
      return `b${items[row.itemIndex]?.startLine ?? row.itemIndex}`;
    case 'resume':
      return `r${row.line}`;
    case 'line':
      return `l${row.line}`;
  }
}

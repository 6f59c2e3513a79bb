import { observeElementOffset, useVirtualizer } from '@tanstack/react-virtual';
import type { Range, Virtualizer } from '@tanstack/react-virtual';
import { memo, useCallback, useId, useLayoutEffect, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import type { Item, Language } from '../../../core/analysis-types.ts';
import { useT } from '../../../lib/i18n.tsx';
import type { ItemId, ItemStatus } from '../../../storage/records.ts';
import { afterNextPaint } from '../../../lib/after-next-paint.ts';
import type { Selection, SplitReviewActions } from '../hooks/use-split-review.ts';
import { splitsMessages } from '../messages.ts';
import { reviewRowKey, type ReviewRow, type ReviewRowModel } from '../model/build-review-rows.ts';
import { BoundaryRow } from './boundary-row.tsx';
import { LineRow } from './line-row.tsx';
import { ResumeRow } from './resume-row.tsx';

/**
 * A row's height before it is measured, from the text pane's CSS at its usual width (a line of
 * 0.95rem text, line-height 1.75 for Chinese and 1.55 for English, about 35 Chinese or 70 Latin
 * characters wide; a boundary head grows with its reasons and a long title). Close estimates
 * spare the virtualiser moving rows once they are measured.
 */
function estimateRowSize(
  row: ReviewRow | undefined,
  items: readonly Item[],
  titles: readonly string[],
  sourceLines: readonly string[],
  language: Language,
): number {
  if (!row) return 28;
  const zh = language === 'zh';
  if (row.type === 'resume') return 25;
  if (row.type === 'boundary') {
    const reasons = (items[row.itemIndex]?.reasons ?? []).join(' · ').length;
    const reasonLines = Math.ceil(reasons / 105);
    const titleWraps = (titles[row.itemIndex] ?? '').length > (zh ? 23 : 45);
    return 121 + reasonLines * 19.5 + (titleWraps ? 14 : 0);
  }
  const text = sourceLines[row.line - 1] ?? '';
  const lines = Math.max(1, Math.ceil(text.length / (zh ? 35.5 : 70)));
  const role = items[row.itemIndex]?.roles[row.line];
  const fontSize = role === 'headline' ? 17.28 : 15.2;
  return Math.round(3.84 + lines * fontSize * (zh ? 1.75 : 1.55));
}

/** Room kept above a split scrolled to the top, so the row before it shows that it ends there. */
const SCROLL_PADDING = 24;

/**
 * Where to scroll so a row shows, or null when it already does: a newly selected split goes to
 * the top (its text below can be read) unless it is already in the top 40%; a line only needs to
 * be on screen.
 */
function scrollTarget(
  row: { start: number; end: number },
  top: number,
  height: number,
  itemChanged: boolean,
): number | null {
  const bottom = top + height;
  const inView =
    row.start >= top && (itemChanged ? row.start <= top + height * 0.4 : row.end <= bottom);
  if (inView) return null;
  if (itemChanged || row.start < top || row.end - row.start > height) {
    return row.start - SCROLL_PADDING;
  }
  return row.end - height;
}

/** A run of row indexes, first and last included. */
interface RowSpan {
  first: number;
  last: number;
}

/** Rows mounted above and below the ones on screen. */
const OVERSCAN = 5;

/** At most this many rows are mounted ahead for each neighbouring split. */
const MAX_PREPARED_ROWS = 80;

/**
 * The rows a jump to the split whose boundary is row `boundary` shows (its boundary near the
 * top, a screen tall), with the overscan; null for no such split.
 */
function splitView(
  virtualizer: Virtualizer<HTMLDivElement, Element>,
  boundary: number | undefined,
  height: number,
): RowSpan | null {
  const placed = boundary === undefined ? undefined : virtualizer.measurementsCache[boundary];
  if (boundary === undefined || !placed) return null;
  const top = placed.start - SCROLL_PADDING;
  const count = virtualizer.options.count;
  let first = boundary;
  while (first > 0 && (virtualizer.measurementsCache[first - 1]?.end ?? 0) > top) first--;
  let last = boundary;
  while (
    last < count - 1 &&
    last - first < MAX_PREPARED_ROWS &&
    (virtualizer.measurementsCache[last + 1]?.start ?? Infinity) < top + height
  ) {
    last++;
  }
  return { first: Math.max(0, first - OVERSCAN), last: Math.min(count - 1, last + OVERSCAN) };
}

function spanIndexes(first: number, last: number): number[] {
  const indexes: number[] = [];
  for (let index = Math.max(0, first); index <= last; index++) indexes.push(index);
  return indexes;
}

/** The indexes of both sorted lists, once each, in order. */
function unionSorted(a: readonly number[], b: readonly number[]): number[] {
  return [...new Set([...a, ...b])].sort((x, y) => x - y);
}

/** The rows on screen and the overscan, with the rows prepared for the neighbouring splits. */
function rowsAroundScreen(range: Range, prepared: readonly RowSpan[]): number[] {
  let rows = spanIndexes(
    range.startIndex - range.overscan,
    Math.min(range.count - 1, range.endIndex + range.overscan),
  );
  for (const span of prepared) {
    rows = unionSorted(rows, spanIndexes(span.first, Math.min(range.count - 1, span.last)));
  }
  return rows;
}

/**
 * Right after a jump: the rows on screen, with the mounted rows kept (mounting nothing that is
 * off screen and removing nothing yet, so the jump's frame lays out as little as it can).
 */
function rowsOnScreenAndKept(range: Range, kept: readonly number[]): number[] {
  const onScreen = spanIndexes(range.startIndex, Math.min(range.count - 1, range.endIndex));
  return unionSorted(
    kept.filter((index) => index < range.count),
    onScreen,
  );
}

/** Focuses the select button of split `item`'s boundary row, if it is in the DOM. */
function focusSplit(pane: HTMLElement, item: number): void {
  pane
    .querySelector<HTMLElement>(`[data-boundary-select="${item}"]`)
    ?.focus({ preventScroll: true });
}

/** The virtualiser's scroll listener, told of an offset before the element gets there. */
type OffsetReport = (offset: number, isScrolling: boolean) => void;

/**
 * The issue's text as a virtualised list of rows: only the rows on screen are in the DOM, so an
 * issue of a million characters scrolls and responds like a short one.
 */
export const TextPane = memo(function TextPane({
  rows,
  items,
  statuses,
  ids,
  titles,
  sourceLines,
  selection,
  issueId,
  language,
  actions,
}: {
  rows: ReviewRowModel;
  items: readonly Item[];
  statuses: readonly ItemStatus[];
  ids: readonly (ItemId | null)[];
  titles: readonly string[];
  sourceLines: readonly string[];
  selection: Selection;
  issueId: string;
  language: Language;
  actions: SplitReviewActions;
}) {
  const t = useT(splitsMessages);
  const scroller = useRef<HTMLDivElement>(null);
  const hintId = useId();
  // Stable functions: the virtualiser lays out every row again whenever they change.
  const estimateSize = useCallback(
    (index: number) => estimateRowSize(rows.rows[index], items, titles, sourceLines, language),
    [rows, items, titles, sourceLines, language],
  );
  const getItemKey = useCallback(
    (index: number) => {
      const row = rows.rows[index];
      return row ? reviewRowKey(row, items) : index;
    },
    [rows, items],
  );
  // Keeps the virtualiser's own scroll listener, so a jump can be reported to it at once.
  const reportOffset = useRef<OffsetReport | null>(null);
  const observeOffset = useCallback(
    (instance: Virtualizer<HTMLDivElement, Element>, report: OffsetReport) => {
      reportOffset.current = report;
      const stop = observeElementOffset(instance, report);
      return () => {
        if (reportOffset.current === report) reportOffset.current = null;
        stop?.();
      };
    },
    [],
  );
  // Keyboard jumps paint no more than they must: the rows of the splits before and after the
  // selection are mounted ahead (after the frame that showed the selection), so j and k find
  // their rows in place; right after a jump, the rows on screen are added to those mounted, and
  // the rest (mounting around the new view, removing what is far) waits for the frame after.
  const mounted = useRef<readonly number[]>([]);
  const [jumping, setJumping] = useState(false);
  const [prepared, setPrepared] = useState<readonly RowSpan[]>([]);
  const rangeExtractor = useCallback(
    (range: Range) =>
      jumping && mounted.current.length > 0
        ? rowsOnScreenAndKept(range, mounted.current)
        : rowsAroundScreen(range, prepared),
    [jumping, prepared],
  );
  const virtualizer = useVirtualizer({
    count: rows.rows.length,
    getScrollElement: () => scroller.current,
    estimateSize,
    getItemKey,
    overscan: OVERSCAN,
    rangeExtractor,
    observeElementOffset: observeOffset,
  });
  const shownRows = virtualizer.getVirtualItems();
  useLayoutEffect(() => {
    mounted.current = shownRows.map((row) => row.index);
  });
  useLayoutEffect(
    () =>
      afterNextPaint(() => {
        const height = virtualizer.scrollRect?.height ?? 0;
        const view = (item: number) => splitView(virtualizer, rows.boundaryRows[item], height);
        const views = [view(selection.item - 1), view(selection.item + 1)];
        setPrepared(views.filter((span): span is RowSpan => span !== null));
        setJumping(false);
      }),
    [selection.item, selection.line, rows, virtualizer],
  );

  // Keep the selection in view; when focus is in the pane (or nowhere), it follows the selection.
  // The virtualiser is told the new offset first, so it renders the rows there in this same task;
  // once they are in the DOM, the element is scrolled (and the split's button focused) there.
  const [reveal, setReveal] = useState<{ focusItem: number | null } | null>(null);
  useLayoutEffect(() => {
    const pane = scroller.current;
    const offset = virtualizer.scrollOffset;
    if (!reveal || !pane) return;
    // Where the virtualiser is now: the offset, moved by any row measured above it since.
    if (offset !== null && pane.scrollTop !== offset) pane.scrollTop = offset;
    if (reveal.focusItem !== null) focusSplit(pane, reveal.focusItem);
  }, [reveal, virtualizer]);
  const shownItem = useRef(selection.item);
  useLayoutEffect(() => {
    const itemChanged = shownItem.current !== selection.item;
    shownItem.current = selection.item;
    const row =
      selection.line === items[selection.item]?.startLine
        ? (rows.boundaryRows[selection.item] ?? -1)
        : (rows.lineRows[selection.line] ?? -1);
    const placed = virtualizer.measurementsCache[row];
    const height = virtualizer.scrollRect?.height ?? 0;
    const top = virtualizer.scrollOffset ?? 0;
    const target = placed ? scrollTarget(placed, top, height, itemChanged) : null;
    const offset =
      target === null
        ? top
        : Math.round(
            Math.min(Math.max(0, virtualizer.getTotalSize() - height), Math.max(0, target)),
          );
    const pane = scroller.current;
    const active = document.activeElement;
    const focusItem =
      itemChanged && pane !== null && (active === document.body || pane.contains(active))
        ? selection.item
        : null;
    const report = reportOffset.current;
    if (offset !== top && report) {
      setJumping(true);
      report(offset, false);
      setReveal({ focusItem });
    } else if (pane && focusItem !== null) {
      focusSplit(pane, focusItem);
    }
  }, [selection.item, selection.line, rows, items, virtualizer]);

  const role = (line: number, itemIndex: number) => items[itemIndex]?.roles[line] ?? null;
  return (
    <div
      ref={scroller}
      className="text-pane"
      role="region"
      aria-label={t('text.label')}
      aria-describedby={hintId}
      tabIndex={0}
    >
      <p id={hintId} className="visually-hidden">
        {t('text.hint')}
      </p>
      <div className="text-pane__canvas" style={{ height: virtualizer.getTotalSize() }}>
        {shownRows.map((virtualRow) => {
          const row = rows.rows[virtualRow.index];
          if (!row) return null;
          const band: 0 | 1 = row.itemIndex % 2 === 0 ? 0 : 1;
          const selected = row.itemIndex === selection.item;
          let content: ReactNode;
          if (row.type === 'boundary') {
            const item = items[row.itemIndex];
            if (!item) return null;
            content = (
              <BoundaryRow
                item={item}
                itemIndex={row.itemIndex}
                status={statuses[row.itemIndex] ?? 'detected'}
                id={ids[row.itemIndex] ?? null}
                issueId={issueId}
                hasPrevious={row.itemIndex > 0}
                selected={selected}
                band={band}
                language={language}
                title={titles[row.itemIndex] ?? ''}
                actions={actions}
              />
            );
          } else if (row.type === 'resume') {
            const item = items[row.itemIndex];
            if (!item) return null;
            content = (
              <ResumeRow
                title={titles[row.itemIndex] ?? ''}
                kind={item.kind}
                band={band}
                selected={selected}
                language={language}
              />
            );
          } else {
            const lineRole = role(row.line, row.itemIndex);
            content = (
              <LineRow
                line={row.line}
                text={sourceLines[row.line - 1] ?? ''}
                role={lineRole}
                roleLabel={lineRole ? t(`role.${lineRole}`) : t('line.outside')}
                kind={items[row.itemIndex]?.kind ?? null}
                band={band}
                selected={selected}
                cursor={row.line === selection.line}
                language={language}
                onPick={actions.selectLine}
              />
            );
          }
          return (
            <div
              key={virtualRow.key}
              ref={virtualizer.measureElement}
              data-index={virtualRow.index}
              className="text-pane__row"
              style={{ top: virtualRow.start }}
            >
              {content}
            </div>
          );
        })}
      </div>
    </div>
  );
});

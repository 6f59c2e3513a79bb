import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useId, useRef } from 'react';
import type { ReactNode } from 'react';
import type { Item, Language } from '../../../core/analysis-types.ts';
import { useT } from '../../../lib/i18n.tsx';
import type { ItemId, ItemStatus } from '../../../storage/records.ts';
import type { Selection, SplitReviewActions } from '../hooks/use-split-review.ts';
import { splitsMessages } from '../messages.ts';
import { reviewRowKey, type ReviewRow, type ReviewRowModel } from '../model/build-review-rows.ts';
import { BoundaryRow } from './boundary-row.tsx';
import { LineRow } from './line-row.tsx';
import { ResumeRow } from './resume-row.tsx';

// Rough heights before a row is measured: boundary heads are taller; long lines wrap.
function estimateRowSize(row: ReviewRow | undefined, sourceLines: readonly string[]): number {
  if (!row) return 28;
  if (row.type === 'boundary') return 112;
  if (row.type === 'resume') return 28;
  const length = (sourceLines[row.line - 1] ?? '').length;
  return 30 + Math.floor(length / 38) * 27;
}

/**
 * The issue's text as a virtualised list of rows: only the rows on screen are in the DOM, so an
 * issue of a million characters scrolls and responds like a short one.
 */
export function TextPane({
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
    (index: number) => estimateRowSize(rows.rows[index], sourceLines),
    [rows, sourceLines],
  );
  const getItemKey = useCallback(
    (index: number) => {
      const row = rows.rows[index];
      return row ? reviewRowKey(row, items) : index;
    },
    [rows, items],
  );
  // The virtualiser's functions are its own; this project does not run the React Compiler.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.rows.length,
    getScrollElement: () => scroller.current,
    estimateSize,
    getItemKey,
    overscan: 5,
    scrollPaddingStart: 24,
  });

  // Keep the selection in view; when focus is in the pane (or nowhere), it follows the selection.
  const shownItem = useRef(selection.item);
  useEffect(() => {
    const itemChanged = shownItem.current !== selection.item;
    shownItem.current = selection.item;
    const row =
      selection.line === items[selection.item]?.startLine
        ? (rows.boundaryRows[selection.item] ?? -1)
        : (rows.lineRows[selection.line] ?? -1);
    const placed = virtualizer.measurementsCache[row];
    const top = virtualizer.scrollOffset ?? 0;
    const bottom = top + (virtualizer.scrollRect?.height ?? 0);
    // A newly selected split should sit near the top, where its text below can be read; a line
    // only needs to be on screen.
    const inView =
      placed !== undefined &&
      placed.start >= top &&
      (itemChanged ? placed.start <= top + (bottom - top) * 0.4 : placed.end <= bottom);
    if (row >= 0 && !inView) {
      virtualizer.scrollToIndex(row, { align: itemChanged ? 'start' : 'auto' });
    }
    const pane = scroller.current;
    const active = document.activeElement;
    if (!itemChanged || !pane || (active !== document.body && !pane.contains(active))) {
      return undefined;
    }
    // The row is in the DOM on the next frame, once the virtualiser has scrolled.
    const frame = requestAnimationFrame(() => {
      pane
        .querySelector<HTMLElement>(`[data-boundary-select="${selection.item}"]`)
        ?.focus({ preventScroll: true });
    });
    return () => {
      cancelAnimationFrame(frame);
    };
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
        {virtualizer.getVirtualItems().map((virtualRow) => {
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
              style={{ transform: `translateY(${virtualRow.start}px)` }}
            >
              {content}
            </div>
          );
        })}
      </div>
    </div>
  );
}

import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useCallback, useId, useRef } from 'react';
import type { KeyboardEvent } from 'react';
import type { Item, Language } from '../../../core/analysis-types.ts';
import { KindBadge, kindLabel } from '../../../components/kind-badge.tsx';
import { StatusBadge, statusLabel } from '../../../components/status-badge.tsx';
import { useLocale, useT } from '../../../lib/i18n.tsx';
import type { ItemStatus } from '../../../storage/records.ts';
import { splitsMessages } from '../messages.ts';
import type { QueueFilter } from '../model/review-queue.ts';
import { ConfidenceMeter, formatPercent } from './confidence-meter.tsx';

const FILTERS: readonly QueueFilter[] = ['all', 'undecided', 'doubtful'];
const ENTRY_HEIGHT = 52;
const entryHeight = () => ENTRY_HEIGHT;

/** The doubtful-first list: every split, least confident first, filtered; picking one shows it. */
export const ReviewQueuePane = memo(function ReviewQueuePane({
  queue,
  filter,
  onFilter,
  items,
  statuses,
  titles,
  selectedItem,
  language,
  onPick,
}: {
  /** Item indexes in queue order. */
  queue: readonly number[];
  filter: QueueFilter;
  onFilter: (filter: QueueFilter) => void;
  items: readonly Item[];
  statuses: readonly ItemStatus[];
  titles: readonly string[];
  selectedItem: number;
  language: Language;
  onPick: (itemIndex: number) => void;
}) {
  const t = useT(splitsMessages);
  const headingId = useId();
  const scroller = useRef<HTMLDivElement>(null);
  // Stable, so the virtualiser does not lay out every entry again on each render.
  const getItemKey = useCallback((index: number) => queue[index] ?? index, [queue]);
  const virtualizer = useVirtualizer({
    count: queue.length,
    getScrollElement: () => scroller.current,
    estimateSize: entryHeight,
    getItemKey,
    overscan: 6,
  });

  // Arrow keys walk the list here (rather than the text's splits), keeping the entry in view.
  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const target = event.target as HTMLElement;
    const position = Number(target.dataset.position ?? -1);
    let next = -1;
    if (event.key === 'ArrowDown') next = Math.min(queue.length - 1, position + 1);
    else if (event.key === 'ArrowUp') next = Math.max(0, position - 1);
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = queue.length - 1;
    if (next < 0) return;
    event.preventDefault();
    virtualizer.scrollToIndex(next, { align: 'auto' });
    requestAnimationFrame(() => {
      scroller.current?.querySelector<HTMLElement>(`[data-position="${next}"]`)?.focus();
    });
  };

  return (
    <section className="side-section queue" aria-labelledby={headingId}>
      <div className="side-section__head">
        <h2 id={headingId} className="side-section__title">
          {t('queue.title')}
        </h2>
        <span className="queue__count">{t('queue.count', { count: queue.length })}</span>
      </div>
      <fieldset className="segmented">
        <legend className="visually-hidden">{t('queue.filter')}</legend>
        {FILTERS.map((option) => (
          <label key={option} className="segmented__option">
            <input
              type="radio"
              name="split-queue-filter"
              value={option}
              checked={filter === option}
              onChange={() => {
                onFilter(option);
              }}
            />
            <span>{t(`filter.${option}`)}</span>
          </label>
        ))}
      </fieldset>
      {queue.length === 0 ? (
        <p className="queue__empty">{t(`queue.empty.${filter}`)}</p>
      ) : (
        <div ref={scroller} className="queue__scroller">
          <ul
            className="queue__list"
            aria-label={t('queue.list')}
            style={{ height: virtualizer.getTotalSize() }}
            onKeyDown={onKeyDown}
          >
            {virtualizer.getVirtualItems().map((virtualRow) => {
              const itemIndex = queue[virtualRow.index] ?? 0;
              const item = items[itemIndex];
              if (!item) return null;
              return (
                <QueueEntry
                  key={virtualRow.key}
                  position={virtualRow.index}
                  setSize={queue.length}
                  start={virtualRow.start}
                  itemIndex={itemIndex}
                  item={item}
                  status={statuses[itemIndex] ?? 'detected'}
                  title={titles[itemIndex] ?? ''}
                  selected={itemIndex === selectedItem}
                  language={language}
                  onPick={onPick}
                />
              );
            })}
          </ul>
        </div>
      )}
    </section>
  );
});

const QueueEntry = memo(function QueueEntry({
  position,
  setSize,
  start,
  itemIndex,
  item,
  status,
  title,
  selected,
  language,
  onPick,
}: {
  position: number;
  setSize: number;
  start: number;
  itemIndex: number;
  item: Item;
  status: ItemStatus;
  title: string;
  selected: boolean;
  language: Language;
  onPick: (itemIndex: number) => void;
}) {
  const t = useT(splitsMessages);
  const { locale } = useLocale();
  return (
    <li
      className="queue__entry"
      aria-posinset={position + 1}
      aria-setsize={setSize}
      style={{ transform: `translateY(${start}px)`, height: ENTRY_HEIGHT }}
    >
      <button
        type="button"
        className={selected ? 'queue__button is-selected' : 'queue__button'}
        data-position={position}
        aria-current={selected ? 'true' : undefined}
        aria-label={t('queue.entry', {
          title: `${itemIndex + 1}. ${title}`,
          kind: kindLabel(item.kind, locale),
          status: statusLabel(status, locale),
          confidence: formatPercent(item.confidence),
        })}
        onClick={() => {
          onPick(itemIndex);
        }}
      >
        <span className="queue__number" aria-hidden="true">
          {itemIndex + 1}
        </span>
        <span className="queue__main" aria-hidden="true">
          <span className="queue__title" lang={language}>
            {title}
          </span>
          <span className="queue__badges">
            <KindBadge kind={item.kind} />
            <StatusBadge status={status} />
          </span>
        </span>
        <span aria-hidden="true">
          <ConfidenceMeter value={item.confidence} label={t('boundary.confidence')} />
        </span>
      </button>
    </li>
  );
});

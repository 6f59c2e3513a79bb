import { memo } from 'react';
import type { Item, Language } from '../../../core/analysis-types.ts';
import { KindBadge, kindLabel } from '../../../components/kind-badge.tsx';
import { StatusBadge } from '../../../components/status-badge.tsx';
import { useLocale, useT } from '../../../lib/i18n.tsx';
import { routes } from '../../../lib/navigation.ts';
import type { ItemId, ItemStatus } from '../../../storage/records.ts';
import type { SplitReviewActions } from '../hooks/use-split-review.ts';
import { splitsMessages } from '../messages.ts';
import { isDoubtful, isUndecided } from '../model/review-queue.ts';
import { ConfidenceMeter } from './confidence-meter.tsx';
import { formatLineRange } from './format-lines.ts';

// The line range starts the meta line, so its first letter is a capital ("Lines 3–21").
function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The head of one item in the text pane: what it is, how sure the engine is, why, and actions. */
export const BoundaryRow = memo(function BoundaryRow({
  item,
  itemIndex,
  status,
  id,
  issueId,
  hasPrevious,
  selected,
  band,
  language,
  title,
  actions,
}: {
  item: Item;
  itemIndex: number;
  status: ItemStatus;
  id: ItemId | null;
  issueId: string;
  /** False for the first item: nothing to merge with or take a line from. */
  hasPrevious: boolean;
  selected: boolean;
  band: 0 | 1;
  language: Language;
  /** Headline, or the item's first words. */
  title: string;
  actions: SplitReviewActions;
}) {
  const t = useT(splitsMessages);
  const { locale } = useLocale();
  const number = itemIndex + 1;
  const lines =
    item.startLine === item.endLine
      ? t('boundary.line', { line: item.startLine })
      : t('boundary.lines', { lines: formatLineRange(item.startLine, item.endLine) });
  const classes = ['boundary', `boundary--${item.kind}`, `boundary--band${band}`];
  if (selected) classes.push('is-selected');
  if (!isUndecided(status)) classes.push('is-decided');
  if (isDoubtful(item)) classes.push('boundary--doubtful');
  return (
    <div
      className={classes.join(' ')}
      role="group"
      aria-label={t('boundary.label', { number, kind: kindLabel(item.kind, locale), lines })}
      data-item-index={itemIndex}
    >
      <div className="boundary__head">
        <button
          type="button"
          className="boundary__select"
          aria-pressed={selected}
          aria-label={t('boundary.select', { number })}
          data-boundary-select={itemIndex}
          onClick={() => {
            actions.selectItem(itemIndex);
          }}
        >
          <span className="boundary__number" aria-hidden="true">
            {number}
          </span>
        </button>
        <KindBadge kind={item.kind} />
        <StatusBadge status={status} />
        <span className="boundary__title" lang={language}>
          {title || <span className="boundary__untitled">{t('boundary.noHeadline')}</span>}
        </span>
        <ConfidenceMeter value={item.confidence} label={t('boundary.confidence')} />
      </div>
      <div className="boundary__meta">
        <span className="boundary__lines">{capitalise(lines)}</span>
        <span>{t('boundary.page', { page: item.page })}</span>
        {item.reasons.length > 0 ? (
          <span className="boundary__reasons" lang="en">
            <span className="visually-hidden">{t('boundary.reasons')}: </span>
            {item.reasons.join(' · ')}
          </span>
        ) : null}
      </div>
      <div className="boundary__actions">
        <button
          type="button"
          className="chip chip--accept"
          disabled={!isUndecided(status)}
          aria-keyshortcuts="a"
          onClick={() => {
            actions.accept(itemIndex);
          }}
        >
          {t('action.accept')}
        </button>
        <button
          type="button"
          className="chip"
          disabled={!hasPrevious}
          aria-keyshortcuts="r"
          onClick={() => {
            actions.merge(itemIndex);
          }}
        >
          {t('action.merge')}
        </button>
        <button
          type="button"
          className="chip"
          disabled={!hasPrevious}
          aria-keyshortcuts="Alt+ArrowUp"
          onClick={() => {
            actions.move('up', itemIndex);
          }}
        >
          {t('action.moveUp')}
        </button>
        <button
          type="button"
          className="chip"
          disabled={!hasPrevious || item.lines.length <= 1}
          aria-keyshortcuts="Alt+ArrowDown"
          onClick={() => {
            actions.move('down', itemIndex);
          }}
        >
          {t('action.moveDown')}
        </button>
        {id ? (
          <a className="chip chip--link" href={routes.article(issueId, id)}>
            {t('action.open')}
          </a>
        ) : (
          <span className="chip chip--pending">{t('action.openPending')}</span>
        )}
      </div>
    </div>
  );
});

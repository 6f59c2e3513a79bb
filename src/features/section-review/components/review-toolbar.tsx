import { useId } from 'react';
import type { ItemKind } from '../../../core/analysis-types.ts';
import { Kbd } from '../../../components/kbd.tsx';
import { kindLabel } from '../../../components/kind-badge.tsx';
import { ITEM_STATUSES, statusLabel } from '../../../components/status-badge.tsx';
import { useLocale, useT } from '../../../lib/i18n.tsx';
import type { ItemStatus } from '../../../storage/records.ts';
import type { CardFilter } from '../build-page-plan.ts';
import { sectionReviewMessages } from '../messages.ts';

const KINDS: readonly ItemKind[] = ['article', 'teaser', 'photo', 'furniture'];

/** The status filters in the order of their number keys (1 = all). */
export const STATUS_FILTERS: readonly (ItemStatus | 'all')[] = ['all', ...ITEM_STATUSES];

/** The filters and the print button above the pages. */
export function ReviewToolbar({
  filter,
  statusCounts,
  kindCounts,
  shown,
  total,
  onChange,
  onPrint,
}: {
  filter: CardFilter;
  /** Items (furniture aside) in each status. */
  statusCounts: Record<ItemStatus | 'all', number>;
  /** Items of each kind. */
  kindCounts: Record<ItemKind | 'all', number>;
  /** Cards shown with the filters. */
  shown: number;
  /** Cards in the issue, furniture aside. */
  total: number;
  onChange: (filter: CardFilter) => void;
  onPrint: () => void;
}) {
  const t = useT(sectionReviewMessages);
  const { locale } = useLocale();
  const statusId = useId();
  const kindId = useId();
  const filtered = filter.status !== 'all' || filter.kind !== 'all' || filter.showFurniture;

  return (
    <div className="sr-toolbar sr-no-print" role="group" aria-label={t('filters.label')}>
      <div className="sr-toolbar__row">
        <div className="sr-filter" role="group" aria-labelledby={statusId}>
          <span id={statusId} className="sr-filter__label">
            {t('filters.status')}
          </span>
          {STATUS_FILTERS.map((status, index) => (
            <button
              key={status}
              type="button"
              className="sr-chip"
              aria-pressed={filter.status === status}
              aria-keyshortcuts={String(index + 1)}
              onClick={() => {
                onChange({ ...filter, status });
              }}
            >
              <span className="sr-chip__text">
                {status === 'all' ? t('filters.all') : statusLabel(status, locale)}
              </span>
              <span className="sr-chip__count">{statusCounts[status]}</span>
            </button>
          ))}
        </div>
        <div className="sr-toolbar__end">
          <label className="sr-toggle">
            <input
              type="checkbox"
              checked={filter.showFurniture}
              onChange={(event) => {
                onChange({ ...filter, showFurniture: event.currentTarget.checked });
              }}
            />
            <span>{t('filters.furniture')}</span>
          </label>
          <button
            type="button"
            className="sr-button sr-button--print"
            onClick={onPrint}
            aria-keyshortcuts="p"
          >
            {t('print.button')}
            <span aria-hidden="true">
              <Kbd keys="p" />
            </span>
          </button>
        </div>
      </div>
      <div className="sr-toolbar__row">
        <div className="sr-filter" role="group" aria-labelledby={kindId}>
          <span id={kindId} className="sr-filter__label">
            {t('filters.kind')}
          </span>
          {(['all', ...KINDS] as const).map((kind) => (
            <button
              key={kind}
              type="button"
              className="sr-chip sr-chip--kind"
              data-kind={kind}
              aria-pressed={filter.kind === kind}
              onClick={() => {
                onChange({ ...filter, kind });
              }}
            >
              <span className="sr-chip__text">
                {kind === 'all' ? t('filters.allKinds') : kindLabel(kind, locale)}
              </span>
              <span className="sr-chip__count">{kindCounts[kind]}</span>
            </button>
          ))}
        </div>
        <p className="sr-toolbar__showing" aria-live="polite">
          {t('filters.showing', { shown, total })}
          {filtered ? (
            <button
              type="button"
              className="sr-link-button"
              onClick={() => {
                onChange({ status: 'all', kind: 'all', showFurniture: false });
              }}
            >
              {t('filters.reset')}
            </button>
          ) : null}
        </p>
      </div>
    </div>
  );
}

import { ITEM_STATUSES, statusLabel } from '../../../components/status-badge.tsx';
import { useLocale, useT } from '../../../lib/i18n.tsx';
import type { ItemStatus } from '../../../storage/records.ts';
import { libraryMessages } from '../messages.ts';

/** An issue's progress: a bar of its items by status, with the numbers beside it in words. */
export function StatusProgress({ counts }: { counts: Record<ItemStatus, number> }) {
  const t = useT(libraryMessages);
  const { locale } = useLocale();
  const total = ITEM_STATUSES.reduce((sum, status) => sum + counts[status], 0);
  if (total === 0) return <span className="status-progress__none">{t('progress.none')}</span>;
  return (
    <div className="status-progress">
      <p className="status-progress__summary">
        {t('progress.summary', { done: counts.approved, total })}
      </p>
      <div className="status-progress__bar" aria-hidden="true">
        {ITEM_STATUSES.map((status) =>
          counts[status] > 0 ? (
            <span
              key={status}
              className={`status-progress__segment status-progress__segment--${status}`}
              style={{ flexGrow: counts[status] }}
            />
          ) : null,
        )}
      </div>
      <ul className="status-progress__counts">
        {ITEM_STATUSES.map((status) =>
          counts[status] > 0 ? (
            <li key={status} className={`status-progress__count status-progress__count--${status}`}>
              <span className="status-progress__dot" aria-hidden="true" />
              {statusLabel(status, locale)}{' '}
              <span className="status-progress__number">{counts[status]}</span>
            </li>
          ) : null,
        )}
      </ul>
    </div>
  );
}

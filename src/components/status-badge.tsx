import { useLocale } from '../lib/i18n.tsx';
import type { Locale } from '../lib/i18n.tsx';
import type { ItemStatus } from '../storage/records.ts';
import { componentMessages } from './messages.ts';
import './components.css';

/** The workflow statuses in the order an item moves through them. */
export const ITEM_STATUSES: readonly ItemStatus[] = [
  'detected',
  'confirmed',
  'corrected',
  'approved',
];

/** The name of a status in an interface language. */
export function statusLabel(status: ItemStatus, locale: Locale): string {
  return componentMessages[locale][`status.${status}`];
}

/**
 * An item's workflow status as text with its colour and mark, never colour alone.
 * `locale` overrides the interface language (e.g. in a bilingual legend).
 */
export function StatusBadge({ status, locale }: { status: ItemStatus; locale?: Locale }) {
  const current = useLocale().locale;
  const language = locale ?? current;
  return (
    <span
      className={`status-badge status-badge--${status}`}
      lang={language === current ? undefined : language}
      data-status={status}
    >
      <span className="status-badge__mark" aria-hidden="true" />
      {statusLabel(status, language)}
    </span>
  );
}

import type { ItemKind } from '../core/analysis-types.ts';
import { useLocale } from '../lib/i18n.tsx';
import type { Locale } from '../lib/i18n.tsx';
import { componentMessages } from './messages.ts';
import './components.css';

/** The name of an item kind in an interface language. */
export function kindLabel(kind: ItemKind, locale: Locale): string {
  return componentMessages[locale][`kind.${kind}`];
}

/** What kind of unit an item is (article, teaser, photo, furniture), as a small label. */
export function KindBadge({ kind, locale }: { kind: ItemKind; locale?: Locale }) {
  const current = useLocale().locale;
  const language = locale ?? current;
  return (
    <span
      className={`kind-badge kind-badge--${kind}`}
      lang={language === current ? undefined : language}
      data-kind={kind}
    >
      {kindLabel(kind, language)}
    </span>
  );
}

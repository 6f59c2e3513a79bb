import { useId } from 'react';
import { useLocale, useT } from '../../../lib/i18n.tsx';
import { routes } from '../../../lib/navigation.ts';
import type { ReviewCard as Card, ReviewPage } from '../build-page-plan.ts';
import type { JumpLink } from '../link-jumps.ts';
import { sectionReviewMessages } from '../messages.ts';
import { ReviewCard } from './review-card.tsx';

/** One page of the issue: its header with totals, then its cards as a page plan. */
export function PagePlan({
  page,
  visible,
  issueId,
  contentLanguage,
  jumps,
  titleOf,
  tabbableId,
  registerCard,
  onFocusCard,
  onBlurCard,
  onApprove,
  onGoTo,
}: {
  page: ReviewPage;
  /** The page's cards that pass the filters, in page order. */
  visible: readonly Card[];
  issueId: string;
  contentLanguage: string;
  jumps: ReadonlyMap<string, JumpLink[]>;
  titleOf: (itemId: string) => string;
  /** The card Tab reaches. */
  tabbableId: string | null;
  /** Keeps a card's element for focusing it; returns the cleanup. */
  registerCard: (id: string) => (element: HTMLElement | null) => void;
  onFocusCard: (card: Card, self: boolean) => void;
  onBlurCard: () => void;
  onApprove: (card: Card) => void;
  onGoTo: (itemId: string) => void;
}) {
  const t = useT(sectionReviewMessages);
  const { locale } = useLocale();
  const headingId = useId();
  const number = new Intl.NumberFormat(locale === 'zh' ? 'zh-CN' : 'en');
  const { totals } = page;
  const positions = new Map<string, number>();
  for (const card of page.cards) {
    if (card.kind !== 'furniture') positions.set(card.id, positions.size + 1);
  }

  return (
    <section className="sr-page" aria-labelledby={headingId}>
      <header className="sr-page__header">
        <h2 id={headingId} className="sr-page__title">
          <span className="sr-page__number">{t('pageSection.title', { number: page.number })}</span>
          {page.section ? (
            <span className="sr-page__section" lang={contentLanguage}>
              {page.section}
            </span>
          ) : null}
        </h2>
        <ul
          className="sr-page__totals"
          aria-label={t('pageSection.totals', { number: page.number })}
        >
          <li>
            {totals.articles === 1
              ? t('pageSection.articlesOne')
              : t('pageSection.articles', { count: number.format(totals.articles) })}
          </li>
          <li>{t('pageSection.characters', { count: number.format(totals.characters) })}</li>
          <li className={totals.openFlags > 0 ? 'sr-page__flags' : undefined}>
            {totals.openFlags === 1
              ? t('pageSection.openFlagsOne')
              : t('pageSection.openFlags', { count: number.format(totals.openFlags) })}
          </li>
          <li>
            {t('pageSection.approved', { approved: totals.approved, items: totals.items })}
            <span
              className="sr-page__progress"
              aria-hidden="true"
              style={{
                ['--done' as string]: totals.items > 0 ? totals.approved / totals.items : 0,
              }}
            />
          </li>
        </ul>
        <a
          className="sr-page__export sr-no-print"
          href={routes.export(issueId, { kind: 'page', page: page.number })}
        >
          {t('pageSection.export')}
        </a>
      </header>
      {visible.length > 0 ? (
        <ol className="sr-plan">
          {visible.map((card) => (
            <ReviewCard
              key={card.id}
              card={card}
              issueId={issueId}
              position={positions.get(card.id) ?? null}
              contentLanguage={contentLanguage}
              jumps={jumps.get(card.id)}
              titleOf={titleOf}
              tabbable={card.id === tabbableId}
              cardRef={registerCard(card.id)}
              onFocusCard={(self) => {
                onFocusCard(card, self);
              }}
              onBlurCard={onBlurCard}
              onApprove={() => {
                onApprove(card);
              }}
              onGoTo={onGoTo}
            />
          ))}
        </ol>
      ) : (
        <p className="sr-page__empty">
          {page.cards.length > 0 ? t('pageSection.empty') : t('pageSection.emptyPage')}
        </p>
      )}
    </section>
  );
}

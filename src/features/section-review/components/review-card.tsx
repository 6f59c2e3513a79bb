import { useId } from 'react';
import type { CSSProperties, Ref } from 'react';
import { KindBadge } from '../../../components/kind-badge.tsx';
import { StatusBadge } from '../../../components/status-badge.tsx';
import { useLocale, useT } from '../../../lib/i18n.tsx';
import { routes } from '../../../lib/navigation.ts';
import type { ReviewCard as Card } from '../build-page-plan.ts';
import { cardTitle } from '../build-page-plan.ts';
import type { JumpLink } from '../link-jumps.ts';
import { sectionReviewMessages } from '../messages.ts';
import { JumpList } from './jump-list.tsx';

/** Props of {@link ReviewCard}. */
export interface ReviewCardProps {
  /** What the card shows. */
  card: Card;
  /** The issue, for the links. */
  issueId: string;
  /** 1-based place among the page's stories, or null for furniture. */
  position: number | null;
  /** Language of the issue's text. */
  contentLanguage: string;
  /** Where its teaser or jump lines lead. */
  jumps: readonly JumpLink[] | undefined;
  /** The title of another card, for jump links. */
  titleOf: (itemId: string) => string;
  /** Whether the card is the one Tab reaches (roving focus). */
  tabbable: boolean;
  /** The card element, for moving the focus to it. */
  cardRef: Ref<HTMLElement>;
  /** Focus came into the card (`self` when onto the card itself rather than a control in it). */
  onFocusCard: (self: boolean) => void;
  /** Focus left the card itself. */
  onBlurCard: () => void;
  /** Approves the item. */
  onApprove: () => void;
  /** Moves to another card. */
  onGoTo: (itemId: string) => void;
}

/** One item of a page as a card of the page plan: what it is, how long, how far along. */
export function ReviewCard({
  card,
  issueId,
  position,
  contentLanguage,
  jumps,
  titleOf,
  tabbable,
  cardRef,
  onFocusCard,
  onBlurCard,
  onApprove,
  onGoTo,
}: ReviewCardProps) {
  const t = useT(sectionReviewMessages);
  const { locale } = useLocale();
  const id = useId();
  const headlineId = `${id}-headline`;
  const number = new Intl.NumberFormat(locale === 'zh' ? 'zh-CN' : 'en');
  const title = cardTitle(card);
  const label = title ?? t('card.untitled');
  const derivedTitle = !card.headline;
  const furniture = card.kind === 'furniture';
  // A teaser has no body to measure: its figures only matter when a flag is open in it.
  const showFigures = !furniture && (card.kind !== 'teaser' || card.openFlags > 0);
  const style = { '--span': card.span } as CSSProperties;

  return (
    <li className={`sr-slot sr-slot--span-${card.span}`} style={style}>
      <article
        ref={cardRef}
        className={`sr-card sr-card--${card.kind} sr-card--${card.status}`}
        aria-labelledby={headlineId}
        tabIndex={tabbable ? 0 : -1}
        data-card-id={card.id}
        onFocus={(event) => {
          onFocusCard(event.target === event.currentTarget);
        }}
        onBlur={(event) => {
          if (event.target === event.currentTarget) onBlurCard();
        }}
      >
        <header className="sr-card__top">
          <KindBadge kind={card.kind} />
          <StatusBadge status={card.status} />
          {position !== null ? (
            <span className="sr-card__position">
              <span aria-hidden="true">
                {card.page}.{position}
              </span>
              <span className="visually-hidden">
                {t('card.position', { index: position, page: card.page })}
              </span>
            </span>
          ) : null}
        </header>

        <div className="sr-card__story" lang={contentLanguage}>
          {card.section && !furniture ? <p className="sr-card__section">{card.section}</p> : null}
          {card.kicker ? <p className="sr-card__kicker">{card.kicker}</p> : null}
          <h3
            id={headlineId}
            className={
              derivedTitle ? 'sr-card__headline sr-card__headline--derived' : 'sr-card__headline'
            }
            lang={title === null ? locale : undefined}
          >
            {label}
          </h3>
          {card.subtitles.map((subtitle, index) => (
            <p key={index} className="sr-card__subtitle">
              {subtitle}
            </p>
          ))}
          {card.bylines.length > 0 || card.dateline ? (
            <p className="sr-card__credits">
              {card.bylines.length > 0 ? (
                <span className="sr-card__bylines">
                  <span className="visually-hidden" lang={locale}>
                    {t('card.by')}{' '}
                  </span>
                  {card.bylines.join(contentLanguage === 'zh' ? '、' : ', ')}
                </span>
              ) : null}
              {card.dateline ? (
                <span className="sr-card__dateline">
                  <span className="visually-hidden" lang={locale}>
                    {t('card.dateline')}{' '}
                  </span>
                  {card.dateline}
                </span>
              ) : null}
            </p>
          ) : null}
          {card.kind === 'photo' && card.caption && card.caption !== title ? (
            <p className="sr-card__caption">{card.caption}</p>
          ) : null}
          {card.lede && !derivedTitle && card.kind === 'article' ? (
            <p className="sr-card__lede">{card.lede}</p>
          ) : null}
        </div>

        {jumps && jumps.length > 0 ? (
          <JumpList
            links={jumps}
            titleOf={titleOf}
            contentLanguage={contentLanguage}
            onGoTo={onGoTo}
          />
        ) : null}

        {showFigures ? (
          <dl className="sr-card__figures">
            {card.kind !== 'teaser' ? (
              <div>
                <dt>{t('card.characters')}</dt>
                <dd>{number.format(card.characters)}</dd>
              </div>
            ) : null}
            {card.kind === 'article' ? (
              <div>
                <dt>{t('card.paragraphs')}</dt>
                <dd>{number.format(card.paragraphs)}</dd>
              </div>
            ) : null}
            <div
              className={
                card.openFlags > 0 ? 'sr-card__flags sr-card__flags--open' : 'sr-card__flags'
              }
            >
              <dt>{t('card.flags')}</dt>
              <dd>
                {card.openFlags > 0 ? number.format(card.openFlags) : t('card.noFlags')}
                {card.headlineFlags > 0 ? (
                  <span className="sr-card__severe">
                    <span aria-hidden="true">▲ </span>
                    {t('card.headlineFlags', { count: card.headlineFlags })}
                  </span>
                ) : null}
              </dd>
            </div>
          </dl>
        ) : null}

        <footer className="sr-card__actions sr-no-print">
          <a
            className="sr-action"
            href={routes.article(issueId, card.id)}
            aria-label={t('card.editLabel', { title: label })}
          >
            {t('card.edit')}
          </a>
          <a
            className="sr-action"
            href={routes.splits(issueId)}
            aria-label={t('card.splitsLabel', { title: label })}
          >
            {t('card.splits')}
          </a>
          {!furniture ? (
            card.status === 'approved' ? (
              <span className="sr-action sr-action--done">
                <span aria-hidden="true">✓ </span>
                {t('card.approved')}
              </span>
            ) : (
              <button
                type="button"
                className="sr-action sr-action--approve"
                aria-label={t('card.approveLabel', { title: label })}
                aria-keyshortcuts="a"
                onClick={onApprove}
              >
                {t('card.approve')}
              </button>
            )
          ) : null}
        </footer>
      </article>
    </li>
  );
}

import { useEffect, useMemo, useRef, useState } from 'react';
import type { ItemKind } from '../../../core/analysis-types.ts';
import { Kbd } from '../../../components/kbd.tsx';
import { ITEM_STATUSES, statusLabel } from '../../../components/status-badge.tsx';
import { useToast } from '../../../components/toast.tsx';
import { formatMessage, useLocale, useT } from '../../../lib/i18n.tsx';
import { navigate, routes } from '../../../lib/navigation.ts';
import { useShortcut } from '../../../lib/shortcuts.tsx';
import type { IssueRecord, ItemRecord, ItemStatus } from '../../../storage/records.ts';
import { DEFAULT_FILTER, buildPagePlan, cardTitle, matchesFilter } from '../build-page-plan.ts';
import type { CardFilter, ReviewCard } from '../build-page-plan.ts';
import { linkJumps } from '../link-jumps.ts';
import { sectionReviewMessages } from '../messages.ts';
import type { SectionReviewMessage } from '../messages.ts';
import { PagePlan } from './page-plan.tsx';
import { ReviewToolbar, STATUS_FILTERS } from './review-toolbar.tsx';

// A message in both languages, as the shortcut overlay wants it.
function both(
  key: SectionReviewMessage,
  values?: { en: Record<string, string>; zh: Record<string, string> },
): { en: string; zh: string } {
  return {
    en: formatMessage(sectionReviewMessages.en[key], values?.en),
    zh: formatMessage(sectionReviewMessages.zh[key], values?.zh),
  };
}

const GROUP = both('shortcut.group');

/** Asks the page to move the focus to a card once it is on screen. */
interface FocusRequest {
  id: string;
}

/** The pages of an issue as page plans of cards, with filters, approval, jumps and printing. */
export function SectionReview({
  issue,
  records,
  onApprove,
}: {
  issue: IssueRecord;
  records: readonly ItemRecord[];
  /** Sets the status of an item; resolves when stored. */
  onApprove: (card: ReviewCard, status: ItemStatus) => Promise<void>;
}) {
  const t = useT(sectionReviewMessages);
  const { locale } = useLocale();
  const toast = useToast();
  const [filter, setFilter] = useState<CardFilter>(DEFAULT_FILTER);
  const [currentId, setCurrentId] = useState<string | null>(null);
  const [cardFocused, setCardFocused] = useState(false);
  const [focusRequest, setFocusRequest] = useState<FocusRequest | null>(null);
  const cardElements = useRef(new Map<string, HTMLElement>());

  const plan = useMemo(() => buildPagePlan(records, issue.pages), [records, issue.pages]);
  const jumps = useMemo(
    () =>
      linkJumps({
        items: records.map((record) => ({
          id: record.id,
          item: record.item,
          headline: record.content.headline || record.item.headline || '',
          kicker: record.content.kicker || record.item.kicker || '',
          subtitles:
            record.content.subtitles.length > 0 ? record.content.subtitles : record.item.subtitles,
        })),
        pages: issue.pages,
        sourceLines: issue.text.split(/\r?\n/),
      }),
    [records, issue.pages, issue.text],
  );
  const cards = plan.flatMap((page) => page.cards);
  const cardsById = new Map(cards.map((card) => [card.id as string, card]));
  const visiblePages = plan.map((page) => ({
    page,
    visible: page.cards.filter((card) => matchesFilter(card, filter)),
  }));
  const visible = visiblePages.flatMap((entry) => entry.visible);
  const stories = cards.filter((card) => card.kind !== 'furniture');
  const current = visible.find((card) => card.id === currentId) ?? null;
  const tabbableId = current?.id ?? visible[0]?.id ?? null;

  const statusCounts = { all: stories.length } as Record<ItemStatus | 'all', number>;
  for (const status of ITEM_STATUSES) {
    statusCounts[status] = stories.filter((card) => card.status === status).length;
  }
  const kindCounts = { all: stories.length } as Record<ItemKind | 'all', number>;
  for (const kind of ['article', 'teaser', 'photo', 'furniture'] as const) {
    kindCounts[kind] = cards.filter((card) => card.kind === kind).length;
  }
  const totals = stories.reduce(
    (sum, card) => ({
      articles: sum.articles + (card.kind === 'article' ? 1 : 0),
      characters: sum.characters + card.characters,
      openFlags: sum.openFlags + card.openFlags,
    }),
    { articles: 0, characters: 0, openFlags: 0 },
  );

  // Focus moves after React has put the card on screen (a filter may just have been cleared).
  useEffect(() => {
    if (!focusRequest) return;
    const element = cardElements.current.get(focusRequest.id);
    if (!element) return;
    element.focus({ preventScroll: true });
    const reduce = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    element.scrollIntoView({ block: 'nearest', behavior: reduce ? 'auto' : 'smooth' });
  }, [focusRequest]);

  const titleOf = (itemId: string): string => {
    const card = cardsById.get(itemId);
    return (card ? cardTitle(card) : null) ?? t('card.untitled');
  };

  const focusCard = (id: string) => {
    setCurrentId(id);
    setFocusRequest({ id });
  };

  const goTo = (itemId: string) => {
    const card = cardsById.get(itemId);
    if (!card) return;
    if (!matchesFilter(card, filter)) {
      setFilter({ ...DEFAULT_FILTER, showFurniture: card.kind === 'furniture' });
    }
    focusCard(itemId);
  };

  const move = (step: 1 | -1) => {
    if (visible.length === 0) return;
    const index = current ? visible.indexOf(current) : -1;
    const next =
      index < 0
        ? step === 1
          ? visible[0]
          : visible[visible.length - 1]
        : visible[Math.min(visible.length - 1, Math.max(0, index + step))];
    if (next) focusCard(next.id);
  };

  const failure = (error: unknown) =>
    t('toast.failed', { message: error instanceof Error ? error.message : String(error) });

  const approve = (card: ReviewCard) => {
    if (card.kind === 'furniture' || card.status === 'approved') return;
    const previous = card.status;
    const title = cardTitle(card) ?? t('card.untitled');
    // When the filter will hide the approved card, the next card takes the focus.
    if (!matchesFilter({ ...card, status: 'approved' }, filter)) {
      const index = visible.indexOf(card);
      const next = visible[index + 1] ?? visible[index - 1];
      if (next) focusCard(next.id);
    }
    onApprove(card, 'approved').then(
      () => {
        toast.show({
          message: t('toast.approved', { title }),
          action: {
            label: t('toast.undo'),
            onAction: () => {
              onApprove(card, previous).catch((error: unknown) => {
                toast.show({ message: failure(error), tone: 'error' });
              });
            },
          },
        });
      },
      (error: unknown) => {
        toast.show({ message: failure(error), tone: 'error' });
      },
    );
  };

  const print = () => {
    window.print();
  };

  useShortcut({
    keys: 'j',
    description: both('shortcut.next'),
    group: GROUP,
    handler: () => {
      move(1);
    },
  });
  useShortcut({
    keys: 'k',
    description: both('shortcut.previous'),
    group: GROUP,
    handler: () => {
      move(-1);
    },
  });
  useShortcut({
    keys: 'Enter',
    description: both('shortcut.open'),
    group: GROUP,
    // Only while a card itself has the focus: Enter on a link or button inside keeps its own meaning.
    enabled: cardFocused && current !== null,
    handler: () => {
      if (current) navigate(routes.article(issue.id, current.id));
    },
  });
  useShortcut({
    keys: 'a',
    description: both('shortcut.approve'),
    group: GROUP,
    handler: () => {
      if (current) approve(current);
      else toast.show({ message: t('toast.noCard') });
    },
  });
  useShortcut({
    keys: 'p',
    description: both('shortcut.print'),
    group: GROUP,
    handler: print,
  });
  const statusShortcut = (index: number) => {
    const status = STATUS_FILTERS[index] ?? 'all';
    return {
      keys: String(index + 1),
      description:
        status === 'all'
          ? both('shortcut.statusAll')
          : both('shortcut.status', {
              en: { status: statusLabel(status, 'en') },
              zh: { status: statusLabel(status, 'zh') },
            }),
      group: GROUP,
      handler: () => {
        setFilter((previous) => ({ ...previous, status }));
      },
    };
  };
  useShortcut(statusShortcut(0));
  useShortcut(statusShortcut(1));
  useShortcut(statusShortcut(2));
  useShortcut(statusShortcut(3));
  useShortcut(statusShortcut(4));

  const number = new Intl.NumberFormat(locale === 'zh' ? 'zh-CN' : 'en');
  const heading = [issue.paper, issue.date].filter(Boolean).join(' · ') || issue.title;

  return (
    <div className="section-review">
      <header className="sr-header">
        <p className="sr-header__eyebrow">{t('page.eyebrow')}</p>
        <h1 className="sr-header__title" lang={issue.language}>
          {heading}
        </h1>
        <dl className="sr-header__totals" aria-label={t('summary.label')}>
          <div>
            <dt>{t('summary.pages')}</dt>
            <dd>{number.format(plan.length)}</dd>
          </div>
          <div>
            <dt>{t('summary.articles')}</dt>
            <dd>{number.format(totals.articles)}</dd>
          </div>
          <div>
            <dt>{t('summary.characters')}</dt>
            <dd>{number.format(totals.characters)}</dd>
          </div>
          <div className={totals.openFlags > 0 ? 'sr-header__flags' : undefined}>
            <dt>{t('summary.openFlags')}</dt>
            <dd>{number.format(totals.openFlags)}</dd>
          </div>
          <div>
            <dt>{t('summary.approved')}</dt>
            <dd>
              {t('summary.approvedValue', {
                approved: statusCounts.approved,
                items: stories.length,
              })}
            </dd>
          </div>
        </dl>
        <p className="sr-keys sr-no-print">
          <span className="sr-keys__label">{t('keys.label')}</span>
          <span>
            <Kbd keys={['j', 'k']} /> {t('keys.move')}
          </span>
          <span>
            <Kbd keys="Enter" /> {t('keys.open')}
          </span>
          <span>
            <Kbd keys="a" /> {t('keys.approve')}
          </span>
          <span>
            <Kbd keys="1" />–<Kbd keys="5" /> {t('keys.status')}
          </span>
          <span>
            <Kbd keys="p" /> {t('keys.print')}
          </span>
          <span>
            <Kbd keys="?" /> {t('keys.all')}
          </span>
        </p>
      </header>

      <ReviewToolbar
        filter={filter}
        statusCounts={statusCounts}
        kindCounts={kindCounts}
        shown={visible.length}
        total={stories.length}
        onChange={setFilter}
        onPrint={print}
      />

      {cards.length === 0 ? <p className="sr-empty">{t('page.noItems')}</p> : null}

      <div className="sr-pages">
        {visiblePages.map(({ page, visible: pageCards }) => (
          <PagePlan
            key={page.number}
            page={page}
            visible={pageCards}
            issueId={issue.id}
            contentLanguage={issue.language}
            jumps={jumps}
            titleOf={titleOf}
            tabbableId={tabbableId}
            registerCard={(id) => (element) => {
              if (element) cardElements.current.set(id, element);
              else cardElements.current.delete(id);
            }}
            onFocusCard={(card, self) => {
              setCurrentId(card.id);
              setCardFocused(self);
            }}
            onBlurCard={() => {
              setCardFocused(false);
            }}
            onApprove={approve}
            onGoTo={goTo}
          />
        ))}
      </div>
    </div>
  );
}

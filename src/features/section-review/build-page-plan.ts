import type { ItemKind, PageInfo } from '../../core/analysis-types.ts';
import type { ItemId, ItemRecord, ItemStatus } from '../../storage/records.ts';

/** One item as its card shows it: the corrected content where there is one, else the split's fields. */
export interface ReviewCard {
  /** The item's id. */
  id: ItemId;
  /** Article, teaser, photo or furniture. */
  kind: ItemKind;
  /** Workflow status. */
  status: ItemStatus;
  /** Page the item sits on. */
  page: number;
  /** First source line, for page order. */
  startLine: number;
  /** Column or section label. */
  section: string;
  /** Kicker above the headline. */
  kicker: string;
  /** Headline. */
  headline: string;
  /** Subtitles and decks. */
  subtitles: string[];
  /** Byline names. */
  bylines: string[];
  /** Dateline. */
  dateline: string;
  /** Photo caption. */
  caption: string;
  /** The opening of the body, for a glance at what the story is. */
  lede: string;
  /** Length of the body text in characters (a photo's caption). */
  characters: number;
  /** Number of body paragraphs (crossheads not counted). */
  paragraphs: number;
  /** Open proofreading flags. */
  openFlags: number;
  /** Open flags in headlines and column heads (severity 2). */
  headlineFlags: number;
  /** How wide the card is on the page plan, in sixths of a row. */
  span: CardSpan;
}

/** Width of a card on the page plan, in sixths of a row. */
export type CardSpan = 2 | 3 | 4 | 6;

/** What a page holds, counted over its items other than furniture. */
export interface PageTotals {
  /** Articles on the page. */
  articles: number;
  /** Items other than furniture. */
  items: number;
  /** Characters of body text (and captions). */
  characters: number;
  /** Open flags. */
  openFlags: number;
  /** Items approved. */
  approved: number;
}

/** One page of the issue as the review shows it: its cards in page order and its totals. */
export interface ReviewPage {
  /** Page number. */
  number: number;
  /** Section name from the page header. */
  section: string | null;
  /** Every item on the page, in page order (furniture included). */
  cards: ReviewCard[];
  /** Counts over the page. */
  totals: PageTotals;
}

/** The filters of the review. */
export interface CardFilter {
  /** One status, or every status. */
  status: ItemStatus | 'all';
  /** One kind, or every kind. */
  kind: ItemKind | 'all';
  /** Whether page furniture is shown when every kind is. */
  showFurniture: boolean;
}

/** The filters the review opens with. */
export const DEFAULT_FILTER: CardFilter = { status: 'all', kind: 'all', showFurniture: false };

/** Counts characters as a reader sees them (a CJK character or an emoji is one). */
export function countCharacters(text: string): number {
  let count = 0;
  for (const _char of text) count++;
  return count;
}

/** Reads an item record as a card: corrected content first, the split's fields where it is empty. */
export function toReviewCard(record: ItemRecord): ReviewCard {
  const { item, content } = record;
  const body =
    content.body.length > 0
      ? content.body
      : item.paragraphs.map((paragraph) => ({ type: 'paragraph' as const, text: paragraph.text }));
  const caption = content.caption || item.caption || '';
  const bodyCharacters = body.reduce((sum, block) => sum + countCharacters(block.text), 0);
  const characters = item.kind === 'photo' ? countCharacters(caption) : bodyCharacters;
  const open = record.flags.filter((flag) => flag.state === 'open');
  const firstParagraph = body.find((block) => block.type === 'paragraph');
  return {
    id: record.id,
    kind: item.kind,
    status: record.status,
    page: item.page,
    startLine: item.startLine,
    section: content.section || item.section || '',
    kicker: content.kicker || item.kicker || '',
    headline: content.headline || item.headline || '',
    subtitles: content.subtitles.length > 0 ? content.subtitles : item.subtitles,
    bylines: content.bylines.length > 0 ? content.bylines : item.bylines,
    dateline: content.dateline || item.dateline || '',
    caption,
    lede: firstParagraph?.text ?? '',
    characters,
    paragraphs: body.filter((block) => block.type === 'paragraph').length,
    openFlags: open.length,
    headlineFlags: open.filter((flag) => flag.severity === 2).length,
    span: cardSpan(item.kind, characters),
  };
}

/**
 * How wide a card is on the page plan: furniture runs across the page, teasers and photos take a
 * third, articles widen with their length.
 */
export function cardSpan(kind: ItemKind, characters: number): CardSpan {
  if (kind === 'furniture') return 6;
  if (kind !== 'article') return 2;
  if (characters < 450) return 2;
  if (characters < 950) return 3;
  if (characters < 1800) return 4;
  return 6;
}

/**
 * Groups an issue's items by page, in the page order, each page's items in page (source)
 * order. Items on a page the issue does not list get a page of their own after the listed ones.
 */
export function buildPagePlan(
  records: readonly ItemRecord[],
  pages: readonly PageInfo[],
): ReviewPage[] {
  const byPage = new Map<number, { section: string | null; cards: ReviewCard[] }>();
  for (const page of pages) {
    const known = byPage.get(page.number);
    if (!known) byPage.set(page.number, { section: page.section, cards: [] });
    else known.section ??= page.section;
  }
  const extra: number[] = [];
  for (const record of records) {
    const card = toReviewCard(record);
    let page = byPage.get(card.page);
    if (!page) {
      page = { section: record.item.pageSection, cards: [] };
      byPage.set(card.page, page);
      extra.push(card.page);
    }
    page.cards.push(card);
  }
  const order = [...new Set(pages.map((page) => page.number)), ...extra.sort((a, b) => a - b)];
  return order.map((number) => {
    const page = byPage.get(number) ?? { section: null, cards: [] };
    const cards = [...page.cards].sort((a, b) => a.startLine - b.startLine);
    return { number, section: page.section, cards, totals: countPage(cards) };
  });
}

/** Counts a page's articles, characters, open flags and approvals (furniture left out). */
export function countPage(cards: readonly ReviewCard[]): PageTotals {
  const totals: PageTotals = { articles: 0, items: 0, characters: 0, openFlags: 0, approved: 0 };
  for (const card of cards) {
    if (card.kind === 'furniture') continue;
    totals.items++;
    if (card.kind === 'article') totals.articles++;
    totals.characters += card.characters;
    totals.openFlags += card.openFlags;
    if (card.status === 'approved') totals.approved++;
  }
  return totals;
}

/** Whether a card passes the filters. Furniture shows only when asked for, or when its kind is picked. */
export function matchesFilter(card: ReviewCard, filter: CardFilter): boolean {
  if (filter.status !== 'all' && card.status !== filter.status) return false;
  if (filter.kind !== 'all') return card.kind === filter.kind;
  return card.kind !== 'furniture' || filter.showFurniture;
}

/**
 * What a card is called: its headline; for a photo, its caption; for a headless continuation, the
 * opening words of its body; null when it has none of these.
 */
export function cardTitle(card: ReviewCard): string | null {
  if (card.headline) return card.headline;
  if (card.caption) return shorten(card.caption, 40);
  if (card.lede) return shorten(card.lede, 24);
  return null;
}

// Cuts a text to `length` characters at most, marking the cut.
function shorten(text: string, length: number): string {
  const chars = Array.from(text.trim());
  return chars.length <= length
    ? chars.join('')
    : `${chars
        .slice(0, length - 1)
        .join('')
        .trimEnd()}…`;
}

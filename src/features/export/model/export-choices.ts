import type { PageInfo } from '../../../core/analysis-types.ts';
import type { ItemRecord } from '../../../storage/records.ts';

/** A page that can be exported: one that holds something besides page furniture. */
export interface PageChoice {
  /** 1-based page number. */
  number: number;
  /** Its section name, when the page header gives one. */
  section: string | null;
  /** Articles, teasers and photos on it. */
  count: number;
}

/** One article, teaser or photo to pick. */
export interface ArticleChoice {
  /** Its item id. */
  id: string;
  /** Headline, else caption or first words. */
  title: string;
  /** Its record. */
  record: ItemRecord;
}

/** The articles of one page, for a grouped list. */
export interface ArticleGroup {
  /** 1-based page number. */
  page: number;
  /** Its articles, teasers and photos in reading order. */
  choices: ArticleChoice[];
}

/** How an item is named in a list: its headline, else caption, kicker or first words. */
export function itemTitle(record: ItemRecord, max = 48): string {
  const { content } = record;
  const text = (
    content.headline ||
    content.caption ||
    content.kicker ||
    content.body[0]?.text ||
    ''
  ).trim();
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

function readable(items: readonly ItemRecord[]): ItemRecord[] {
  return items
    .filter((record) => record.item.kind !== 'furniture')
    .sort((a, b) => a.order - b.order);
}

/** The pages worth exporting one by one, in page order, with their section names. */
export function pageChoices(
  pages: readonly PageInfo[],
  items: readonly ItemRecord[],
): PageChoice[] {
  const counts = new Map<number, number>();
  for (const record of readable(items)) {
    counts.set(record.item.page, (counts.get(record.item.page) ?? 0) + 1);
  }
  const sections = new Map(pages.map((page) => [page.number, page.section]));
  return [...counts.entries()]
    .sort(([a], [b]) => a - b)
    .map(([number, count]) => ({ number, section: sections.get(number) ?? null, count }));
}

/** The articles, teasers and photos to pick from, grouped by page in reading order. */
export function articleGroups(items: readonly ItemRecord[]): ArticleGroup[] {
  const groups: ArticleGroup[] = [];
  for (const record of readable(items)) {
    let group = groups.find((candidate) => candidate.page === record.item.page);
    if (!group) {
      group = { page: record.item.page, choices: [] };
      groups.push(group);
    }
    group.choices.push({ id: record.id, title: itemTitle(record), record });
  }
  return groups.sort((a, b) => a.page - b.page);
}

/** A file size for people: bytes, kB or MB with one decimal where it helps. */
export function formatFileSize(
  bytes: number,
  locale: string,
): { unit: 'bytes' | 'kB' | 'MB'; count: string } {
  const number = (value: number, digits: number) =>
    new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(value);
  if (bytes < 1000) return { unit: 'bytes', count: number(bytes, 0) };
  if (bytes < 1_000_000) return { unit: 'kB', count: number(bytes / 1000, bytes < 10_000 ? 1 : 0) };
  return { unit: 'MB', count: number(bytes / 1_000_000, 1) };
}

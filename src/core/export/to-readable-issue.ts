import type { ItemKind, Language } from '../analysis-types.ts';
import { cleanText } from './clean-text.ts';
import type { IssueSnapshot, SnapshotItem } from './issue-snapshot.ts';
import { readableItems } from './select-scope.ts';
import type { ExportScope, ScopeSelection } from './select-scope.ts';

/** A body block, cleaned for output. */
export interface ReadableBlock {
  /** Paragraph or crosshead. */
  type: 'paragraph' | 'crosshead';
  /** Its text on one line. */
  text: string;
}

/** One item as the reader's exports (text, Markdown, HTML, DOCX) show it; empty strings are absent. */
export interface ReadableEntry {
  /** Item id. */
  id: string;
  /** What kind of item it is. */
  kind: ItemKind;
  /** Column or section label. */
  section: string;
  /** Kicker above the headline. */
  kicker: string;
  /** Headline. */
  headline: string;
  /** Where a teaser points, as the paper prints it ("见第3版", "See Page 3"). */
  jump: string;
  /** Subtitles and decks. */
  subtitles: string[];
  /** The byline as a line ("作者：王敏", "By John Smith"); photos carry their credit instead. */
  byline: string;
  /** The dateline, unless the first paragraph already opens with it. */
  dateline: string;
  /** Body paragraphs and crossheads, empty ones dropped. */
  body: ReadableBlock[];
  /** A photo's caption. */
  caption: string;
  /** A photo's credit ("贾鹏、米国伟 摄", "Photo: Jane Doe"). */
  credit: string;
}

/** One page of the export with its heading. */
export interface ReadablePage {
  /** Page number. */
  number: number;
  /** The page heading ("第1版 · 要闻", "Page 1 · Sports"). */
  heading: string;
  /** Its items in reading order. */
  entries: ReadableEntry[];
}

/** The part of an issue a reader's export shows, cleaned and labelled in the issue's language. */
export interface ReadableIssue {
  /** What the export covers. */
  scope: ExportScope;
  /** The issue's title. */
  title: string;
  /** The issue's language. */
  language: Language;
  /** Its language tag for HTML and XML (`zh-CN`, `en`). */
  languageTag: string;
  /** Pages in number order, each with at least one entry. */
  pages: ReadablePage[];
}

/** The BCP 47 tag of an issue's language, for `lang`/`xml:lang` attributes. */
export function toLanguageTag(language: Language): string {
  return language === 'zh' ? 'zh-CN' : 'en';
}

/** The heading of a page in the issue's language. */
export function formatPageHeading(
  page: number,
  section: string | null,
  language: Language,
): string {
  const label = language === 'zh' ? `第${page}版` : `Page ${page}`;
  const name = cleanText(section ?? '');
  return name === '' ? label : `${label} · ${name}`;
}

/** The names of a byline as the paper's language lists them. */
export function joinNames(names: readonly string[], language: Language): string {
  if (language === 'zh') return names.join('、');
  if (names.length <= 2) return names.join(' and ');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1] ?? ''}`;
}

function toEntry(record: SnapshotItem, language: Language): ReadableEntry {
  const { content, item } = record;
  const names = content.bylines.map(cleanText).filter((name) => name !== '');
  const body = content.body
    .map((block) => ({ type: block.type, text: cleanText(block.text) }))
    .filter((block) => block.text !== '');
  const dateline = cleanText(content.dateline);
  const firstParagraph = body.find((block) => block.type === 'paragraph')?.text ?? '';
  const isPhoto = item.kind === 'photo';
  const zh = language === 'zh';
  let byline = '';
  let credit = '';
  if (names.length > 0) {
    if (isPhoto)
      credit = zh ? `${joinNames(names, language)} 摄` : `Photo: ${joinNames(names, language)}`;
    else byline = zh ? `作者：${joinNames(names, language)}` : `By ${joinNames(names, language)}`;
  }
  const jump =
    item.kind === 'teaser' && item.jumpPage !== null
      ? zh
        ? `见第${item.jumpPage}版`
        : `See Page ${item.jumpPage}`
      : '';
  return {
    id: record.id,
    kind: item.kind,
    section: cleanText(content.section),
    kicker: cleanText(content.kicker),
    headline: cleanText(content.headline),
    jump,
    subtitles: content.subtitles.map(cleanText).filter((line) => line !== ''),
    byline,
    // Papers print the dateline at the head of the first paragraph; repeating it would read twice.
    dateline: dateline !== '' && !firstParagraph.startsWith(dateline) ? dateline : '',
    body,
    caption: cleanText(content.caption),
    credit,
  };
}

/** Builds what the reader's exports show of a scope: pages with headings and cleaned items. */
export function toReadableIssue(snapshot: IssueSnapshot, selection: ScopeSelection): ReadableIssue {
  const { issue } = snapshot;
  const byPage = new Map<number, ReadableEntry[]>();
  for (const record of readableItems(selection)) {
    const entries = byPage.get(record.item.page) ?? [];
    entries.push(toEntry(record, issue.language));
    byPage.set(record.item.page, entries);
  }
  const pages = [...byPage.entries()]
    .sort(([a], [b]) => a - b)
    .map(([number, entries]) => {
      const section =
        issue.pages.find((page) => page.number === number)?.section ??
        selection.items.find((record) => record.item.page === number)?.item.pageSection ??
        null;
      return { number, heading: formatPageHeading(number, section, issue.language), entries };
    });
  return {
    scope: selection.scope,
    title: cleanText(issue.title),
    language: issue.language,
    languageTag: toLanguageTag(issue.language),
    pages,
  };
}

/** The headline group of an entry as lines: section, kicker, headline with its jump, subtitles, byline, dateline. */
export function headLines(entry: ReadableEntry, language: Language): string[] {
  return [
    entry.section,
    entry.kicker,
    withJump(entry, language),
    ...entry.subtitles,
    entry.byline,
    entry.dateline,
  ].filter((line) => line !== '');
}

/** The headline followed by a teaser's jump, as the paper prints it. */
export function withJump(entry: ReadableEntry, language: Language): string {
  if (entry.jump === '') return entry.headline;
  if (language === 'zh') return `${entry.headline}（${entry.jump}）`;
  return entry.headline === '' ? `(${entry.jump})` : `${entry.headline} (${entry.jump})`;
}

/** A photo's caption and credit on one line. */
export function captionLine(entry: ReadableEntry, language: Language): string {
  if (entry.caption === '' && entry.credit === '') return '';
  if (entry.credit === '') return entry.caption;
  if (language === 'zh') return `${entry.caption}（${entry.credit}）`;
  return entry.caption === '' ? `(${entry.credit})` : `${entry.caption} (${entry.credit})`;
}

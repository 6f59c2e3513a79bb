import type { Analysis, Item, PageInfo } from '../analysis-types.ts';
import { proofreadIssue } from '../proofread/proofread-issue.ts';
import type { ProofreadingResources } from '../proofread/proofreading-resources.ts';
import { buildItem } from './build-item.ts';
import { buildUnits, mendColumnBreaks } from './build-units.ts';
import { detectArticleSplits } from './detect-article-splits.ts';
import { detectLanguage, detectLayout } from './detect-layout.ts';
import { matchFurniture } from './line-patterns.ts';
import { readSourceLines, type SourceLine } from './read-source-lines.ts';
import { repairEnglishHeadline } from './repair-english-headline.ts';

/** Options for {@link analyzeIssue}. */
export interface AnalyzeOptions {
  /** Dictionaries for the proofreading detectors; without them only dictionary-free detectors run. */
  proofreading?: ProofreadingResources;
}

/** Works out the pages: form feeds start pages, page headers (第2版 要闻) name them. */
export function detectPages(lines: readonly SourceLine[]): PageInfo[] {
  const pages: PageInfo[] = [];
  for (const line of lines) {
    let page = pages[pages.length - 1];
    if (!page || line.page !== pages.length) {
      page = { number: line.page, section: null, startLine: line.number };
      pages.push(page);
    }
    if (line.blank) continue;
    const furniture = matchFurniture(line.folded);
    if (furniture?.kind === 'page-header') {
      if (furniture.page !== null) page.number = furniture.page;
      if (furniture.section) page.section = furniture.section;
    }
  }
  return pages;
}

/** Splits an issue's decoded text into items and flags its OCR faults. Never throws. */
export function analyzeIssue(text: string, options: AnalyzeOptions = {}): Analysis {
  const lines = readSourceLines(text);
  const language = detectLanguage(text);
  const layout = detectLayout(lines, language);
  const units = mendColumnBreaks(buildUnits(lines, layout), layout);
  const drafts = detectArticleSplits(units, layout);
  const pages = detectPages(lines);
  const pageOf = (lineNumber: number) => {
    const ordinal = lines[lineNumber - 1]?.page ?? 1;
    const page = pages[ordinal - 1];
    return { number: page?.number ?? ordinal, section: page?.section ?? null };
  };
  const wordCounts = countHyphenForms(lines);
  const keepHyphen = (joined: string, hyphenated: string) =>
    (wordCounts.get(hyphenated.toLowerCase()) ?? 0) > (wordCounts.get(joined.toLowerCase()) ?? 0);
  const items: Item[] = drafts
    .filter((draft) => draft.units.length > 0)
    .map((draft) => buildItem(draft, layout, pageOf, keepHyphen))
    .sort((a, b) => a.startLine - b.startLine);
  const isEnWord = options.proofreading?.isEnWord;
  if (language === 'en' && isEnWord) for (const item of items) repairHeadline(item, isEnWord);
  const flags = proofreadIssue(
    {
      lines: lines.map((line) => line.raw),
      items,
      language,
      // Joins across a blank line that the engine was not sure of become broken-paragraph hints.
      uncertainJoins: units.flatMap((unit) => unit.joins).filter((join) => join.confidence < 0.75),
    },
    options.proofreading ?? {},
  );
  return { language, items, flags, pages, lineCount: lines.length };
}

// How often each form of the words broken by a line-end hyphen occurs, to keep hyphens that belong to a word.
function countHyphenForms(lines: readonly SourceLine[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i + 1 < lines.length; i++) {
    const text = lines[i]?.text ?? '';
    if (!text.endsWith('-')) continue;
    const head = /([A-Za-z]+)-$/.exec(text.slice(-40))?.[1];
    const tail = /^[a-z]+/.exec(lines[i + 1]?.text ?? '')?.[0];
    if (!head || !tail) continue;
    counts.set(`${head}${tail}`.toLowerCase(), 0);
    counts.set(`${head}-${tail}`.toLowerCase(), 0);
  }
  if (counts.size === 0) return counts;
  for (const line of lines) {
    if (line.blank) continue;
    for (const match of line.text.matchAll(/[A-Za-z]+(?:-[A-Za-z]+)*/g)) {
      const word = match[0].toLowerCase();
      const count = counts.get(word);
      if (count !== undefined) counts.set(word, count + 1);
    }
  }
  return counts;
}

// Misread headline words are put right from the article's own words; the reasons say what changed.
function repairHeadline(item: Item, isEnWord: (word: string) => boolean): void {
  if (item.kind === 'furniture' || item.headline === null) return;
  const articleText = [
    ...item.subtitles,
    ...item.paragraphs.map((paragraph) => paragraph.text),
    item.caption ?? '',
  ].join(' ');
  const repair = repairEnglishHeadline(item.headline, articleText, isEnWord);
  if (!repair) return;
  item.headline = repair.headline;
  const changes = repair.changes.map((change) => `${change.from} → ${change.to}`).join(', ');
  item.reasons.push(`headline OCR repaired from the article's own words: ${changes}`);
}

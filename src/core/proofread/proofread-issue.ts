import type { Flag, Item, Language } from '../analysis-types.ts';
import { detectBrokenParagraph } from './detect-broken-paragraph.ts';
import { detectDroppedReduplication } from './detect-dropped-reduplication.ts';
import { detectDuplicatedWord } from './detect-duplicated-word.ts';
import { detectEnglishLookalike } from './detect-english-lookalike.ts';
import { detectHyphenation } from './detect-hyphenation.ts';
import { detectPunctuationWidth } from './detect-punctuation-width.ts';
import { detectSimilarShape } from './detect-similar-shape.ts';
import { detectStrayLatin } from './detect-stray-latin.ts';
import { compareFlags, isHanCode } from './flag-utils.ts';
import { buildProofreadLines, type ProofreadLine } from './proofread-line.ts';
import type { ProofreadingResources } from './proofreading-resources.ts';

/** What the proofreader needs from the analysis of one issue. */
export interface ProofreadInput {
  /** Source lines, index 0 = line 1 (`text.split(/\r?\n/)`). */
  lines: string[];
  /** Items from the segmentation engine; empty means every line is body text. */
  items: Item[];
  /** The issue's language. */
  language: Language;
  /** Paragraph joins the engine was unsure about, for broken-paragraph hints. */
  uncertainJoins?: { fromLine: number; toLine: number; confidence: number }[];
}

type Detector = (
  lines: readonly ProofreadLine[],
  resources: ProofreadingResources,
  language: Language,
) => Flag[];

/** Every language's detectors, in the order their flags win when two cover the same text. */
const DETECTORS: readonly Detector[] = [
  detectDuplicatedWord,
  (lines, _resources, language) => detectStrayLatin(lines, language),
  detectDroppedReduplication,
  detectSimilarShape,
  (lines, _resources, language) => detectPunctuationWidth(lines, language),
  detectHyphenation,
  detectEnglishLookalike,
];

/** Lower-case English words; a Chinese issue's Latin-only line needs a few to count as English prose. */
const ENGLISH_WORD = /\b[a-z]{2,}\b/g;

/**
 * The language a line is written in: Chinese when it holds Chinese characters, English when it
 * holds Latin letters and none, the issue's language otherwise. A Chinese issue may print an
 * English quotation and an English one a Chinese name; each line gets its own detectors. In a
 * Chinese issue a Latin-only line counts as English only when it reads as prose (GDP, a name or
 * a URL on its own line stays with the issue's detectors, which leave it alone).
 */
function lineLanguage(text: string, fallback: Language): Language {
  let han = 0;
  let latin = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isHanCode(code) && ++han >= 2) return 'zh';
    if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122)) latin = true;
  }
  if (han > 0 && fallback === 'zh') return 'zh';
  if (!latin) return fallback;
  if (fallback === 'en') return 'en';
  return (text.match(ENGLISH_WORD) ?? []).length >= 4 ? 'en' : 'zh';
}

function overlaps(a: Flag, b: Flag): boolean {
  return a.line === b.line && a.column < b.column + b.length && b.column < a.column + a.length;
}

/** Keeps the first flag of each overlapping group, in detector order. */
function dropOverlaps(flags: readonly Flag[]): Flag[] {
  const kept: Flag[] = [];
  const byLine = new Map<number, Flag[]>();
  for (const flag of flags) {
    const sameLine = byLine.get(flag.line) ?? [];
    if (sameLine.some((other) => overlaps(other, flag))) continue;
    sameLine.push(flag);
    byLine.set(flag.line, sameLine);
    kept.push(flag);
  }
  return kept;
}

/**
 * Runs every OCR-fault detector over an issue and returns their flags sorted by line and column;
 * where two detectors flag the same text the stronger kind wins. Never throws: a detector that
 * fails contributes nothing.
 */
export function proofreadIssue(input: ProofreadInput, resources: ProofreadingResources): Flag[] {
  let lines: ProofreadLine[];
  try {
    lines = buildProofreadLines(input.lines, input.items);
  } catch {
    return [];
  }
  const byLanguage: Record<Language, ProofreadLine[]> = { zh: [], en: [] };
  for (const line of lines) byLanguage[lineLanguage(line.text, input.language)].push(line);
  const all: Flag[] = [];
  const run = (detect: () => Flag[]): void => {
    try {
      all.push(...detect());
    } catch {
      // A failing detector stays silent rather than taking the analysis down.
    }
  };
  for (const detector of DETECTORS) {
    for (const language of ['zh', 'en'] as const) {
      if (byLanguage[language].length > 0)
        run(() => detector(byLanguage[language], resources, language));
    }
  }
  run(() => detectBrokenParagraph(lines, input.uncertainJoins ?? []));
  const valid = all.filter(
    (flag) =>
      flag.length > 0 &&
      input.lines[flag.line - 1]?.slice(flag.column, flag.column + flag.length) === flag.text,
  );
  return dropOverlaps(valid).sort(compareFlags);
}

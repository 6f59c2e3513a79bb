import type { Flag, Language } from '../analysis-types.ts';
import { compareFlags, isAllHan, isHanCode, makeFlag } from './flag-utils.ts';
import { codeAround, type LineContext, withContext } from './line-context.ts';
import type { ProofreadLine } from './proofread-line.ts';
import type { ProofreadingResources } from './proofreading-resources.ts';
import {
  segmentBatch,
  tokenAt,
  tokenBoundaries,
  ZhBigramCache,
  zhBigramCacheFor,
} from './segment-batch.ts';
import {
  isUnlikelySwap,
  LISTED_MISREADS,
  SHAPE_CONFUSIONS,
  SURNAME_CHARS,
} from './shape-confusions.ts';

/** How many characters on each side of the suspect are segmented with it (a 4-character word fits). */
const REACH = 3;

/** Longest word a swap may complete. */
const MAX_WORD = 4;

interface Swap {
  line: ProofreadLine;
  /** Offset of the suspect character in the line. */
  column: number;
  /** The look-alike it may stand for. */
  partner: string;
  /** The window around the suspect, as printed. */
  original: string;
  /** The same window with the look-alike in place. */
  swapped: string;
  /** Offset of the suspect in the window. */
  position: number;
}

interface Hit extends Swap {
  /** The word the swap completes, as [start, end) in the window. */
  word: [number, number];
}

/** Marks the UTF-16 code units of the characters in the confusion list, for a fast scan. */
const SUSPECT_CODES = (() => {
  const marks = new Uint8Array(0x10000);
  for (const char of SHAPE_CONFUSIONS.keys()) marks[char.charCodeAt(0)] = 1;
  return marks;
})();

/**
 * Calls `visit` with the offset of each character of the confusion list in the line that has a
 * Chinese neighbour (across the line break too) to form a word with. No objects per character.
 */
function forEachSuspect(line: ProofreadLine, visit: (column: number) => void): void {
  const { text } = line;
  for (let column = 0; column < text.length; column++) {
    if (SUSPECT_CODES[text.charCodeAt(column)] !== 1) continue;
    if (isHanCode(codeAround(line, column - 1)) || isHanCode(codeAround(line, column + 1))) {
      visit(column);
    }
  }
}

/** Key of the pair a character makes with its left neighbour (0: none that is Chinese). */
function leftKey(line: ProofreadLine, column: number, code: number): number {
  const left = codeAround(line, column - 1);
  return isHanCode(left) ? ZhBigramCache.key(left, code) : 0;
}

/** Key of the pair a character makes with its right neighbour (0: none that is Chinese). */
function rightKey(line: ProofreadLine, column: number, code: number): number {
  const right = codeAround(line, column + 1);
  return isHanCode(right) ? ZhBigramCache.key(code, right) : 0;
}

/**
 * A swap is worth segmenting when the look-alike makes a two-character word with a neighbour,
 * or when the printed character makes none (太中城市: neither 个太 nor 太中 is a word, so the
 * longer word 大中城市 may be what was meant). A printed character already in a word with its
 * neighbour is taken as read. The pairs are looked up in one batch first, then the lines are
 * scanned again to build the few swaps that pass.
 */
function collectSwaps(lines: readonly ProofreadLine[], pairs: ZhBigramCache): Swap[] {
  const wanted = new Set<number>();
  const want = (key: number): void => {
    if (key !== 0 && !pairs.has(key)) wanted.add(key);
  };
  for (const line of lines) {
    forEachSuspect(line, (column) => {
      const code = line.text.charCodeAt(column);
      want(leftKey(line, column, code));
      want(rightKey(line, column, code));
      for (const partner of SHAPE_CONFUSIONS.get(line.text.charAt(column)) ?? []) {
        const swapped = partner.charCodeAt(0);
        want(leftKey(line, column, swapped));
        want(rightKey(line, column, swapped));
      }
    });
  }
  pairs.prefetch(wanted);
  const swaps: Swap[] = [];
  for (const line of lines) {
    let context: LineContext | undefined;
    forEachSuspect(line, (column) => {
      const char = line.text.charAt(column);
      const code = line.text.charCodeAt(column);
      const printedAlone =
        !pairs.isWord(leftKey(line, column, code)) && !pairs.isWord(rightKey(line, column, code));
      let original: string | undefined;
      let position = 0;
      for (const partner of SHAPE_CONFUSIONS.get(char) ?? []) {
        const swappedCode = partner.charCodeAt(0);
        const makesWord =
          pairs.isWord(leftKey(line, column, swappedCode)) ||
          pairs.isWord(rightKey(line, column, swappedCode));
        if (!printedAlone && !makesWord) continue;
        const before = String.fromCharCode(codeAround(line, column - 1));
        const after = String.fromCharCode(codeAround(line, column + 1));
        if (isUnlikelySwap(char, partner, before, after)) continue;
        if (original === undefined) {
          context ??= withContext(line, REACH);
          const at = context.offset + column;
          const start = Math.max(0, at - REACH);
          original = context.text.slice(start, Math.min(context.text.length, at + REACH + 1));
          position = at - start;
        }
        const swapped = original.slice(0, position) + partner + original.slice(position + 1);
        swaps.push({ line, column, partner, original, swapped, position });
      }
    });
  }
  return swaps;
}

/** A swap counts when the look-alike sits inside a 2–4 character word of the swapped window. */
function findHit(swap: Swap, tokens: readonly string[]): Hit | null {
  const word = tokenAt(tokens, swap.position);
  if (!word) return null;
  const length = word[1] - word[0];
  if (length < 2 || length > MAX_WORD) return null;
  if (!isAllHan(swap.swapped.slice(word[0], word[1]))) return null;
  return { ...swap, word };
}

/**
 * The printed text must read badly where the swap reads well: the suspect stands alone as a
 * one-character word, the completed word is made of whole printed words (it steals no
 * character from a word the text already has), and the printed span is no word itself.
 */
function isConfirmed(
  hit: Hit,
  original: readonly string[],
  resources: ProofreadingResources,
): boolean {
  const boundaries = new Set(tokenBoundaries(original));
  const [start, end] = hit.word;
  if (!boundaries.has(hit.position) || !boundaries.has(hit.position + 1)) return false;
  if (!boundaries.has(start) || !boundaries.has(end)) return false;
  const printed = hit.original.slice(start, end);
  if (resources.isZhWord?.(printed)) return false;
  const char = hit.original[hit.position] ?? '';
  // A surname opening the word is most likely a name (王力, 田中), not a misread.
  return !(SURNAME_CHARS.has(char) && start === hit.position);
}

/** Any of the listed misreads. */
const LISTED_PATTERN = new RegExp([...LISTED_MISREADS.keys()].join('|'), 'g');

/**
 * Flags the misreads that word lists took in as words (自已 → 自己), unless two words of the
 * segmentation meet inside them: 自已 in 来自已经 is 来自 + 已经 and stays.
 */
function findListedMisreads(
  lines: readonly ProofreadLine[],
  segmentZh: (text: string) => string[],
): Flag[] {
  const found: { line: ProofreadLine; at: number; printed: string; meant: string }[] = [];
  const windows: string[] = [];
  for (const line of lines) {
    for (const match of line.text.matchAll(LISTED_PATTERN)) {
      const printed = match[0];
      const meant = LISTED_MISREADS.get(printed) ?? printed;
      const at = match.index;
      const context = withContext(line, REACH);
      const start = context.offset + at;
      windows.push(context.text.slice(Math.max(0, start - REACH), start + printed.length + REACH));
      found.push({ line, at, printed, meant });
    }
  }
  if (found.length === 0) return [];
  const segmented = segmentBatch(windows, segmentZh);
  const flags: Flag[] = [];
  found.forEach(({ line, at, printed, meant }, index) => {
    const context = withContext(line, REACH);
    const start = Math.min(REACH, context.offset + at);
    const tokens = segmented[index] ?? [];
    const end = start + printed.length;
    const before = tokenAt(tokens, start);
    const after = tokenAt(tokens, end - 1);
    // Two words meeting inside the listed form (来自 + 已经) are no misread.
    if (before && after && before[0] < start && after[1] > end && before[1] === after[0]) return;
    const offset = Array.from(printed).findIndex((char, i) => char !== meant[i]);
    flags.push(
      makeFlag(line, {
        column: at + offset,
        length: 1,
        type: 'similar-shape',
        suggestion: meant.charAt(offset),
        confidence: 0.85,
        message: `"${printed}" is a common misread of "${meant}"`,
      }),
    );
  });
  return flags;
}

/**
 * Flags a Chinese character that OCR probably misread for a look-alike (他入 → 他人, 去手 → 去年,
 * 太中城市 → 大中城市): swapping it for a curated shape partner completes a dictionary word that
 * the printed text lacks. Needs the word segmenter; silent without it.
 */
export function detectSimilarShape(
  lines: readonly ProofreadLine[],
  resources: ProofreadingResources,
  language: Language,
): Flag[] {
  const { segmentZh } = resources;
  if (language !== 'zh' || !segmentZh) return [];
  const swaps = collectSwaps(lines, zhBigramCacheFor(segmentZh));
  if (swaps.length === 0) return findListedMisreads(lines, segmentZh);
  const swappedTokens = segmentBatch(
    swaps.map((swap) => swap.swapped),
    segmentZh,
  );
  const hits: Hit[] = [];
  swaps.forEach((swap, index) => {
    const hit = findHit(swap, swappedTokens[index] ?? []);
    if (hit) hits.push(hit);
  });
  if (hits.length === 0) return findListedMisreads(lines, segmentZh);
  const originals = [...new Set(hits.map((hit) => hit.original))];
  const originalTokens = new Map<string, string[]>();
  segmentBatch(originals, segmentZh).forEach((tokens, index) => {
    originalTokens.set(originals[index] ?? '', tokens);
  });
  const flags: Flag[] = findListedMisreads(lines, segmentZh);
  const flagged = new Set<string>(flags.map((flag) => `${flag.line}:${flag.column}`));
  for (const hit of hits) {
    const key = `${hit.line.line}:${hit.column}`;
    if (flagged.has(key)) continue;
    if (!isConfirmed(hit, originalTokens.get(hit.original) ?? [], resources)) continue;
    flagged.add(key);
    const printed = hit.original.slice(hit.word[0], hit.word[1]);
    const meant = hit.swapped.slice(hit.word[0], hit.word[1]);
    flags.push(
      makeFlag(hit.line, {
        column: hit.column,
        length: 1,
        type: 'similar-shape',
        suggestion: hit.partner,
        confidence: meant.length >= 3 ? 0.8 : 0.7,
        message: `"${printed}" is no word; "${meant}" is: ${hit.original[hit.position] ?? ''} looks like ${hit.partner}`,
      }),
    );
  }
  return flags.sort(compareFlags);
}

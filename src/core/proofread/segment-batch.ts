/**
 * Joins the windows of a batch. jieba starts a new block at every character outside its word
 * pattern, and each block has a fixed cost, so the separator is one it keeps inside a block yet
 * never joins into a word; the same character inside a window is blanked so it cannot split it.
 */
const SEPARATOR = '&';
const UNSAFE = /[&\n\r]/g;
const HAS_UNSAFE = /[&\n\r]/;

/**
 * Segments many short windows with one call to the segmenter, which costs far less than one call
 * each, and splits the words back per window. If the segmenter does not give a window back, that
 * window falls back to single characters, which no detector reads as a word.
 */
export function segmentBatch(
  windows: readonly string[],
  segmentZh: (text: string) => string[],
): string[][] {
  if (windows.length === 0) return [];
  let tokens: string[];
  try {
    tokens = segmentZh(windows.map((window) => window.replace(UNSAFE, ' ')).join(SEPARATOR));
  } catch {
    return windows.map((window) => Array.from(window));
  }
  const result: string[][] = [];
  let current: string[] = [];
  let length = 0;
  const close = (): void => {
    const window = windows[result.length] ?? '';
    // A window the segmenter did not give back whole falls back to single characters.
    if (length !== window.length) {
      result.push(Array.from(window));
    } else if (!HAS_UNSAFE.test(window)) {
      result.push(current);
    } else {
      // Give the window's own characters back where a separator-like one was blanked.
      let offset = 0;
      result.push(
        current.map((piece) => {
          const original = window.slice(offset, offset + piece.length);
          offset += piece.length;
          return original;
        }),
      );
    }
    current = [];
    length = 0;
  };
  for (const token of tokens) {
    if (!token.includes(SEPARATOR)) {
      current.push(token);
      length += token.length;
      continue;
    }
    token.split(SEPARATOR).forEach((part, index) => {
      if (index > 0) close();
      if (part.length > 0) {
        current.push(part);
        length += part.length;
      }
    });
  }
  close();
  if (result.length !== windows.length) return windows.map((window) => Array.from(window));
  return result;
}

/** Offsets where the tokens meet, from 0 to the full length, in order. */
export function tokenBoundaries(tokens: readonly string[]): number[] {
  const boundaries = [0];
  let offset = 0;
  for (const token of tokens) {
    offset += token.length;
    boundaries.push(offset);
  }
  return boundaries;
}

/** The token covering `offset`, as [start, end) offsets, or null past the end. */
export function tokenAt(tokens: readonly string[], offset: number): [number, number] | null {
  let start = 0;
  for (const token of tokens) {
    const end = start + token.length;
    if (offset >= start && offset < end) return [start, end];
    start = end;
  }
  return null;
}

const HAN_BASE = 0x3400;
const HAN_SPAN = 0xa000 - HAN_BASE;

/**
 * Answers "are these two characters one dictionary word?" for many pairs at once, keyed by their
 * UTF-16 code units so the hot loop builds no strings: the pairs not yet known are segmented
 * together in one call, and the answers are kept for the next line or issue.
 */
export class ZhBigramCache {
  private readonly known = new Map<number, boolean>();

  constructor(private readonly segmentZh: (text: string) => string[]) {}

  /**
   * The key of a pair of CJK characters (U+3400–U+9FFF), small enough to stay a small integer
   * in the engine (hashing those is several times faster); 0 for characters outside the range.
   */
  static key(first: number, second: number): number {
    const a = first - HAN_BASE;
    const b = second - HAN_BASE;
    if (a < 0 || b < 0 || a >= HAN_SPAN || b >= HAN_SPAN) return 0;
    return a * HAN_SPAN + b + 1;
  }

  /** True when the pair's answer is already known. */
  has(key: number): boolean {
    return this.known.has(key);
  }

  /** Looks up every pair not yet known, in one segmenter call. */
  prefetch(keys: Iterable<number>): void {
    const missing = new Set<number>();
    for (const key of keys) if (key !== 0 && !this.known.has(key)) missing.add(key);
    if (missing.size === 0) return;
    if (this.known.size + missing.size > 1_000_000) this.known.clear();
    const list = [...missing];
    const words = list.map((key) =>
      String.fromCharCode(
        HAN_BASE + Math.floor((key - 1) / HAN_SPAN),
        HAN_BASE + ((key - 1) % HAN_SPAN),
      ),
    );
    segmentBatch(words, this.segmentZh).forEach((tokens, index) => {
      this.known.set(list[index] ?? 0, tokens.length === 1);
    });
  }

  /** True when the pair came back from the segmenter in one piece (prefetch it first). */
  isWord(key: number): boolean {
    if (key === 0) return false;
    let answer = this.known.get(key);
    if (answer === undefined) {
      this.prefetch([key]);
      answer = this.known.get(key) ?? false;
    }
    return answer;
  }
}

const bigramCaches = new WeakMap<(text: string) => string[], ZhBigramCache>();

/** The shared bigram cache of a segmenter, so answers outlive one call of a detector. */
export function zhBigramCacheFor(segmentZh: (text: string) => string[]): ZhBigramCache {
  let cache = bigramCaches.get(segmentZh);
  if (!cache) {
    cache = new ZhBigramCache(segmentZh);
    bigramCaches.set(segmentZh, cache);
  }
  return cache;
}

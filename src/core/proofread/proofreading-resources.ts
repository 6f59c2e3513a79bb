/**
 * Dictionaries the proofreader consults. The platform provides them (Node in the CLI, lazy
 * loads in the browser), so the core stays free of I/O; every member is optional and a
 * detector that lacks its dictionary simply stays silent.
 */
export interface ProofreadingResources {
  /** True when the string is a known Chinese word (e.g. backed by jieba's dictionary). */
  isZhWord?: (word: string) => boolean;
  /**
   * Splits a Chinese run into words (e.g. jieba's cut, or Intl.Segmenter line by line). The
   * words joined must give the input back; the proofreader only calls it on short windows.
   */
  segmentZh?: (text: string) => string[];
  /** True when the string is a correctly spelled English word (e.g. nspell + dictionary-en). */
  isEnWord?: (word: string) => boolean;
  /**
   * Every word form the English dictionary knows, for indexing look-alike candidates; forms it
   * lists but `isEnWord` rejects are skipped by the caller. Optional: without it the look-alike
   * search tries single swaps only.
   */
  listEnWords?: () => Iterable<string>;
}

/** The raw engines a platform hands to {@link createProofreadingResources}. */
export interface ProofreadingEngines {
  /** Dictionary-only word segmentation (jieba's `cut(text, false)`): the pieces join to the input. */
  cutZh?: (text: string) => string[];
  /**
   * A second opinion on whether a Chinese string is one word (e.g. `Intl.Segmenter`): a string
   * either dictionary knows counts as a word, which closes gaps in jieba's dictionary (上手, 太多).
   */
  isZhWordElsewhere?: (word: string) => boolean;
  /** Spell check of one English word (nspell's `correct`). */
  spellEn?: (word: string) => boolean;
  /** Every word form the English dictionary knows (see {@link wordsFromNspell}). */
  listEnWords?: () => Iterable<string>;
}

/** Wraps an `Intl.Segmenter`-like word segmenter into a one-word test. */
export function isOneSegment(segmenter: {
  segment(text: string): Iterable<{ segment: string }>;
}): (word: string) => boolean {
  return (word) => {
    for (const piece of segmenter.segment(word)) return piece.segment === word;
    return false;
  };
}

/** The parts of an nspell instance the proofreader uses (structural, so the core imports no nspell). */
export interface NspellLike {
  /** nspell's own check. */
  correct(word: string): boolean;
  /** nspell's table of every known form (stems with their affixed forms); internal, may be absent. */
  data?: unknown;
}

/**
 * Wraps an nspell instance in a fast check: nspell only accepts a word whose exact, sentence-case
 * or lower-case form is in its table of forms (or, with digits, matches its ordinal rules), so a
 * word none of whose forms is there is rejected with a few hash look-ups instead of a full check.
 * Looking up OCR look-alike candidates needs thousands of such rejections per page.
 */
export function spellFromNspell(spell: NspellLike): (word: string) => boolean {
  const table = typeof spell.data === 'object' && spell.data !== null ? spell.data : null;
  if (!table) return (word) => spell.correct(word);
  return (word) => {
    if (!/\d/.test(word)) {
      const normal = word.trim().replace(/\u2019/g, "'");
      const lower = normal.toLowerCase();
      const sentence = normal.charAt(0) + normal.slice(1).toLowerCase();
      if (!(normal in table) && !(lower in table) && !(sentence in table)) return false;
    }
    return spell.correct(word);
  };
}

/** The word forms in an nspell instance's table (stems and their affixed forms), or none. */
export function wordsFromNspell(spell: NspellLike): string[] {
  return typeof spell.data === 'object' && spell.data !== null ? Object.keys(spell.data) : [];
}

/** Largest number of answers each cache keeps before it starts over. */
const CACHE_LIMIT = 200_000;

/** Remembers a function's answers for repeated strings, so a dictionary is asked once per word. */
function memoize<T>(compute: (key: string) => T): (key: string) => T {
  let cache = new Map<string, T>();
  return (key) => {
    const known = cache.get(key);
    if (known !== undefined) return known;
    const value = compute(key);
    if (cache.size >= CACHE_LIMIT) cache = new Map();
    cache.set(key, value);
    return value;
  };
}

/**
 * Builds the proofreading resources from a platform's engines: answers are cached, and a
 * Chinese string counts as a word when the dictionary segmentation keeps it in one piece.
 * Engines that throw are treated as silent (no word, no split).
 */
export function createProofreadingResources(engines: ProofreadingEngines): ProofreadingResources {
  const resources: ProofreadingResources = {};
  const { cutZh, isZhWordElsewhere, spellEn, listEnWords } = engines;
  if (cutZh) {
    const segment = (text: string): string[] => {
      try {
        return cutZh(text);
      } catch {
        return Array.from(text);
      }
    };
    resources.segmentZh = segment;
    resources.isZhWord = memoize((word) => {
      if (word.length === 0) return false;
      const pieces = segment(word);
      if (pieces.length === 1 && pieces[0] === word) return true;
      try {
        return isZhWordElsewhere?.(word) ?? false;
      } catch {
        return false;
      }
    });
  }
  if (spellEn) {
    // Only known words are remembered: look-alike searches ask about thousands of non-words,
    // which a fast spell check rejects cheaply and which would crowd the known words out.
    const known = new Set<string>();
    resources.isEnWord = (word) => {
      if (known.has(word)) return true;
      let correct: boolean;
      try {
        correct = spellEn(word);
      } catch {
        correct = false;
      }
      if (correct) {
        if (known.size >= CACHE_LIMIT) known.clear();
        known.add(word);
      }
      return correct;
    };
  }
  if (listEnWords) {
    resources.listEnWords = () => {
      try {
        return listEnWords();
      } catch {
        return [];
      }
    };
  }
  return resources;
}

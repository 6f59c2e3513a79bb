/**
 * How OCR misreads English words, for the look-alike detector: the letter groups a scanner reads
 * for one another, the cost of a misread (a weighted edit distance), and an index of the
 * dictionary by look-alike skeleton, so the words a garbled word may stand for are found with one
 * look-up instead of thousands of trial swaps.
 */
import type { ProofreadingResources } from './proofreading-resources.ts';

/**
 * Letter groups OCR reads for one another, as [printed, meant], most frequent first: rn/m, cl/d,
 * li/h, tb/th, ii/u, the round letters c/e/o, the thin strokes l/i/t/f, u/n, b/h.
 */
const LOOKALIKES: readonly (readonly [string, string])[] = [
  ['rn', 'm'],
  ['m', 'rn'],
  ['cl', 'd'],
  ['d', 'cl'],
  ['li', 'h'],
  ['h', 'li'],
  ['tb', 'th'],
  ['ii', 'u'],
  ['ii', 'n'],
  ['in', 'm'],
  ['ni', 'm'],
  ['vv', 'w'],
  ['c', 'e'],
  ['e', 'c'],
  ['o', 'e'],
  ['e', 'o'],
  ['u', 'n'],
  ['n', 'u'],
  ['l', 'i'],
  ['i', 'l'],
  ['I', 'l'],
  ['I', 'i'],
  ['l', 't'],
  ['t', 'l'],
  ['f', 't'],
  ['t', 'f'],
  ['b', 'h'],
  ['h', 'b'],
];

/** Dictionary words that in OCR text are nearly always a misread of another word. */
export const REAL_WORD_SLIPS: ReadonlyMap<string, string> = new Map([
  ['tho', 'the'],
  ['Tho', 'The'],
  ['ho', 'he'],
]);

function replaceAt(word: string, index: number, from: string, to: string): string {
  return word.slice(0, index) + to + word.slice(index + from.length);
}

function singleSwaps(word: string): string[] {
  const out: string[] = [];
  for (const [from, to] of LOOKALIKES) {
    for (let i = word.indexOf(from); i >= 0; i = word.indexOf(from, i + 1)) {
      out.push(replaceAt(word, i, from, to));
    }
  }
  return out;
}

/**
 * Look-alike classes: letters OCR reads for one another share a spelling here, so a misread
 * word and the word meant share a skeleton (tlio and the are both "iiio"). The round letters
 * c e o are one class, the thin strokes i l t f r another (rn reads as m); u n h b read as two thin strokes, m as
 * three, w as vv and d as cl.
 */
const SKELETON: Readonly<Record<string, string>> = {
  c: 'o',
  e: 'o',
  o: 'o',
  '0': 'o',
  i: 'i',
  l: 'i',
  t: 'i',
  f: 'i',
  r: 'i',
  '1': 'i',
  u: 'ii',
  n: 'ii',
  h: 'ii',
  b: 'ii',
  m: 'iii',
  w: 'vv',
  d: 'oi',
  '5': 's',
};

/** SKELETON by character code for ASCII, with upper case folded; '' marks a character no word has. */
const SKELETON_BY_CODE: readonly string[] = Array.from({ length: 128 }, (_, code) => {
  const char = String.fromCharCode(code).toLowerCase();
  if (/[a-z0-9']/.test(char)) return SKELETON[char] ?? char;
  return '';
});

/** The look-alike skeleton of a word, or '' when it holds characters outside letters, digits and '. */
export function skeleton(word: string): string {
  let out = '';
  for (let i = 0; i < word.length; i++) {
    const piece = SKELETON_BY_CODE[word.charCodeAt(i)];
    if (!piece) return '';
    out += piece;
  }
  return out;
}

/** A number standing for the skeleton (0 when there is none), cheap to compute for a whole dictionary. */
function skeletonHash(word: string): number {
  let hash = 17;
  for (let i = 0; i < word.length; i++) {
    const piece = SKELETON_BY_CODE[word.charCodeAt(i)];
    if (!piece) return 0;
    for (let j = 0; j < piece.length; j++) hash = (Math.imul(hash, 31) + piece.charCodeAt(j)) | 0;
  }
  return hash === 0 ? 1 : hash;
}

/** What reading one letter group for another costs: common OCR confusions are cheap. */
const SWAP_COST: ReadonlyMap<string, number> = new Map([
  ['li>h', 0.3],
  ['h>li', 0.3],
  ['rn>m', 0.3],
  ['m>rn', 0.3],
  ['in>m', 0.35],
  ['ni>m', 0.35],
  ['cl>d', 0.3],
  ['d>cl', 0.3],
  ['ii>u', 0.3],
  ['ii>n', 0.3],
  ['vv>w', 0.3],
  ['b>h', 0.4],
  ['h>b', 0.4],
  ['u>n', 0.3],
  ['n>u', 0.3],
  ['c>e', 0.3],
  ['e>c', 0.3],
  ['o>e', 0.3],
  ['e>o', 0.3],
  ['c>o', 0.4],
  ['o>c', 0.4],
  ['l>i', 0.3],
  ['i>l', 0.3],
  ['l>t', 0.4],
  ['t>l', 0.4],
  ['i>t', 0.7],
  ['t>i', 0.7],
  ['f>t', 0.4],
  ['t>f', 0.4],
  ['0>o', 0.2],
  ['1>l', 0.2],
  ['1>i', 0.3],
  ['5>s', 0.3],
]);

/** SWAP_COST's rules by the first character of the printed group, for the cost table. */
const SWAP_RULES: ReadonlyMap<string, readonly { from: string; to: string; cost: number }[]> =
  (() => {
    const rules = new Map<string, { from: string; to: string; cost: number }[]>();
    for (const [key, cost] of SWAP_COST) {
      const [from = '', to = ''] = key.split('>');
      const list = rules.get(from.charAt(0)) ?? [];
      list.push({ from, to, cost });
      rules.set(from.charAt(0), list);
    }
    return rules;
  })();

/**
 * Cost of reading `meant` as `printed`, with the OCR confusions of SWAP_COST cheap and any other
 * substitution, insertion or deletion at 1 (a weighted edit distance, lower case).
 */
export function misreadCost(printed: string, meant: string): number {
  const cols = meant.length + 1;
  const cost = new Float64Array((printed.length + 1) * cols).fill(Infinity);
  cost[0] = 0;
  const relax = (at: number, value: number): void => {
    if (value < (cost[at] ?? Infinity)) cost[at] = value;
  };
  for (let i = 0; i <= printed.length; i++) {
    const rules = i < printed.length ? SWAP_RULES.get(printed.charAt(i)) : undefined;
    for (let j = 0; j < cols; j++) {
      const here = cost[i * cols + j] ?? Infinity;
      if (here === Infinity) continue;
      if (i < printed.length) relax((i + 1) * cols + j, here + 1);
      if (j < meant.length) relax(i * cols + j + 1, here + 1);
      if (i < printed.length && j < meant.length) {
        const same = printed.charCodeAt(i) === meant.charCodeAt(j);
        relax((i + 1) * cols + j + 1, here + (same ? 0 : 1));
      }
      if (!rules) continue;
      for (const rule of rules) {
        if (printed.startsWith(rule.from, i) && meant.startsWith(rule.to, j)) {
          relax((i + rule.from.length) * cols + j + rule.to.length, here + rule.cost);
        }
      }
    }
  }
  return cost[cost.length - 1] ?? Infinity;
}

/** A suggestion is offered only when the misread is this cheap (about two common confusions). */
const MAX_SUGGESTION_COST = 0.65;

/** A capitalised non-word is taken for a misread rather than a name only when this cheap (one common confusion). */
export const MAX_NAME_MISREAD_COST = 0.35;

/** Letter trigrams are numbered over 7-bit characters, with 0 standing for the word's edge. */
const TRIGRAM_SPACE = 128 * 128 * 128;

/** The 7-bit code of a word's character, 0 past either edge. */
function codeAt(word: string, i: number): number {
  if (i < 0 || i >= word.length) return 0;
  const code = word.charCodeAt(i);
  return code < 128 ? code : 127;
}

/** Calls `visit` with the number of each of a word's trigrams, its edges included (" th", "the", "he "). */
function forEachTrigram(word: string, visit: (code: number) => void): void {
  for (let i = -1; i < word.length; i++) {
    visit((codeAt(word, i) * 128 + codeAt(word, i + 1)) * 128 + codeAt(word, i + 2));
  }
}

function markTrigrams(word: string, table: Uint8Array): void {
  forEachTrigram(word, (code) => (table[code] = 1));
}

/** Per dictionary: its lower-case words grouped by skeleton, its letter trigrams, and the answers found so far. */
export interface LookalikeIndex {
  bySkeleton: Map<number, string[]> | null;
  trigrams: Uint8Array | null;
  found: Map<string, Lookalike[]>;
}

/** A dictionary word a printed word may be a misread of, with the misread's cost. */
export interface Lookalike {
  word: string;
  cost: number;
}

const indexes = new WeakMap<object, LookalikeIndex>();

export function indexFor(resources: ProofreadingResources): LookalikeIndex {
  let index = indexes.get(resources);
  if (!index) {
    let bySkeleton: Map<number, string[]> | null = null;
    let trigrams: Uint8Array | null = null;
    const words = resources.listEnWords?.();
    if (words) {
      bySkeleton = new Map();
      trigrams = new Uint8Array(TRIGRAM_SPACE);
      for (const word of words) {
        const first = word.charCodeAt(0);
        if (word.length < 2 || word.length > 20 || first < 97 || first > 122) continue;
        const key = skeletonHash(word);
        if (key === 0) continue;
        const group = bySkeleton.get(key);
        if (group) group.push(word);
        else bySkeleton.set(key, [word]);
        markTrigrams(word, trigrams);
      }
      if (bySkeleton.size === 0) {
        bySkeleton = null;
        trigrams = null;
      }
    }
    index = { bySkeleton, trigrams, found: new Map() };
    indexes.set(resources, index);
  }
  return index;
}

/** Keeps the candidate's letters in the printed word's case pattern (Tlie → The, TLIE → THE). */
function matchCase(printed: string, candidate: string): string {
  if (printed.length > 1 && printed === printed.toUpperCase()) return candidate.toUpperCase();
  if (/^[A-Z]/.test(printed)) return candidate.charAt(0).toUpperCase() + candidate.slice(1);
  return candidate;
}

/** Candidates are considered up to this misread cost; the page's own words may then win on frequency. */
const MAX_CANDIDATE_COST = 1.0;

/** Dictionary words sharing the printed word's skeleton, cheapest misread first (at most a few). */
function searchIndex(
  word: string,
  bySkeleton: Map<number, string[]>,
  isEnWord: (word: string) => boolean,
): Lookalike[] {
  const lower = word.toLowerCase();
  const shape = skeleton(word);
  const found: Lookalike[] = [];
  for (const entry of bySkeleton.get(skeletonHash(word)) ?? []) {
    if (entry === lower || entry.length < 3 || Math.abs(entry.length - lower.length) > 2) continue;
    if (skeleton(entry) !== shape) continue;
    const cost = misreadCost(lower, entry);
    if (cost > MAX_CANDIDATE_COST) continue;
    const candidate = matchCase(word, entry);
    if (isEnWord(candidate)) found.push({ word: candidate, cost });
  }
  return found.sort((a, b) => a.cost - b.cost).slice(0, 12);
}

/** The dictionary words a single look-alike swap makes of `word`. */
function searchSwaps(word: string, isEnWord: (word: string) => boolean): Lookalike[] {
  const lower = word.toLowerCase();
  const found: Lookalike[] = [];
  for (const candidate of singleSwaps(word)) {
    if (candidate.toLowerCase() !== lower && isEnWord(candidate)) {
      found.push({ word: candidate, cost: misreadCost(lower, candidate.toLowerCase()) });
    }
  }
  return found.sort((a, b) => a.cost - b.cost);
}

/** Dictionary words OCR may have misread as `word`, cheapest first; cached per dictionary. */
export function lookalikeCandidates(
  word: string,
  index: LookalikeIndex,
  isEnWord: (word: string) => boolean,
): Lookalike[] {
  let found = index.found.get(word);
  if (found === undefined) {
    found = index.bySkeleton
      ? searchIndex(word, index.bySkeleton, isEnWord)
      : searchSwaps(word, isEnWord);
    if (index.found.size > 100_000) index.found.clear();
    index.found.set(word, found);
  }
  return found;
}

/**
 * The word OCR most likely misread as `word`, or null. A word the page itself uses often is the
 * likelier reading (tlio → the on a page full of "the"), so its count lowers a candidate's cost.
 */
export function chooseLookalike(
  candidates: readonly Lookalike[],
  pageCounts: ReadonlyMap<string, number>,
): Lookalike | null {
  let best: Lookalike | null = null;
  let bestScore = Infinity;
  for (const candidate of candidates) {
    const count = pageCounts.get(candidate.word.toLowerCase()) ?? 0;
    const score = candidate.cost - Math.min(0.5, 0.1 * Math.log2(1 + count));
    if (score < bestScore) {
      best = candidate;
      bestScore = score;
    }
  }
  if (!best || bestScore > MAX_SUGGESTION_COST) return null;
  return { word: REAL_WORD_SLIPS.get(best.word) ?? best.word, cost: bestScore };
}

/**
 * True when the word holds two or more letter trigrams that no dictionary word has (Nalhnniol,
 * TIIK): OCR noise rather than a name, since names (Moyer, Shawmut) rarely have more than one.
 */
export function hasAlienTrigrams(word: string, trigrams: Uint8Array | null): boolean {
  if (!trigrams || word.length < 4) return false;
  let alien = 0;
  forEachTrigram(word.toLowerCase(), (code) => {
    if (trigrams[code] !== 1) alien++;
  });
  return alien >= 2;
}

import type { Flag, Language } from '../analysis-types.ts';
import { makeFlag } from './flag-utils.ts';
import type { ProofreadLine } from './proofread-line.ts';
import type { ProofreadingResources } from './proofreading-resources.ts';
import {
  chooseLookalike,
  hasAlienTrigrams,
  indexFor,
  type Lookalike,
  lookalikeCandidates,
  MAX_NAME_MISREAD_COST,
  REAL_WORD_SLIPS,
} from './english-misreads.ts';

/** Digits read for letters and letters read for digits. */
const DIGIT_AS_LETTER: Readonly<Record<string, readonly string[]>> = {
  '0': ['o', 'O'],
  '1': ['l', 'i', 'I'],
  '5': ['s', 'S'],
  '8': ['B'],
  '6': ['b'],
};
const LETTER_AS_DIGIT: Readonly<Record<string, string>> = {
  O: '0',
  o: '0',
  l: '1',
  I: '1',
  i: '1',
  S: '5',
  s: '5',
  B: '8',
  Z: '2',
};

/** Words whose capital I in mid-sentence is a misread lower-case i. */
const CAPITAL_I_SLIPS = new Set(['In', 'Is', 'If', 'It']);

/** Name prefixes that legitimately put a capital inside a word (McDonald, LaSalle, O'Brien). */
const NAME_PREFIX = /^(Mc|Mac|O'|De|La|Le|Van|Von|Di|Du|Da)[A-Z]/;

/** Ordinals, model numbers and other honest mixes of letters and digits (21st, 3d, 5G, A12, U-117). */
const HONEST_ALNUM = [
  /^\d+(st|nd|rd|th|d|s|ds|ths)$/i,
  /^\d+[A-Za-z]$/,
  /^[A-Z]{1,3}-?\d+[A-Za-z]?$/,
  /^\d+(\.\d+)?(s|'s)$/,
  /^\d+(\.\d+)?(am|pm|mm|cm|km|kg|lb|lbs|oz|ft|in|mi|hp|mph)$/i,
];

/** Abbreviations with inner full stops (U.S, p.m, N.Y). */
const ABBREVIATION = /^([A-Za-z]{1,3}\.)+[A-Za-z]{0,3}$/;

interface WordToken {
  /** The word without the punctuation around it. */
  core: string;
  /** Where the core starts in the line. */
  start: number;
  /** The whole whitespace-delimited token. */
  raw: string;
}

interface Finding {
  start: number;
  length: number;
  suggestion: string | null;
  confidence: number;
  message: string;
}

const LEADING = new Set(Array.from('("\'‘“[{*~.,;:!?_—-'));
const TRAILING = new Set(Array.from(')"\'’”]},.;:!?*~_—-'));

function isSpace(code: number): boolean {
  return (
    code === 32 || code === 9 || code === 0x3000 || code === 0xa0 || code === 12 || code === 13
  );
}

/** Splits a line at white space and strips the punctuation around each word. */
function tokenize(text: string): WordToken[] {
  const tokens: WordToken[] = [];
  let i = 0;
  while (i < text.length) {
    while (i < text.length && isSpace(text.charCodeAt(i))) i++;
    const rawStart = i;
    while (i < text.length && !isSpace(text.charCodeAt(i))) i++;
    if (i === rawStart) break;
    let start = rawStart;
    let end = i;
    while (start < end && LEADING.has(text[start] ?? '')) start++;
    while (end > start && TRAILING.has(text[end - 1] ?? '')) end--;
    if (end > start)
      tokens.push({ core: text.slice(start, end), start, raw: text.slice(rawStart, i) });
  }
  return tokens;
}

function digitCandidates(core: string): string[] {
  let results = [''];
  for (const char of core) {
    const options = DIGIT_AS_LETTER[char] ?? [char];
    results = results.flatMap((prefix) => options.map((option) => prefix + option));
    if (results.length > 64) return [];
  }
  return results;
}

/** Letters and digits mixed: a misread digit in a word (c0unty, 1earned) or a letter in a number (l871). */
function checkAlphanumeric(core: string, isEnWord: (word: string) => boolean): Finding | null {
  if (HONEST_ALNUM.some((pattern) => pattern.test(core))) return null;
  const letters = (core.match(/[A-Za-z]/g) ?? []).length;
  const digits = (core.match(/\d/g) ?? []).length;
  if (letters >= digits && /^[A-Za-z0-9']+$/.test(core)) {
    const word = digitCandidates(core).find((candidate) => isEnWord(candidate));
    if (word) {
      return garble(core, word, 0.75, `digit read for a letter; read "${word}"`);
    }
  }
  if (digits > letters && /^[0-9A-Za-z,.]+$/.test(core)) {
    const number = Array.from(core, (char) => LETTER_AS_DIGIT[char] ?? char).join('');
    if (/^[0-9,.]+$/.test(number)) {
      return garble(core, number, 0.6, `letter read for a digit; read "${number}"`);
    }
  }
  return garble(core, null, 0.4, 'letters and digits mixed: probably garbled by OCR');
}

function garble(
  core: string,
  suggestion: string | null,
  confidence: number,
  message: string,
): Finding {
  return { start: 0, length: core.length, suggestion, confidence, message };
}

/** Endings an apostrophe legitimately starts (it's, don't, we'll, I've, they're, he'd, I'm, 'em). */
const CONTRACTIONS = new Set(['s', 't', 'll', 've', 're', 'd', 'm', 'em', 'n']);

/** An apostrophe inside a word that is no contraction and no O'Brien: a misread mark (I'liis, Iuvu'h). */
function hasStrayApostrophe(word: string): boolean {
  const match = /^([A-Za-z]+)['\u2019]([A-Za-z]+)$/.exec(word);
  if (!match) return false;
  const [, head = '', tail = ''] = match;
  if (CONTRACTIONS.has(tail.toLowerCase())) return false;
  return !/^(O|D|L|d|l|o|M|Mc)$/.test(head);
}

interface Neighbours {
  /** Core of the word before in the line, or the last word of the line before when this one opens the line. */
  previous: string;
  /** Core of the word after, or the first word of the next line when this one closes the line. */
  next: string;
  /** True for the first word of the line. */
  opensLine: boolean;
  /** True for the last word of the line, which may be the head of a word broken at the line end. */
  closesLine: boolean;
}

/**
 * Endings English words are built with: an unknown piece opening a line with one of them
 * (…dition, …ment, …peared) is most likely the tail of a word whose line-end hyphen was lost.
 */
const WORD_TAIL =
  /^[a-z]{2,}(tion|sion|ment|ness|ance|ence|ers|ing|ed|ity|ous|ive|ary|ory|ent|ant|ly|ful|less|ship|able|ible|ated|ure)$/;

/** An unknown piece that joins a neighbour into a word is a word split by layout, not a misread. */
function joinsNeighbour(
  word: string,
  around: Neighbours,
  isEnWord: (word: string) => boolean,
): boolean {
  const previous = around.previous.replace(/-$/, '');
  const next = around.next;
  return (
    (/^[A-Za-z]+$/.test(previous) && isEnWord(previous + word)) ||
    (/^[A-Za-z]+$/.test(next) && isEnWord(word + next))
  );
}

/** The dictionary services one run of the detector uses. */
interface Checker {
  isEnWord: (word: string) => boolean;
  lookalike: (word: string) => Lookalike | null;
  isAlien: (word: string) => boolean;
}

/** A capital inside a lower-case word (hIstory, plaIn, FaeId) that no name prefix explains. */
function hasInnerCapital(word: string): boolean {
  return /[a-z][A-Z]/.test(word) && !NAME_PREFIX.test(word);
}

function checkWord(
  word: string,
  around: Neighbours,
  midSentence: boolean,
  checker: Checker,
): Finding | null {
  const { isEnWord } = checker;
  if (hasInnerCapital(word)) {
    // nspell accepts any casing of a known word, so a stray capital needs its own check.
    const lower = word.toLowerCase();
    if (isEnWord(lower))
      return garble(word, lower, 0.65, `capital letter inside a word; read "${lower}"`);
  } else if (isEnWord(word)) {
    const slip = REAL_WORD_SLIPS.get(word);
    if (slip) return garble(word, slip, 0.55, `"${word}" is a common misread of "${slip}"`);
    if (midSentence && /^I[a-z]+$/.test(word) && /^[a-z]/.test(around.next) && !around.closesLine) {
      const lower = word.toLowerCase();
      if (CAPITAL_I_SLIPS.has(word) || isEnWord(lower)) {
        return garble(word, lower, 0.5, `capital I in mid-sentence; read "${lower}"`);
      }
    }
    return null;
  }
  if (hasStrayApostrophe(word)) {
    return garble(word, null, 0.45, 'stray mark inside a word: probably garbled by OCR');
  }
  if (/['\u2019]s$/.test(word)) {
    const stem = word.slice(0, -2);
    if (isEnWord(stem) || /^[A-Z]/.test(stem)) return null;
  }
  const lowerCase = /^[a-z'\u2019]+$/.test(word);
  if (lowerCase && joinsNeighbour(word, around, isEnWord)) return null;
  if (lowerCase && around.opensLine && WORD_TAIL.test(word)) return null;
  const found = checker.lookalike(word);
  if (lowerCase || hasInnerCapital(word)) {
    return found
      ? garble(word, found.word, 0.7, `"${word}" is no word; OCR look-alike of "${found.word}"`)
      : garble(word, null, 0.45, `"${word}" is no word: probably garbled by OCR`);
  }
  // Capitalised: a name unless a cheap misread or letters no English word has explain it.
  if (found && found.cost <= MAX_NAME_MISREAD_COST && word.length >= 4) {
    return garble(word, found.word, 0.6, `"${word}" is no word; OCR look-alike of "${found.word}"`);
  }
  if (checker.isAlien(word)) {
    return garble(
      word,
      null,
      0.4,
      `"${word}" has letter groups no English word has: probably garbled by OCR`,
    );
  }
  return null;
}

function checkToken(
  token: WordToken,
  around: Neighbours,
  midSentence: boolean,
  checker: Checker,
): Finding | null {
  const { isEnWord } = checker;
  const { core } = token;
  if (!/[A-Za-z]/.test(core)) return null;
  if (/\d/.test(core)) return checkAlphanumeric(core, isEnWord);
  if (/[^A-Za-z'\u2019-]/.test(core)) {
    if (ABBREVIATION.test(core) || /^[A-Za-z]+&[A-Za-z]+$/.test(core)) return null;
    return garble(core, null, 0.45, 'stray marks inside a word: probably garbled by OCR');
  }
  if (core.includes('-')) {
    const parts = core.split('-');
    const joined = parts.join('');
    if (parts.every((part) => part.length === 0 || isEnWord(part))) return null;
    if (isEnWord(joined)) return garble(core, joined, 0.6, `stray hyphen; read "${joined}"`);
    let offset = 0;
    for (const part of parts) {
      const partAround: Neighbours = {
        previous: offset === 0 ? around.previous : '',
        next: '',
        opensLine: offset === 0 && around.opensLine,
        closesLine: false,
      };
      const finding = part.length > 1 ? checkWord(part, partAround, false, checker) : null;
      if (finding) return { ...finding, start: offset };
      offset += part.length + 1;
    }
    return null;
  }
  return checkWord(core, around, midSentence, checker);
}

/** How often each lower-case word occurs on the page. */
function countWords(
  tokenized: ReadonlyMap<string, readonly WordToken[]>,
  lines: readonly ProofreadLine[],
): Map<string, number> {
  const counts = new Map<string, number>();
  for (const line of lines) {
    for (const token of tokenized.get(line.text) ?? []) {
      const word = token.core.toLowerCase();
      counts.set(word, (counts.get(word) ?? 0) + 1);
    }
  }
  return counts;
}

/** True when a word needs no flag wherever it stands: a known word with nothing a context rule looks at. */
function isPlainWord(core: string, isEnWord: (word: string) => boolean): boolean {
  return (
    isEnWord(core) &&
    !REAL_WORD_SLIPS.has(core) &&
    !/^I[a-z]/.test(core) &&
    !/[a-z][A-Z]/.test(core) &&
    !/[\d-]/.test(core)
  );
}

/**
 * Flags English words OCR garbled: a non-word that a look-alike swap (rn/m, cl/d, li/h, tb/th,
 * l/1, 0/O …) turns into a dictionary word gets that word as suggestion; other lower-case
 * non-words and words with stray marks or digits inside are flagged without one. Capitalised
 * non-words are names unless a swap explains them. A piece that joins its neighbour into a word
 * (a line-end hyphen lost by OCR) is left to the paragraph join. Needs the English dictionary.
 */
export function detectEnglishLookalike(
  lines: readonly ProofreadLine[],
  resources: ProofreadingResources,
  language: Language,
): Flag[] {
  const { isEnWord: isDictionaryWord } = resources;
  if (language !== 'en' || !isDictionaryWord) return [];
  // The words of a page repeat: remember the non-words too, for this run.
  const unknown = new Set<string>();
  const isEnWord = (word: string): boolean => {
    if (unknown.has(word)) return false;
    if (isDictionaryWord(word)) return true;
    unknown.add(word);
    return false;
  };
  const index = indexFor(resources);
  const tokenized = new Map<string, WordToken[]>();
  for (const line of lines) {
    for (const text of [line.text, line.before, line.after]) {
      if (!tokenized.has(text)) tokenized.set(text, tokenize(text));
    }
  }
  const pageCounts = countWords(tokenized, lines);
  const plain = new Set<string>();
  const checker: Checker = {
    isEnWord,
    lookalike: (word) => chooseLookalike(lookalikeCandidates(word, index, isEnWord), pageCounts),
    isAlien: (word) => hasAlienTrigrams(word, index.trigrams),
  };
  const flags: Flag[] = [];
  for (const line of lines) {
    const tokens = tokenized.get(line.text) ?? [];
    tokens.forEach((token, index) => {
      if (plain.has(token.core)) return;
      if (isPlainWord(token.core, isEnWord)) {
        plain.add(token.core);
        return;
      }
      const before = tokens[index - 1];
      const after = tokens[index + 1];
      const previousLine = tokenized.get(line.before) ?? [];
      const around: Neighbours = {
        previous: before ? before.core : (previousLine[previousLine.length - 1]?.core ?? ''),
        next: after ? after.core : (tokenized.get(line.after)?.[0]?.core ?? ''),
        opensLine: index === 0,
        closesLine: index === tokens.length - 1,
      };
      // Mid-sentence: after a lower-case word or comma, and not a fragment hyphenated at the line end.
      const midSentence =
        before !== undefined && /[a-z,]$/.test(before.raw) && !token.raw.endsWith('-');
      const finding = checkToken(token, around, midSentence, checker);
      if (!finding) return;
      flags.push(
        makeFlag(line, {
          column: token.start + finding.start,
          length: finding.length,
          type: 'english-lookalike',
          suggestion: finding.suggestion,
          confidence: finding.confidence,
          message: finding.message,
        }),
      );
    });
  }
  return flags;
}

import type { Flag, Language } from '../analysis-types.ts';
import { makeFlag } from './flag-utils.ts';
import type { ProofreadLine } from './proofread-line.ts';
import type { ProofreadingResources } from './proofreading-resources.ts';

/** A word broken by a hyphen and a space inside a line ("demo- crats"). */
const MID_LINE_BREAK = /\b([A-Za-z]+)- +([a-z]+)\b/g;

/** A word hyphenated at the end of the line ("demo-"). */
const LINE_END_BREAK = /([A-Za-z]+)-$/;

/** The first word of a line. */
const LINE_START_WORD = /^\s*([a-z]+)/;

/** A hyphen is a leftover line break when the join is a word and the halves are not both words. */
function isBrokenWord(first: string, second: string, isEnWord: (word: string) => boolean): boolean {
  return isEnWord(first + second) && !(isEnWord(first) && isEnWord(second));
}

/**
 * Flags end-of-line hyphenation left inside paragraph text: a "demo- crats" that a reflow moved
 * into the middle of a line, and a line ending "demo-" whose paragraph text the engine still
 * printed with the hyphen. Only where the joined word is in the dictionary and its halves are not
 * both words, so real compounds (bran-new, four-powered) and suspended hyphens (pre- and post-war) pass.
 */
export function detectHyphenation(
  lines: readonly ProofreadLine[],
  resources: ProofreadingResources,
  language: Language,
): Flag[] {
  const { isEnWord } = resources;
  if (language !== 'en' || !isEnWord) return [];
  const flags: Flag[] = [];
  for (const line of lines) {
    if (!line.text.includes('-')) continue;
    for (const match of line.text.matchAll(MID_LINE_BREAK)) {
      const first = match[1] ?? '';
      const second = match[2] ?? '';
      if (!isBrokenWord(first, second, isEnWord)) continue;
      flags.push(
        makeFlag(line, {
          column: match.index,
          length: match[0].length,
          type: 'hyphenation',
          suggestion: first + second,
          confidence: 0.75,
          message: `line-end hyphen left inside the line; read "${first + second}"`,
        }),
      );
    }
    const end = LINE_END_BREAK.exec(line.text.trimEnd());
    const next = LINE_START_WORD.exec(line.after);
    if (!end || !next || line.paragraphText === null) continue;
    const first = end[1] ?? '';
    const second = next[1] ?? '';
    if (!isBrokenWord(first, second, isEnWord)) continue;
    const kept = new RegExp(`\\b${first}-\\s*${second}\\b`).test(line.paragraphText);
    if (!kept) continue;
    flags.push(
      makeFlag(line, {
        column: end.index + first.length,
        length: 1,
        type: 'hyphenation',
        suggestion: '',
        confidence: 0.6,
        message: `"${first}-${second}" is one word broken at the line end; drop the hyphen`,
      }),
    );
  }
  return flags;
}

import type { Flag, Language } from '../analysis-types.ts';
import { isHanAt, makeFlag } from './flag-utils.ts';
import { withContext } from './line-context.ts';
import type { ProofreadLine } from './proofread-line.ts';

/**
 * Lower-case English function words that OCR (or a translation memory) leaves in Chinese text,
 * with the Chinese word they stand for where it is unambiguous. Acronyms (GDP, 5G), units (km)
 * and names (Monika Lichtinghagen) are never on this list.
 */
const STRAY_WORDS: ReadonlyMap<string, string | null> = new Map([
  ['and', '和'],
  ['or', '或'],
  ['of', null],
  ['the', null],
  ['to', null],
  ['in', null],
  ['on', null],
  ['for', null],
  ['with', null],
  ['at', null],
  ['by', null],
  ['from', null],
  ['is', null],
]);

/** A run of Latin letters with the plain spaces around it. */
const LATIN_RUN = /( *)([A-Za-z]+)( *)/g;

/**
 * Flags a lower-case English function word standing between Chinese characters (科协 and 德国 →
 * 科协和德国); the flag covers the spaces around it so the suggestion replaces them too.
 */
export function detectStrayLatin(lines: readonly ProofreadLine[], language: Language): Flag[] {
  if (language !== 'zh') return [];
  const flags: Flag[] = [];
  for (const line of lines) {
    if (!/[A-Za-z]/.test(line.text)) continue;
    const context = withContext(line, 1);
    for (const match of line.text.matchAll(LATIN_RUN)) {
      const word = match[2] ?? '';
      if (!STRAY_WORDS.has(word)) continue;
      const start = context.offset + match.index;
      const end = start + match[0].length;
      if (!isHanAt(context.text, start - 1) || !isHanAt(context.text, end)) continue;
      const suggestion = STRAY_WORDS.get(word) ?? null;
      flags.push(
        makeFlag(line, {
          column: match.index,
          length: match[0].length,
          type: 'stray-latin',
          suggestion,
          confidence: suggestion === null ? 0.6 : 0.85,
          message:
            suggestion === null
              ? `English "${word}" inside Chinese text`
              : `English "${word}" inside Chinese text; read ${suggestion}`,
        }),
      );
    }
  }
  return flags;
}

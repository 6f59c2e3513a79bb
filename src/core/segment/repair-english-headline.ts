/**
 * OCR repair of an English headline from its own article: a headline word that is no word and
 * never occurs in the text, one edit away from a known word the article uses, is that word
 * misread (Olf → OF when the body says "of"). Names survive: a name recurs in the body as printed.
 */

/** The repaired headline and what was changed, or null when nothing was. */
export interface HeadlineRepair {
  /** The headline with its misread words replaced. */
  headline: string;
  /** Each replacement, as printed → repaired. */
  changes: Array<{ from: string; to: string }>;
}

/** True when `a` becomes `b` by one insertion, deletion, substitution or swap of neighbours. */
export function isOneEditApart(a: string, b: string): boolean {
  if (a === b) return false;
  const lengthGap = a.length - b.length;
  if (Math.abs(lengthGap) > 1) return false;
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  if (lengthGap === 1) return a.slice(start + 1) === b.slice(start);
  if (lengthGap === -1) return a.slice(start) === b.slice(start + 1);
  if (a.slice(start + 1) === b.slice(start + 1)) return true;
  return (
    a[start] === b[start + 1] &&
    a[start + 1] === b[start] &&
    a.slice(start + 2) === b.slice(start + 2)
  );
}

function countWords(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const match of text.toLowerCase().matchAll(/[a-z]+/g))
    counts.set(match[0], (counts.get(match[0]) ?? 0) + 1);
  return counts;
}

function isMostlyCapitals(text: string): boolean {
  const letters = text.replace(/[^A-Za-z]/g, '');
  return letters.replace(/[^A-Z]/g, '').length * 2 >= letters.length;
}

// A word in an all-capital headline is set in capitals, whatever case OCR gave the misread.
function inCaseOf(token: string, headline: string, word: string): string {
  if (isMostlyCapitals(headline) || isMostlyCapitals(token)) return word.toUpperCase();
  return /^[A-Z]/.test(token) ? word.charAt(0).toUpperCase() + word.slice(1) : word;
}

/** Repairs misread words of an English headline from the words of its article, or returns null. */
export function repairEnglishHeadline(
  headline: string,
  articleText: string,
  isEnWord: (word: string) => boolean,
): HeadlineRepair | null {
  const vocabulary = countWords(articleText);
  const changes: HeadlineRepair['changes'] = [];
  const repaired = headline.replace(/[A-Za-z]{2,}/g, (token) => {
    const lower = token.toLowerCase();
    if (vocabulary.has(lower) || isEnWord(lower) || isEnWord(token)) return token;
    const candidates = [...vocabulary]
      .filter(([word]) => isOneEditApart(lower, word) && isEnWord(word))
      .sort((a, b) => b[1] - a[1]);
    const best = candidates[0];
    // Only a clear favourite: the article uses it at least twice as often as any other candidate.
    if (!best || (candidates[1] && candidates[1][1] * 2 > best[1])) return token;
    const replacement = inCaseOf(token, headline, best[0]);
    changes.push({ from: token, to: replacement });
    return replacement;
  });
  return changes.length > 0 ? { headline: repaired, changes } : null;
}

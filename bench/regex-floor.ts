/**
 * Twenty simple line patterns of the kind a splitter asks about (page headers, datelines,
 * bylines, jump lines, punctuation): a floor that reads every line but does no real work.
 */
const floorPatterns: readonly RegExp[] = [
  /^\s*$/,
  /^第.{1,3}版/,
  /本报讯/,
  /新华社/,
  /记者/,
  /通讯员/,
  /摄$/,
  /[（(][见下上].{0,2}第.{1,3}版[）)]/,
  /——/,
  /[。！？”]$/,
  /^\u3000\u3000/,
  /\d{4}年\d{1,2}月\d{1,2}日/,
  /^By [A-Z]/,
  /^[A-Z][A-Z .]+, [A-Z][a-z]+\.? \d{1,2}/,
  /Continued (?:on|from) Page/i,
  /[a-z]-$/,
  /\b(?:the|and|of)\b/,
  /[,.;:] /,
  /\d+/,
  /\p{Script=Han}{2}/u,
];

/** Splits `text` into lines and tests every floor pattern on every line; returns the match count. */
export function runRegexFloor(text: string): number {
  let matches = 0;
  for (const line of text.split(/\r?\n/)) {
    for (const pattern of floorPatterns) {
      if (pattern.test(line)) matches++;
    }
  }
  return matches;
}

/** How many patterns the floor runs per line. */
export const floorPatternCount = floorPatterns.length;

/*
 * When is a successful GB18030 decode really Chinese text?
 *
 * GB18030 has a meaning for almost every pair of high bytes, so random data, a Windows-1252 English
 * page or a binary file without NUL bytes often decodes "without error" into nonsense. Two tests
 * tell real text apart:
 *
 * 1. Suspect characters: control characters (other than tab, line ends and form feed), U+FFFD and
 *    private-use characters (GB18030's user-defined areas and unassigned codes) are near absent from
 *    real text — a newsroom's few home-made glyphs at most — but make up about one character in ten
 *    when random high bytes are decoded.
 * 2. The GB2312 block: simplified Chinese draws nearly all its two-byte characters from the GB2312
 *    block (lead byte A1–F7, trail byte A1–FE): 100% of a typical news sentence, about 60% even for
 *    traditional characters encoded as GBK. Mis-decoded Latin-1 text pairs a high byte with an ASCII
 *    letter, which lies outside the block, so its share is near 0.
 */

/** Share of suspect characters above which text is taken for binary or mis-decoded data. */
export const MAX_SUSPECT_SHARE = 0.01;

// A few suspect characters are allowed in any text, however short: an old DOS end-of-file mark, a
// newsroom's home-made glyph for a rare name.
const SUSPECT_ALLOWANCE = 2;

/** Share of two-byte GB18030 characters from the GB2312 block below which bytes are not Chinese text. */
export const MIN_GB2312_SHARE = 0.5;

const isControl = (code: number): boolean =>
  (code < 0x20 &&
    code !== 0x09 &&
    code !== 0x0a &&
    code !== 0x0b &&
    code !== 0x0c &&
    code !== 0x0d) ||
  (code >= 0x7f && code <= 0x9f);

/**
 * True when the text has no more suspect characters than real page text: control characters other
 * than tab, line ends and form feed always count; with `strict`, U+FFFD and private-use characters
 * count as well.
 */
export function hasFewSuspectCharacters(text: string, strict: boolean): boolean {
  const limit = SUSPECT_ALLOWANCE + text.length * MAX_SUSPECT_SHARE;
  let suspects = 0;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    const suspect =
      isControl(code) || (strict && (code === 0xfffd || (code >= 0xe000 && code <= 0xf8ff)));
    if (suspect) {
      suspects += 1;
      if (suspects > limit) return false;
    }
  }
  return true;
}

/**
 * True when bytes that decoded as GB18030 without error are plausibly Chinese text rather than
 * random or mis-encoded data; `text` is their decoded form.
 */
export function isPlausibleGb18030(bytes: Uint8Array, text: string): boolean {
  if (!hasFewSuspectCharacters(text, true)) return false;
  let twoByte = 0;
  let inGb2312 = 0;
  let index = 0;
  while (index < bytes.length) {
    const lead = bytes[index] ?? 0;
    // ASCII, and 0x80 which GB18030 decodes alone (as €).
    if (lead <= 0x80) {
      index += 1;
      continue;
    }
    const trail = bytes[index + 1] ?? 0;
    // A digit after the lead byte marks a four-byte sequence (characters outside GBK).
    if (trail >= 0x30 && trail <= 0x39) {
      index += 4;
      continue;
    }
    twoByte += 1;
    if (lead >= 0xa1 && lead <= 0xf7 && trail >= 0xa1 && trail <= 0xfe) inGb2312 += 1;
    index += 2;
  }
  return twoByte === 0 || inGb2312 >= twoByte * MIN_GB2312_SHARE;
}

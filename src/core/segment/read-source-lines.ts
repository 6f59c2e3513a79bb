/** One line of the text, with what the engine needs to know about its shape. */
export interface SourceLine {
  /** 1-based line number, counting `\n` line ends only. */
  number: number;
  /** The line as it stands in the source, `\f` and `\r` included. */
  raw: string;
  /** The line with page breaks removed and surrounding white space trimmed. */
  text: string;
  /** `text` with full-width digits, letters and common marks folded to ASCII (same length). */
  folded: string;
  /** True when the line holds no visible character. */
  blank: boolean;
  /** True when the line opens with an indent (ideographic or at least two plain spaces). */
  indented: boolean;
  /** Width of the line in characters, indent included, page breaks and trailing space excluded. */
  width: number;
  /** 1-based page the line is on (form feeds start new pages). */
  page: number;
  /** Memo of {@link isCapitalLine}: most of its letters are capitals. */
  capitals?: boolean;
}

const FULL_WIDTH_OFFSET = 0xfee0;

const HAS_FULL_WIDTH = /[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]/;

/** Folds full-width ASCII look-alikes (０-９, Ａ-Ｚ, ａ-ｚ) to ASCII without changing the length. */
export function foldFullWidth(text: string): string {
  if (!HAS_FULL_WIDTH.test(text)) return text;
  return text.replace(/[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]/g, (char) =>
    String.fromCharCode(char.charCodeAt(0) - FULL_WIDTH_OFFSET),
  );
}

/** Splits decoded text into source lines (`\n` ends a line; a form feed stays in its line and starts a page). */
export function readSourceLines(text: string): SourceLine[] {
  const rawLines = text.split(/\r?\n/);
  const lines: SourceLine[] = [];
  let page = 1;
  let seenText = false;
  for (let index = 0; index < rawLines.length; index++) {
    const raw = rawLines[index] ?? '';
    const formFeeds = raw.includes('\f') ? raw.split('\f').length - 1 : 0;
    // A form feed at the very start of the text does not open a second page.
    const pageOfLine = page + (formFeeds > 0 && seenText ? formFeeds : 0);
    page = pageOfLine;
    const withoutBreaks = formFeeds > 0 || raw.includes('\r') ? raw.replace(/[\f\r]/g, '') : raw;
    const text = withoutBreaks.trim();
    seenText ||= text.length > 0;
    const first = withoutBreaks.charCodeAt(0);
    // Only lines opening with white space can be indented; most lines skip the regex.
    const leading =
      first === 0x3000 || first === 32 || first === 9 || first === 0xa0
        ? (/^[\u3000 \t\u00a0]*/.exec(withoutBreaks)?.[0] ?? '')
        : '';
    const indented = leading.includes('\u3000') || leading.replace(/\t/g, '  ').length >= 2;
    lines.push({
      number: index + 1,
      raw,
      text,
      folded: foldFullWidth(text),
      blank: text.length === 0,
      indented: indented && text.length > 0,
      width: withoutBreaks.trimEnd().length,
      page: pageOfLine,
    });
  }
  return lines;
}

import type { Language } from '../analysis-types.ts';
import type { SourceLine } from './read-source-lines.ts';

/** How the page's text is laid out, which decides what a line break and a blank line mean. */
export interface Layout {
  /** Language of the issue. */
  language: Language;
  /** Column width in characters when lines are wrapped at a fixed width (Chinese column text), else null. */
  columnWidth: number | null;
  /** True when paragraphs open with an indent. */
  indentsParagraphs: boolean;
  /** True when a blank line follows nearly every paragraph, so a blank line says nothing about articles. */
  blankBetweenParagraphs: boolean;
  /** A typical full line width (80th percentile), for telling short closing lines from full ones. */
  typicalWidth: number;
}

/** Detects zh or en from the share of Han characters against Latin letters. */
export function detectLanguage(text: string): Language {
  let han = 0;
  let latin = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x3400 && code <= 0x9fff) han++;
    else if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122)) latin++;
  }
  // A Chinese character carries about as much as a short English word.
  return han * 4 >= latin && han > 0 ? 'zh' : 'en';
}

/** Measures the layout of the lines. */
export function detectLayout(lines: readonly SourceLine[], language: Language): Layout {
  const filled = lines.filter((line) => !line.blank);
  if (filled.length === 0) {
    return {
      language,
      columnWidth: null,
      indentsParagraphs: false,
      blankBetweenParagraphs: true,
      typicalWidth: 0,
    };
  }
  const widthCounts = new Map<number, number>();
  for (const line of filled) widthCounts.set(line.width, (widthCounts.get(line.width) ?? 0) + 1);
  let modeWidth = 0;
  let modeCount = 0;
  for (const [width, count] of widthCounts) {
    if (count > modeCount || (count === modeCount && width > modeWidth)) {
      modeWidth = width;
      modeCount = count;
    }
  }
  const nearMode = filled.filter((line) => Math.abs(line.width - modeWidth) <= 1).length;
  const columnWidth =
    language === 'zh' && modeWidth >= 8 && modeWidth <= 60 && nearMode / filled.length >= 0.3
      ? modeWidth
      : null;
  const indented = filled.filter((line) => line.indented).length;
  let followedByBlank = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line && !line.blank && (i + 1 >= lines.length || lines[i + 1]?.blank === true))
      followedByBlank++;
  }
  const widths = filled.map((line) => line.width).sort((a, b) => a - b);
  const typicalWidth = widths[Math.floor(widths.length * 0.8)] ?? 0;
  return {
    language,
    columnWidth,
    indentsParagraphs: indented / filled.length >= 0.04,
    blankBetweenParagraphs: followedByBlank / filled.length >= 0.6,
    typicalWidth,
  };
}

import type { Analysis, Flag, Item } from '../core/analysis-types.ts';

const formatItem = (item: Item, index: number): string[] => {
  const lines =
    item.startLine === item.endLine
      ? `line ${item.startLine}`
      : `lines ${item.startLine}-${item.endLine}`;
  return [
    `#${index + 1} ${item.kind}, ${lines}, confidence ${item.confidence.toFixed(2)}`,
    `  headline: ${item.headline ?? '(none)'}`,
    `  bylines: ${item.bylines.length > 0 ? item.bylines.join(', ') : '(none)'}`,
    `  paragraphs: ${item.paragraphs.length}`,
    ...(item.reasons.length > 0 ? ['  reasons:', ...item.reasons.map((r) => `    - ${r}`)] : []),
  ];
};

// Columns are counted from 1 here, as editors count them; the JSON keeps its 0-based offsets.
const formatFlag = (flag: Flag): string => {
  const change = flag.suggestion === null ? '' : ` -> "${flag.suggestion}"`;
  return `line ${flag.line}, column ${flag.column + 1}: ${flag.type} "${flag.text}"${change} (${flag.confidence.toFixed(2)}) ${flag.message}`;
};

/** Renders an analysis as a plain-text summary for reading in a terminal: pages, items, then one line per flag. */
export function formatAnalysisText(analysis: Analysis): string {
  const pages = analysis.pages.map(
    (page) =>
      `${page.number}${page.section === null ? '' : ` ${page.section}`} (from line ${page.startLine})`,
  );
  return [
    `language: ${analysis.language}`,
    `lines: ${analysis.lineCount}`,
    `pages: ${pages.join('; ')}`,
    '',
    `items: ${analysis.items.length}`,
    ...analysis.items.flatMap(formatItem),
    '',
    `flags: ${analysis.flags.length}`,
    ...analysis.flags.map(formatFlag),
    '',
  ].join('\n');
}

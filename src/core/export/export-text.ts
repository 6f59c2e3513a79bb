import { captionLine, headLines } from './to-readable-issue.ts';
import type { ReadableEntry, ReadableIssue } from './to-readable-issue.ts';

/** The line between two items of a page. */
export const ITEM_SEPARATOR = '* * *';

// A Chinese column label reads as one in brackets, as papers print it (【聚焦】).
const bracketSection = (entry: ReadableEntry, issue: ReadableIssue): ReadableEntry =>
  issue.language === 'zh' && entry.section !== '' && !/^[【[〖]/.test(entry.section)
    ? { ...entry, section: `【${entry.section}】` }
    : entry;

function entryBlocks(entry: ReadableEntry, issue: ReadableIssue): string[] {
  const head = headLines(bracketSection(entry, issue), issue.language);
  const caption = captionLine(entry, issue.language);
  const photoLabel = issue.language === 'zh' ? '［图片］' : '[Photo] ';
  return [
    ...(head.length > 0 ? [head.join('\n')] : []),
    ...entry.body.map((block) => block.text),
    ...(caption !== '' ? [`${photoLabel}${caption}`] : []),
  ];
}

/**
 * Plain text: for a page or the issue, the title and each page's heading, then every item (its
 * headline group on consecutive lines, then one paragraph per block) with `* * *` between items.
 */
export function exportText(issue: ReadableIssue): string {
  const blocks: string[] = [];
  if (issue.scope.kind === 'article') {
    for (const entry of issue.pages.flatMap((page) => page.entries)) {
      blocks.push(...entryBlocks(entry, issue));
    }
    return `${blocks.join('\n\n')}\n`;
  }
  if (issue.title !== '') blocks.push(issue.title);
  for (const page of issue.pages) {
    blocks.push(`== ${page.heading} ==`);
    page.entries.forEach((entry, index) => {
      if (index > 0) blocks.push(ITEM_SEPARATOR);
      blocks.push(...entryBlocks(entry, issue));
    });
  }
  return `${blocks.join('\n\n')}\n`;
}

import { captionLine, withJump } from './to-readable-issue.ts';
import type { ReadableEntry, ReadableIssue } from './to-readable-issue.ts';

/**
 * Escapes text so Markdown shows it literally: inline markup characters anywhere, and what would
 * open a block (a list, a heading underline, an ordered-list number) at the start of the line.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_[\]<>#|~]/g, (char) => `\\${char}`)
    .replace(/&(?=#?[A-Za-z0-9]+;)/g, '\\&')
    .replace(/^([-+=])/, '\\$1')
    .replace(/^(\d+)([.)])/, '$1\\$2');
}

function entryBlocks(entry: ReadableEntry, issue: ReadableIssue, level: number): string[] {
  const blocks: string[] = [];
  const push = (text: string, wrap: (escaped: string) => string = (escaped) => escaped): void => {
    if (text !== '') blocks.push(wrap(escapeMarkdown(text)));
  };
  push(entry.section, (text) => `**${text}**`);
  push(entry.kicker, (text) => `*${text}*`);
  // A teaser points to an article elsewhere: its headline is not a heading of this document.
  const headline = withJump(entry, issue.language);
  if (entry.kind === 'teaser') push(headline, (text) => `**${text}**`);
  else push(headline, (text) => `${'#'.repeat(level)} ${text}`);
  for (const subtitle of entry.subtitles) push(subtitle, (text) => `*${text}*`);
  push(entry.byline);
  push(entry.dateline);
  for (const block of entry.body) {
    if (block.type === 'crosshead') push(block.text, (text) => `${'#'.repeat(level + 1)} ${text}`);
    else push(block.text);
  }
  const caption = captionLine(entry, issue.language);
  push(caption, (text) => `${issue.language === 'zh' ? '［图片］' : '\\[Photo\\] '}${text}`);
  return blocks;
}

/**
 * Markdown: an article's headline is a level-1 heading and its crossheads level 2; for a page or
 * the issue, the title is level 1, pages level 2, headlines level 3 and crossheads level 4, with a
 * thematic break between items. Every text is escaped, so nothing in it becomes markup.
 */
export function exportMarkdown(issue: ReadableIssue): string {
  const blocks: string[] = [];
  if (issue.scope.kind === 'article') {
    for (const entry of issue.pages.flatMap((page) => page.entries)) {
      blocks.push(...entryBlocks(entry, issue, 1));
    }
    return `${blocks.join('\n\n')}\n`;
  }
  if (issue.title !== '') blocks.push(`# ${escapeMarkdown(issue.title)}`);
  for (const page of issue.pages) {
    blocks.push(`## ${escapeMarkdown(page.heading)}`);
    page.entries.forEach((entry, index) => {
      if (index > 0) blocks.push('* * *');
      blocks.push(...entryBlocks(entry, issue, 3));
    });
  }
  return `${blocks.join('\n\n')}\n`;
}

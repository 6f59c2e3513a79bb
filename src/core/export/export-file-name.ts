import type { SnapshotIssue, SnapshotItem } from './issue-snapshot.ts';
import type { ExportScope } from './select-scope.ts';

// Names Windows refuses for a file, whatever the extension.
const RESERVED = /^(?:con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i;

/**
 * A file-name part safe on every common system: letters (Chinese included) and digits kept;
 * characters Windows, macOS or Linux reserve, controls, whitespace and punctuation runs become
 * one hyphen; ASCII lowercased; at most `max` characters; never empty, never a reserved name.
 */
export function toFileSlug(text: string, fallback: string, max = 32): string {
  const cleaned = text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  // Cut by code points, so a character outside the basic plane is never split in half.
  let slug = '';
  let length = 0;
  for (const char of cleaned) {
    if (length === max) break;
    slug += char;
    length += 1;
  }
  slug = slug.replace(/-+$/, '');
  if (slug === '') return fallback;
  return RESERVED.test(slug) ? `${slug}-${fallback}` : slug;
}

/** The base of every file name of an issue's export: paper and date, else its title. */
export function issueFileBase(issue: SnapshotIssue): string {
  const parts = [issue.paper, issue.date].filter((part): part is string => !!part);
  return toFileSlug(parts.length > 0 ? parts.join(' ') : issue.title, 'issue');
}

/** The 1-based number of an item in its issue, zero-padded so names sort in reading order. */
export function itemNumber(record: SnapshotItem, count: number): string {
  return String(record.order + 1).padStart(Math.max(2, String(count).length), '0');
}

/** A name part for one item: its number and its headline (or caption, or kind). */
export function itemFileBase(record: SnapshotItem, count: number): string {
  const label = record.content.headline || record.content.caption;
  return `${itemNumber(record, count)}-${toFileSlug(label, record.item.kind, 24)}`;
}

/** The base name (without extension) of an export of a scope: `paper-date`, `-p2` for a page, `-03-headline` for an item. */
export function exportFileBase(
  issue: SnapshotIssue,
  scope: ExportScope,
  item: SnapshotItem | undefined,
  itemCount: number,
): string {
  const base = issueFileBase(issue);
  if (scope.kind === 'page') return `${base}-p${scope.page}`;
  if (scope.kind === 'article' && item) return `${base}-${itemFileBase(item, itemCount)}`;
  return base;
}

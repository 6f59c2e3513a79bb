import type { SnapshotItem } from './issue-snapshot.ts';

/** Counts characters as a reader sees them (a CJK character or an emoji is one). */
export function countCharacters(text: string): number {
  let count = 0;
  for (const _char of text) count++;
  return count;
}

/** An item's length as the section review counts it: its body text, or a photo's caption. */
export function countItemCharacters(record: Pick<SnapshotItem, 'item' | 'content'>): number {
  if (record.item.kind === 'photo') return countCharacters(record.content.caption);
  return record.content.body.reduce((sum, block) => sum + countCharacters(block.text), 0);
}

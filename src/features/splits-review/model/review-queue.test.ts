import { describe, expect, it } from 'vitest';
import type { Item } from '../../../core/analysis-types.ts';
import type { ItemStatus } from '../../../storage/records.ts';
import { buildReviewQueue, findNextDoubtful } from './review-queue.ts';

const item = (startLine: number, confidence: number) =>
  ({ startLine, confidence, lines: [startLine] }) as unknown as Item;
const items = [item(1, 0.97), item(5, 0.7), item(9, 0.8), item(12, 0.7), item(20, 0.9)];
const statuses: ItemStatus[] = ['detected', 'detected', 'confirmed', 'detected', 'approved'];

describe('buildReviewQueue', () => {
  it('puts the least confident splits first, ties in source order', () => {
    expect(buildReviewQueue(items, statuses, 'all')).toEqual([1, 3, 2, 4, 0]);
  });

  it('filters to undecided or doubtful splits', () => {
    expect(buildReviewQueue(items, statuses, 'undecided')).toEqual([1, 3, 0]);
    expect(buildReviewQueue(items, statuses, 'doubtful')).toEqual([1, 3]);
  });
});

describe('findNextDoubtful', () => {
  it('walks the undecided doubtful splits in source order and wraps round', () => {
    expect(findNextDoubtful(items, statuses, 0)).toBe(1);
    expect(findNextDoubtful(items, statuses, 1)).toBe(3);
    expect(findNextDoubtful(items, statuses, 3)).toBe(1);
  });

  it('goes on to the least confident undecided splits once no doubtful one is left', () => {
    const decided: ItemStatus[] = ['detected', 'confirmed', 'detected', 'confirmed', 'detected'];
    // Undecided in queue order: 2 (0.8), 4 (0.9), 0 (0.97).
    expect(findNextDoubtful(items, decided, 1)).toBe(2);
    expect(findNextDoubtful(items, decided, 2)).toBe(4);
    expect(findNextDoubtful(items, decided, 0)).toBe(2);
  });

  it('says when every split is decided', () => {
    expect(
      findNextDoubtful(
        items,
        items.map(() => 'confirmed'),
        0,
      ),
    ).toBeNull();
  });
});

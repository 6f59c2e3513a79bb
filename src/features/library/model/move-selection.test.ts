import { describe, expect, it } from 'vitest';
import { moveSelection, selectionAfterRemoval } from './move-selection.ts';

describe('moveSelection', () => {
  const ids = ['a', 'b', 'c'];

  it.each([
    { current: null, step: 1, expected: 'a' },
    { current: 'a', step: 1, expected: 'b' },
    { current: 'b', step: -1, expected: 'a' },
    { current: 'c', step: 1, expected: 'c' },
    { current: 'a', step: -1, expected: 'a' },
    { current: 'gone', step: 1, expected: 'a' },
  ])('from $current by $step gives $expected', ({ current, step, expected }) => {
    expect(moveSelection(ids, current, step)).toBe(expected);
  });

  it('selects nothing in an empty list', () => {
    expect(moveSelection([], null, 1)).toBeNull();
  });
});

describe('selectionAfterRemoval', () => {
  it('prefers the next row, then the previous one', () => {
    expect(selectionAfterRemoval(['a', 'b', 'c'], 'b')).toBe('c');
    expect(selectionAfterRemoval(['a', 'b', 'c'], 'c')).toBe('b');
    expect(selectionAfterRemoval(['a'], 'a')).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { formatKey, splitKeys } from './kbd.tsx';

describe('splitKeys', () => {
  it.each([
    { keys: 'Mod+Shift+L', expected: ['Mod', 'Shift', 'L'] },
    { keys: '?', expected: ['?'] },
    { keys: '+', expected: ['+'] },
    { keys: 'Mod++', expected: ['Mod', '+'] },
    { keys: 'ArrowDown', expected: ['ArrowDown'] },
  ])('splits $keys', ({ keys, expected }) => {
    expect(splitKeys(keys)).toEqual(expected);
  });
});

describe('formatKey', () => {
  it('names special keys and upper-cases letters', () => {
    expect(formatKey('ArrowDown')).toBe('↓');
    expect(formatKey('Escape')).toBe('Esc');
    expect(formatKey('j')).toBe('J');
    expect(formatKey('F2')).toBe('F2');
    expect(['Ctrl', '⌘']).toContain(formatKey('Mod'));
  });
});

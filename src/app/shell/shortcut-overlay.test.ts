import { describe, expect, it } from 'vitest';
import type { ShortcutDefinition } from '../../lib/shortcuts.tsx';
import { groupShortcuts } from './shortcut-overlay.tsx';

const define = (keys: string, en: string, group: string): ShortcutDefinition => ({
  keys,
  description: { en, zh: en },
  group: { en: group, zh: group },
  handler: () => undefined,
});

describe('groupShortcuts', () => {
  it('groups by screen, puts the keys of one action together, and the global ones last', () => {
    const groups = groupShortcuts(
      [
        define('?', 'Show the keyboard shortcuts', 'Everywhere'),
        define('j', 'Next issue', 'Library'),
        define('ArrowDown', 'Next issue', 'Library'),
        define('F2', 'Rename', 'Library'),
      ],
      'en',
      'Everywhere',
    );
    expect(groups).toEqual([
      {
        name: 'Library',
        rows: [
          { description: 'Next issue', keys: ['j', 'ArrowDown'] },
          { description: 'Rename', keys: ['F2'] },
        ],
      },
      { name: 'Everywhere', rows: [{ description: 'Show the keyboard shortcuts', keys: ['?'] }] },
    ]);
  });
});

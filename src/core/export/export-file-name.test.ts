import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { issueFileBase, toFileSlug } from './export-file-name.ts';
import { zhIssue } from './fixtures/zh-issue.ts';

describe('toFileSlug', () => {
  it.each([
    ['太原日报 2022-09-21', '太原日报-2022-09-21'],
    ['The Evening Ledger', 'the-evening-ledger'],
    ['a/b\\c:d*e?f"g<h>i|j', 'a-b-c-d-e-f-g-h-i-j'],
    ['  ..hidden..  ', 'hidden'],
    ['CON', 'con-x'],
    ['lpt1', 'lpt1-x'],
    ['', 'x'],
    ['？！……', 'x'],
    ['Café Müller', 'café-müller'],
  ])('%j becomes %j', (text, slug) => {
    expect(toFileSlug(text, 'x')).toBe(slug);
  });

  it('is always a short name every system accepts', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => {
        const slug = toFileSlug(text, 'x');
        expect(slug.length).toBeGreaterThan(0);
        expect(Array.from(slug).length).toBeLessThanOrEqual(32);
        // At most 255 bytes with room for a prefix and an extension.
        expect(new TextEncoder().encode(slug).length).toBeLessThanOrEqual(128);
        expect(slug).not.toMatch(/[<>:"/\\|?*\p{Cc}\s]|^[-.]|[-.]$/u);
      }),
    );
  });
});

describe('issueFileBase', () => {
  it('uses paper and date, else the title', () => {
    expect(issueFileBase(zhIssue.issue)).toBe('太原日报-2022-09-21');
    expect(issueFileBase({ ...zhIssue.issue, paper: null, date: null, title: 'pasted text' })).toBe(
      'pasted-text',
    );
    expect(issueFileBase({ ...zhIssue.issue, paper: null, date: null, title: '' })).toBe('issue');
  });
});

import { describe, expect, it } from 'vitest';
import { escapeMarkdown } from './export-markdown.ts';
import { enIssue } from './fixtures/en-issue.ts';
import { zhIssue } from './fixtures/zh-issue.ts';
import type { IssueSnapshot } from './issue-snapshot.ts';
import { selectScope } from './select-scope.ts';
import { formatPageHeading, joinNames, toReadableIssue } from './to-readable-issue.ts';

const readable = (snapshot: IssueSnapshot) =>
  toReadableIssue(snapshot, selectScope(snapshot, { kind: 'issue' }));

describe('toReadableIssue', () => {
  it('groups items by page in number order and leaves furniture out', () => {
    const issue = readable(zhIssue);
    expect(
      issue.pages.map((page) => [page.heading, page.entries.map((entry) => entry.kind)]),
    ).toEqual([
      ['第1版 · 要闻', ['article', 'teaser', 'photo']],
      ['第2版 · 城事', ['article']],
    ]);
  });

  it('shows a dateline only when the first paragraph does not open with it', () => {
    const [first, second] = readable(enIssue).pages[0]!.entries;
    expect(first!.dateline).toBe('');
    expect(second!.dateline).toBe('BOSTON, Oct. 9.');
  });

  it('writes bylines and photo credits as the paper’s language does', () => {
    expect(joinNames(['A'], 'en')).toBe('A');
    expect(joinNames(['A', 'B'], 'en')).toBe('A and B');
    expect(joinNames(['A', 'B', 'C'], 'en')).toBe('A, B and C');
    expect(joinNames(['甲', '乙'], 'zh')).toBe('甲、乙');
    const [, , photo] = readable(zhIssue).pages[0]!.entries;
    expect(photo).toMatchObject({ byline: '', credit: '贾鹏、米国伟 摄' });
    const enPhoto = readable(enIssue).pages[0]!.entries[3]!;
    expect(enPhoto).toMatchObject({ byline: '', credit: 'Photo: JANE DOE' });
  });

  it('cleans text to one line without control characters', () => {
    const record = enIssue.items[1]!;
    const snapshot: IssueSnapshot = {
      ...enIssue,
      items: [
        {
          ...record,
          content: {
            ...record.content,
            headline: '  Harbor\r\n  Ice\u0000 ',
            body: [
              { type: 'paragraph', text: ' \n ', sourceLines: [] },
              { type: 'paragraph', text: 'One\ttwo\nthree', sourceLines: [] },
            ],
          },
        },
      ],
    };
    const [entry] = readable(snapshot).pages[0]!.entries;
    expect(entry!.headline).toBe('Harbor Ice');
    expect(entry!.body).toEqual([{ type: 'paragraph', text: 'One two three' }]);
  });

  it('heads pages in the issue language', () => {
    expect(formatPageHeading(3, null, 'zh')).toBe('第3版');
    expect(formatPageHeading(3, 'Sports', 'en')).toBe('Page 3 · Sports');
  });
});

describe('escapeMarkdown', () => {
  it.each([
    [
      '*bold* _it_ `code` [a](b) <b> #1 a|b ~x~',
      '\\*bold\\* \\_it\\_ \\`code\\` \\[a\\](b) \\<b\\> \\#1 a\\|b \\~x\\~',
    ],
    ['- not a list', '\\- not a list'],
    ['+ not a list', '\\+ not a list'],
    ['1. not a list', '1\\. not a list'],
    ['AT&T &amp; &#60;', 'AT&T \\&amp; &\\#60;'],
    ['back\\slash', 'back\\\\slash'],
    ['中文（括号）', '中文（括号）'],
  ])('%j becomes %j', (text, escaped) => {
    expect(escapeMarkdown(text)).toBe(escaped);
  });
});

import { describe, expect, it } from 'vitest';
import type { ItemKind } from '../../../core/analysis-types.ts';
import { buildTestItem } from '../../../core/testing/build-test-item.ts';
import type { IssueId, ItemId, ItemRecord } from '../../../storage/records.ts';
import { articleGroups, formatFileSize, itemTitle, pageChoices } from './export-choices.ts';

function record(
  order: number,
  kind: ItemKind,
  page: number,
  content: Partial<ItemRecord['content']> = {},
): ItemRecord {
  const startLine = order * 10 + 1;
  return {
    id: `issue:${startLine}` as ItemId,
    issueId: 'issue' as IssueId,
    order,
    item: buildTestItem([startLine], { kind, page }),
    status: 'detected',
    content: {
      section: '',
      kicker: '',
      headline: '',
      subtitles: [],
      dateline: '',
      bylines: [],
      caption: '',
      body: [],
      ...content,
    },
    flags: [],
    revision: 0,
    updatedAt: 0,
  };
}

// Out of order on purpose: lists follow `order`, not the array.
const items = [
  record(3, 'article', 2, { headline: '第二版头条' }),
  record(0, 'furniture', 1, { headline: '太原日报' }),
  record(1, 'article', 1, { headline: '头版头条' }),
  record(2, 'photo', 1, { caption: '丰收的喜悦' }),
  record(4, 'furniture', 3, { headline: '责任编辑' }),
];

describe('pageChoices', () => {
  it('lists the pages holding more than furniture, with section names and counts', () => {
    const pages = [
      { number: 1, section: '要闻', startLine: 1 },
      { number: 2, section: null, startLine: 30 },
      { number: 3, section: '广告', startLine: 40 },
    ];
    expect(pageChoices(pages, items)).toEqual([
      { number: 1, section: '要闻', count: 2 },
      { number: 2, section: null, count: 1 },
    ]);
    expect(pageChoices([], items).map((page) => page.number)).toEqual([1, 2]);
  });
});

describe('articleGroups', () => {
  it('groups the articles, teasers and photos by page in reading order', () => {
    expect(
      articleGroups(items).map((group) => [group.page, group.choices.map((c) => c.title)]),
    ).toEqual([
      [1, ['头版头条', '丰收的喜悦']],
      [2, ['第二版头条']],
    ]);
  });
});

describe('itemTitle', () => {
  it('falls back from the headline to the caption, kicker and first words, and shortens', () => {
    expect(itemTitle(record(0, 'article', 1, { kicker: '引题' }))).toBe('引题');
    const long = record(0, 'article', 1, {
      body: [{ type: 'paragraph', text: '一'.repeat(60), sourceLines: [] }],
    });
    expect(itemTitle(long, 10)).toBe(`${'一'.repeat(9)}…`);
    expect(itemTitle(record(0, 'article', 1))).toBe('');
  });
});

describe('formatFileSize', () => {
  it('says bytes, kB or MB', () => {
    expect(formatFileSize(812, 'en')).toEqual({ unit: 'bytes', count: '812' });
    expect(formatFileSize(4_250, 'en')).toEqual({ unit: 'kB', count: '4.3' });
    expect(formatFileSize(48_900, 'en')).toEqual({ unit: 'kB', count: '49' });
    expect(formatFileSize(3_250_000, 'zh-CN')).toEqual({ unit: 'MB', count: '3.3' });
  });
});

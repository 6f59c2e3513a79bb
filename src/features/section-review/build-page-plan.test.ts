import { describe, expect, it } from 'vitest';
import type { Item } from '../../core/analysis-types.ts';
import type { ArticleFlag, IssueId, ItemId, ItemRecord } from '../../storage/records.ts';
import {
  DEFAULT_FILTER,
  buildPagePlan,
  cardSpan,
  cardTitle,
  countCharacters,
  matchesFilter,
  toReviewCard,
} from './build-page-plan.ts';

const baseItem: Item = {
  kind: 'article',
  startLine: 1,
  endLine: 3,
  lines: [1, 2, 3],
  confidence: 1,
  reasons: [],
  headline: '市委常委会召开会议',
  kicker: null,
  subtitles: ['韦韬主持'],
  section: null,
  dateline: '本报讯',
  bylines: ['殷雪鸢'],
  paragraphs: [
    { lines: [2], text: '第一段。' },
    { lines: [3], text: '第二段。' },
  ],
  crossheads: [],
  jumpPage: null,
  caption: null,
  page: 1,
  pageSection: null,
  roles: {},
};

function flag(state: ArticleFlag['state'], severity: 1 | 2): ArticleFlag {
  return {
    id: `1:0:similar-shape:${state}:${severity}`,
    target: { kind: 'body', block: 0 },
    offset: 0,
    text: '他入',
    suggestion: '他人',
    type: 'similar-shape',
    message: '',
    confidence: 0.9,
    severity,
    state,
    source: { line: 1, column: 0, length: 2 },
  };
}

function record(id: string, item: Partial<Item>, extra: Partial<ItemRecord> = {}): ItemRecord {
  const full = { ...baseItem, ...item };
  return {
    id: id as ItemId,
    issueId: 'issue' as IssueId,
    order: full.startLine,
    item: full,
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
    },
    flags: [],
    revision: 0,
    updatedAt: 0,
    ...extra,
  };
}

describe('toReviewCard', () => {
  it('falls back to the split’s fields while the content is empty', () => {
    const card = toReviewCard(record('a', {}));
    expect(card).toMatchObject({
      headline: '市委常委会召开会议',
      subtitles: ['韦韬主持'],
      bylines: ['殷雪鸢'],
      dateline: '本报讯',
      lede: '第一段。',
      characters: 8,
      paragraphs: 2,
      openFlags: 0,
    });
  });

  it('shows the corrected content, counts its body and only the open flags', () => {
    const card = toReviewCard(
      record(
        'a',
        {},
        {
          status: 'corrected',
          content: {
            section: '要闻',
            kicker: '引题',
            headline: '改正后的标题',
            subtitles: [],
            dateline: '',
            bylines: ['梁涛'],
            caption: '',
            body: [
              { type: 'crosshead', text: '小标题', sourceLines: [2] },
              { type: 'paragraph', text: '正文𠮷字。', sourceLines: [3] },
            ],
          },
          flags: [flag('open', 2), flag('open', 1), flag('applied', 2), flag('dismissed', 1)],
        },
      ),
    );
    expect(card).toMatchObject({
      status: 'corrected',
      section: '要闻',
      kicker: '引题',
      headline: '改正后的标题',
      subtitles: ['韦韬主持'],
      bylines: ['梁涛'],
      lede: '正文𠮷字。',
      characters: 8,
      paragraphs: 1,
      openFlags: 2,
      headlineFlags: 1,
    });
  });

  it('measures a photo by its caption', () => {
    const card = toReviewCard(
      record('p', { kind: 'photo', headline: null, paragraphs: [], caption: '村民采摘蔬菜。' }),
    );
    expect(card).toMatchObject({
      kind: 'photo',
      caption: '村民采摘蔬菜。',
      characters: 7,
      span: 2,
    });
  });
});

describe('cardSpan', () => {
  it('widens articles with their length and keeps the rest fixed', () => {
    expect([100, 600, 1200, 3000].map((length) => cardSpan('article', length))).toEqual([
      2, 3, 4, 6,
    ]);
    expect(cardSpan('teaser', 5000)).toBe(2);
    expect(cardSpan('photo', 10)).toBe(2);
    expect(cardSpan('furniture', 0)).toBe(6);
  });
});

describe('countCharacters', () => {
  it('counts characters outside the basic plane once', () => {
    expect(countCharacters('𠮷野家 café')).toBe(8);
  });
});

describe('buildPagePlan', () => {
  const pages = [
    { number: 1, section: '要闻', startLine: 1 },
    { number: 2, section: null, startLine: 20 },
  ];

  it('groups items by page in page order, with totals that leave furniture out', () => {
    const plan = buildPagePlan(
      [
        record('b', { startLine: 10, page: 1 }, { status: 'approved' }),
        record('c', { startLine: 22, page: 2 }, { flags: [flag('open', 1)] }),
        record('a', { startLine: 2, page: 1 }),
        record('f', { kind: 'furniture', startLine: 1, page: 1, paragraphs: [] }),
        record('t', { kind: 'teaser', startLine: 15, page: 1, paragraphs: [] }),
      ],
      pages,
    );
    expect(
      plan.map((page) => [page.number, page.section, page.cards.map((card) => card.id)]),
    ).toEqual([
      [1, '要闻', ['f', 'a', 'b', 't']],
      [2, null, ['c']],
    ]);
    expect(plan[0]?.totals).toEqual({
      articles: 2,
      items: 3,
      characters: 16,
      openFlags: 0,
      approved: 1,
    });
    expect(plan[1]?.totals).toMatchObject({ articles: 1, openFlags: 1 });
  });

  it('keeps a listed page with no items, and adds a page for items on an unlisted one', () => {
    const plan = buildPagePlan([record('x', { page: 5, pageSection: '体育' })], pages);
    expect(plan.map((page) => [page.number, page.section, page.cards.length])).toEqual([
      [1, '要闻', 0],
      [2, null, 0],
      [5, '体育', 1],
    ]);
  });

  it('lists a page number only once when the issue names it twice', () => {
    const plan = buildPagePlan(
      [record('a', {})],
      [
        { number: 1, section: null, startLine: 1 },
        { number: 1, section: '要闻', startLine: 9 },
      ],
    );
    expect(plan.map((page) => [page.number, page.section])).toEqual([[1, '要闻']]);
  });
});

describe('matchesFilter', () => {
  const article = toReviewCard(record('a', {}, { status: 'confirmed' }));
  const furniture = toReviewCard(record('f', { kind: 'furniture' }));

  it('hides furniture unless asked for, or picked as the kind', () => {
    expect(matchesFilter(article, DEFAULT_FILTER)).toBe(true);
    expect(matchesFilter(furniture, DEFAULT_FILTER)).toBe(false);
    expect(matchesFilter(furniture, { ...DEFAULT_FILTER, showFurniture: true })).toBe(true);
    expect(matchesFilter(furniture, { ...DEFAULT_FILTER, kind: 'furniture' })).toBe(true);
  });

  it('filters by status and kind together', () => {
    expect(matchesFilter(article, { ...DEFAULT_FILTER, status: 'confirmed' })).toBe(true);
    expect(matchesFilter(article, { ...DEFAULT_FILTER, status: 'approved' })).toBe(false);
    expect(matchesFilter(article, { ...DEFAULT_FILTER, kind: 'teaser' })).toBe(false);
  });
});

describe('cardTitle', () => {
  it('names a card by its headline, a photo by its caption, a continuation by its opening words', () => {
    expect(cardTitle(toReviewCard(record('a', {})))).toBe('市委常委会召开会议');
    expect(
      cardTitle(
        toReviewCard(record('p', { kind: 'photo', headline: null, caption: '村民采摘蔬菜' })),
      ),
    ).toBe('村民采摘蔬菜');
    const continuation = toReviewCard(
      record('c', {
        headline: null,
        paragraphs: [{ lines: [2], text: 'the council will meet again next week to choose.' }],
      }),
    );
    expect(cardTitle(continuation)).toBe('the council will meet a…');
    expect(cardTitle(toReviewCard(record('x', { headline: null, paragraphs: [] })))).toBeNull();
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Item } from '../../core/analysis-types.ts';
import { analyzeIssue } from '../../core/segment/analyze-issue.ts';
import { linkJumps, titleSimilarity } from './link-jumps.ts';
import type { JumpItem, JumpLink } from './link-jumps.ts';
import { buildTestItem } from '../../core/testing/build-test-item.ts';

// Analyses a text and links its jumps, naming items by kind, page and headline for readable assertions.
function analyseAndLink(text: string) {
  const analysis = analyzeIssue(text);
  const items: JumpItem[] = analysis.items.map((item, index) => toJumpItem(`item-${index}`, item));
  const links = linkJumps({ items, pages: analysis.pages, sourceLines: text.split(/\r?\n/) });
  const find = (predicate: (item: Item) => boolean): JumpItem => {
    const found = items.find((entry) => predicate(entry.item));
    if (!found) throw new Error('no such item');
    return found;
  };
  return { analysis, items, links, find };
}

function toJumpItem(id: string, item: Item, headline = item.headline ?? ''): JumpItem {
  return {
    id,
    item,
    headline,
    kicker: item.kicker ?? '',
    subtitles: item.subtitles,
  };
}

function only(links: ReadonlyMap<string, JumpLink[]>, id: string): JumpLink {
  const list = links.get(id) ?? [];
  expect(list).toHaveLength(1);
  return list[0]!;
}

const twoPageZh = [
  '第1版 要闻',
  '',
  '全市秋粮收购工作全面启动',
  '',
  '（见第2版）',
  '',
  '老城区供暖管网改造完工',
  '',
  '本报讯（记者 王 刚）10月8日，老城区供暖管网改造工程全面完工，惠及居民三万余户。工程自今年春季开工，共改造管网四十余公里。',
  '',
  '市有关部门表示，今冬供暖将按时启动，居民家中温度将有明显提升，管网漏损率也将大幅下降。',
  '',
  '（下转第2版）',
  '',
  '\f第2版 经济',
  '',
  '城东新建三所学校',
  '',
  '本报讯 城东新区今年新建的三所学校已全部投入使用，新增学位四千余个。',
  '',
  '全市秋粮收购工作全面启动',
  '',
  '本报讯 记者从市粮食局获悉，全市秋粮收购工作近日全面启动，各收购网点已做好准备。',
  '',
  '今年全市秋粮预计丰收，收购价格保持稳定，农民售粮积极性较高。',
  '',
  '（上接第1版）',
  '',
  '供暖管网改造完工后，相关部门将组织验收，确保今冬居民温暖过冬。',
  '',
].join('\n');

describe('linkJumps on a two-page issue split by a form feed', () => {
  const { analysis, links, find } = analyseAndLink(twoPageZh);

  it('reads two pages', () => {
    expect(analysis.pages.map((page) => page.number)).toEqual([1, 2]);
  });

  it('links the teaser on page 1 to its article on page 2', () => {
    const teaser = find((item) => item.kind === 'teaser');
    const article = find(
      (item) => item.kind === 'article' && item.page === 2 && item.headline === teaser.headline,
    );
    const link = only(links, teaser.id);
    expect(link).toMatchObject({ kind: 'teaser', page: 2, line: 5 });
    expect(link.target).toEqual({ state: 'linked', itemId: article.id, score: 1 });
  });

  it('links a continued-on jump to the item the continued-from jump opens, and back', () => {
    const origin = find((item) => item.headline === '老城区供暖管网改造完工');
    const continuation = find(
      (item) => item.kind === 'article' && item.page === 2 && item.headline === null,
    );
    const onward = only(links, origin.id);
    expect(onward).toMatchObject({ kind: 'continued-on', page: 2, line: 13 });
    expect(onward.target).toMatchObject({ state: 'linked', itemId: continuation.id });
    const back = only(links, continuation.id);
    expect(back).toMatchObject({ kind: 'continued-from', page: 1 });
    expect(back.target).toMatchObject({ state: 'linked', itemId: origin.id });
  });

  it('gives items without a jump no links', () => {
    const school = find((item) => item.headline === '城东新建三所学校');
    expect(links.has(school.id)).toBe(false);
  });
});

describe('linkJumps on the sample issue', () => {
  const text = readFileSync(
    new URL('../../../public/samples/taiyuan-daily-2022-09-21.txt', import.meta.url),
    'utf8',
  );
  const { items, links } = analyseAndLink(text);

  it('says that both teasers point to pages that are not in the issue', () => {
    const teasers = items.filter((entry) => entry.item.kind === 'teaser');
    expect(teasers).toHaveLength(2);
    const found = teasers.map((teaser) => only(links, teaser.id));
    expect(found.map((link) => [link.kind, link.page, link.target.state])).toEqual([
      ['teaser', 3, 'page-not-in-issue'],
      ['teaser', 2, 'page-not-in-issue'],
    ]);
  });

  it('finds no other jumps', () => {
    expect([...links.keys()].sort()).toEqual(
      items
        .filter((entry) => entry.item.kind === 'teaser')
        .map((entry) => entry.id)
        .sort(),
    );
  });
});

describe('linkJumps with English jump lines', () => {
  const text = [
    'CITY COUNCIL',
    'VOTES NEW',
    'BRIDGE FUNDS',
    'By JOHN A. MERRILL.',
    'SPRINGFIELD, Oct. 9.-The city council',
    'last night approved the money for a new',
    'bridge across the river.',
    'Continued on Page 2',
    '',
    'FIRE DESTROYS BARN',
    'NEWTON, Oct. 9.-A barn owned by',
    'James Hall burned to the ground last',
    'night.',
    'Continued on Page 2',
    '',
    '\fFIRE from Page 1',
    'the firemen could not save the animals',
    'that were kept in the barn.',
    '',
    'BRIDGE from Page 1',
    'the council will meet again next week',
    'to choose the builder.',
    '',
  ].join('\n');
  const { links, find } = analyseAndLink(text);

  it('tells two continuations on one page apart by their slugs', () => {
    const bridge = find((item) => item.headline === 'CITY COUNCIL VOTES NEW BRIDGE FUNDS');
    const fire = find((item) => item.headline === 'FIRE DESTROYS BARN');
    const fireContinued = find((item) => item.startLine === 16);
    const bridgeContinued = find((item) => item.startLine === 20);
    expect(only(links, bridge.id).target).toMatchObject({
      state: 'linked',
      itemId: bridgeContinued.id,
    });
    expect(only(links, fire.id).target).toMatchObject({
      state: 'linked',
      itemId: fireContinued.id,
    });
    expect(only(links, bridgeContinued.id)).toMatchObject({
      kind: 'continued-from',
      page: 1,
      target: { state: 'linked', itemId: bridge.id },
    });
  });

  it('lists both continuations when nothing tells them apart', () => {
    const plain = text
      .replace('FIRE from Page 1', 'Continued from Page 1')
      .replace('BRIDGE from Page 1', 'Continued from Page 1');
    const result = analyseAndLink(plain);
    const bridge = result.find((item) => item.headline === 'CITY COUNCIL VOTES NEW BRIDGE FUNDS');
    const target = only(result.links, bridge.id).target;
    expect(target.state).toBe('candidates');
    if (target.state !== 'candidates') return;
    expect(target.candidates).toHaveLength(2);
  });
});

describe('linkJumps on hand-made items', () => {
  const base = buildTestItem([1]);
  const pages = [
    { number: 1, section: null, startLine: 1 },
    { number: 2, section: null, startLine: 10 },
  ];
  const teaser: Item = {
    ...base,
    kind: 'teaser',
    lines: [1, 2],
    endLine: 2,
    headline: '汾河生态保护倡议书发布',
    jumpPage: 2,
    roles: { 1: 'headline', 2: 'jump' },
  };
  const article = (line: number, headline: string): Item => ({
    ...base,
    startLine: line,
    endLine: line + 1,
    lines: [line, line + 1],
    headline,
    page: 2,
    paragraphs: [{ lines: [line + 1], text: '正文。' }],
    roles: { [line]: 'headline', [line + 1]: 'body' },
  });

  it('lists candidates when two headlines match the teaser equally', () => {
    const links = linkJumps({
      items: [
        toJumpItem('teaser', teaser),
        toJumpItem('a', article(10, '汾河生态保护倡议书发布')),
        toJumpItem('b', article(12, '汾河生态保护倡议书发布会')),
        toJumpItem('c', article(14, '城东新建三所学校')),
      ],
      pages,
      sourceLines: ['汾河生态保护倡议书发布', '（见第2版）'],
    });
    const target = only(links, 'teaser').target;
    expect(target.state).toBe('candidates');
    if (target.state !== 'candidates') return;
    expect(target.candidates.map((candidate) => candidate.itemId)).toEqual(['a', 'b']);
  });

  it('matches on the corrected headline and kicker, not the OCR text', () => {
    const links = linkJumps({
      items: [
        toJumpItem('teaser', teaser),
        toJumpItem('a', article(10, '汾河牛态保护倡汉书发布'), '汾河生态保护倡议书发布'),
        toJumpItem('b', article(12, '城东新建三所学校')),
      ],
      pages,
    });
    expect(only(links, 'teaser').target).toEqual({ state: 'linked', itemId: 'a', score: 1 });
  });

  it('still links a teaser whose jump line was retagged, from its jump page', () => {
    const retagged: Item = { ...teaser, roles: { 1: 'headline', 2: 'headline' } };
    const links = linkJumps({
      items: [toJumpItem('teaser', retagged), toJumpItem('a', article(10, teaser.headline ?? ''))],
      pages,
    });
    expect(only(links, 'teaser')).toMatchObject({
      line: null,
      page: 2,
      target: { state: 'linked', itemId: 'a' },
    });
  });

  it('says when the named page holds nothing to link to', () => {
    const links = linkJumps({ items: [toJumpItem('teaser', teaser)], pages });
    expect(only(links, 'teaser').target).toEqual({ state: 'not-found' });
  });

  it('offers the page’s articles when no headline resembles the teaser', () => {
    const links = linkJumps({
      items: [toJumpItem('teaser', teaser), toJumpItem('c', article(14, '城东新建三所学校'))],
      pages,
    });
    expect(only(links, 'teaser').target).toEqual({
      state: 'candidates',
      candidates: [{ itemId: 'c', score: 0 }],
    });
  });
});

describe('titleSimilarity', () => {
  it('is 1 for the same title, whatever the case, width, spaces and punctuation', () => {
    expect(titleSimilarity('Harbor Ice Breaks', 'HARBOR ICE—BREAKS')).toBe(1);
    expect(titleSimilarity('“山西这十年” 新闻发布会', '“山西这十年”新闻发布会')).toBe(1);
    expect(titleSimilarity('ＡＢＣ１２３', 'abc123')).toBe(1);
  });

  it('is 0 for titles with nothing in common, and for empty ones', () => {
    expect(titleSimilarity('城东新建学校', '汾河生态保护')).toBe(0);
    expect(titleSimilarity('', '')).toBe(0);
  });

  it('ranks a closer title higher', () => {
    const teaser = '加快汾河流域生态保护和高质量发展倡议书';
    expect(titleSimilarity(teaser, '汾河流域生态保护倡议书')).toBeGreaterThan(
      titleSimilarity(teaser, '汾河公园赏菊'),
    );
  });
});

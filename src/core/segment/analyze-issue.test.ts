import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Item } from '../analysis-types.ts';
import { walkFixtures } from '../testing/walk-fixtures.ts';
import { analyzeIssue } from './analyze-issue.ts';

interface ExpectedItem {
  kind: Item['kind'];
  startLine: number;
  endLine: number;
  headline?: string | null;
  kicker?: string | null;
  section?: string | null;
  subtitles?: string[];
  dateline?: string | null;
  bylines?: string[];
  paragraphs?: number[][];
  paragraphTexts?: string[];
  crossheads?: number[];
  jumpPage?: number | null;
  caption?: string | null;
  page?: number;
  pageSection?: string | null;
}

interface ExpectedAnalysis {
  language: 'zh' | 'en';
  items: ExpectedItem[];
}

/** Projects an item onto the fields a fixture names, so each case states only what it is about. */
function project(item: Item, expected: ExpectedItem): ExpectedItem {
  const projected: ExpectedItem = {
    kind: item.kind,
    startLine: item.startLine,
    endLine: item.endLine,
  };
  for (const key of Object.keys(expected) as (keyof ExpectedItem)[]) {
    if (key === 'paragraphs')
      projected.paragraphs = item.paragraphs.map((paragraph) => paragraph.lines);
    else if (key === 'paragraphTexts')
      projected.paragraphTexts = item.paragraphs.map((paragraph) => paragraph.text);
    else if (key !== 'kind' && key !== 'startLine' && key !== 'endLine') {
      Object.assign(projected, { [key]: item[key] });
    }
  }
  return projected;
}

const fixtureFolder = join(import.meta.dirname, 'fixtures');

describe('analyzeIssue fixtures', () => {
  for (const fixture of walkFixtures<ExpectedAnalysis>(fixtureFolder)) {
    it(fixture.name, () => {
      const analysis = analyzeIssue(fixture.input);
      expect(analysis.language).toBe(fixture.expected.language);
      const actual = fixture.expected.items.map((expectedItem, index) => {
        const item = analysis.items.find(
          (candidate) =>
            candidate.startLine === expectedItem.startLine && candidate.kind === expectedItem.kind,
        );
        return item ? project(item, expectedItem) : { missing: index };
      });
      expect(actual).toEqual(fixture.expected.items);
      expect(analysis.items).toHaveLength(fixture.expected.items.length);
    });
  }
});

interface TruthItem {
  kind: Item['kind'];
  startLine: number;
  endLine: number;
  headline?: string | null;
  kicker?: string | null;
  subtitles?: string[];
  section?: string | null;
  dateline?: string | null;
  bylines?: string[];
  paragraphs?: number[][];
  crossheads?: number[];
  jumpPage?: number;
  caption?: string;
}

describe('the built-in sample issue', () => {
  const text = readFileSync(
    join(import.meta.dirname, '../../../public/samples/taiyuan-daily-2022-09-21.txt'),
    'utf8',
  );
  const truth = JSON.parse(
    readFileSync(join(fixtureFolder, 'sample-issue.truth.json'), 'utf8'),
  ) as {
    items: TruthItem[];
    furniture: { line: number }[];
  };
  const analysis = analyzeIssue(text);

  it('finds exactly the nine items of the page, with their fields', () => {
    const segments = analysis.items.filter((item) => item.kind !== 'furniture');
    expect(segments.map((item) => [item.kind, item.startLine, item.endLine])).toEqual(
      truth.items.map((item) => [item.kind, item.startLine, item.endLine]),
    );
    for (const [index, expected] of truth.items.entries()) {
      const item = segments[index];
      expect(item?.headline ?? null).toBe(expected.headline ?? null);
      if (expected.bylines) expect(item?.bylines).toEqual(expected.bylines);
      if (expected.paragraphs)
        expect(item?.paragraphs.map((paragraph) => paragraph.lines)).toEqual(expected.paragraphs);
      if (expected.crossheads) expect(item?.crossheads).toEqual(expected.crossheads);
      if ('kicker' in expected) expect(item?.kicker).toBe(expected.kicker);
      if ('section' in expected) expect(item?.section).toBe(expected.section);
      if (expected.subtitles) expect(item?.subtitles).toEqual(expected.subtitles);
      if ('dateline' in expected) expect(item?.dateline).toBe(expected.dateline);
      if (expected.jumpPage !== undefined) expect(item?.jumpPage).toBe(expected.jumpPage);
      if (expected.caption !== undefined) expect(item?.caption).toBe(expected.caption);
    }
  });

  it('lifts the slogan out as furniture', () => {
    const furniture = analysis.items
      .filter((item) => item.kind === 'furniture')
      .map((item) => item.startLine);
    expect(furniture).toEqual(truth.furniture.map((entry) => entry.line));
  });

  it('gives every split a reason and a confidence between 0 and 1', () => {
    for (const item of analysis.items) {
      expect(item.reasons.length).toBeGreaterThan(0);
      expect(item.confidence).toBeGreaterThan(0);
      expect(item.confidence).toBeLessThanOrEqual(1);
    }
  });
});

describe('pages', () => {
  it('numbers pages by form feeds and names them from their headers', () => {
    const analysis = analyzeIssue(
      '第1版 要闻\n\n标题一\n\n本报讯 正文一。\n\f第3版 国际\n\n标题二\n\n本报讯 正文二。\n',
    );
    expect(analysis.pages).toEqual([
      { number: 1, section: '要闻', startLine: 1 },
      { number: 3, section: '国际', startLine: 6 },
    ]);
    const second = analysis.items.find((item) => item.headline === '标题二');
    expect(second?.page).toBe(3);
    expect(second?.pageSection).toBe('国际');
  });

  it('does not open a second page for a form feed before any text', () => {
    expect(analyzeIssue('\f标题\n\n本报讯 正文。').pages).toHaveLength(1);
  });
});

describe('English headline repair', () => {
  it('puts right a misread headline word from the article’s words, when a dictionary is given', () => {
    const text =
      'FRIENDS Olf THE MAYOR\nThe friends of the mayor met the friends of the council\nlast night.\n';
    const known = new Set(['friends', 'of', 'the', 'mayor', 'met', 'council', 'last', 'night']);
    const isEnWord = (word: string) => known.has(word.toLowerCase());
    const repaired = analyzeIssue(text, { proofreading: { isEnWord } }).items[0];
    expect(repaired?.headline).toBe('FRIENDS OF THE MAYOR');
    expect(repaired?.reasons.some((reason) => reason.includes('Olf → OF'))).toBe(true);
    expect(analyzeIssue(text).items[0]?.headline).toBe('FRIENDS Olf THE MAYOR');
  });
});

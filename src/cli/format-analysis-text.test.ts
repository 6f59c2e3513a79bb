import { describe, expect, it } from 'vitest';
import type { Analysis, Item } from '../core/analysis-types.ts';
import { formatAnalysisText } from './format-analysis-text.ts';

const article: Item = {
  kind: 'article',
  startLine: 3,
  endLine: 21,
  lines: [3, 9, 11, 13, 21],
  confidence: 0.934,
  reasons: ['dateline 本报讯 opens line 9'],
  headline: '市委常委会召开会议',
  kicker: null,
  subtitles: [],
  section: null,
  dateline: '本报讯',
  bylines: ['殷雪鸢', '梁涛'],
  paragraphs: [
    { lines: [11, 13], text: '…' },
    { lines: [21], text: '…' },
  ],
  crossheads: [],
  jumpPage: null,
  caption: null,
  page: 1,
  pageSection: '要闻',
  roles: {},
};

const analysis: Analysis = {
  language: 'zh',
  items: [
    article,
    {
      ...article,
      kind: 'photo',
      startLine: 30,
      endLine: 30,
      headline: null,
      bylines: [],
      paragraphs: [],
      reasons: [],
    },
  ],
  flags: [
    {
      line: 44,
      column: 61,
      length: 4,
      text: '阴性阴性',
      type: 'duplicated-word',
      suggestion: '阴性',
      confidence: 0.95,
      severity: 1,
      message: 'The word is repeated.',
    },
  ],
  pages: [
    { number: 1, section: '要闻', startLine: 1 },
    { number: 2, section: null, startLine: 120 },
  ],
  lineCount: 200,
};

describe('formatAnalysisText', () => {
  it('summarises pages, items and flags', () => {
    expect(formatAnalysisText(analysis)).toBe(
      [
        'language: zh',
        'lines: 200',
        'pages: 1 要闻 (from line 1); 2 (from line 120)',
        '',
        'items: 2',
        '#1 article, lines 3-21, confidence 0.93',
        '  headline: 市委常委会召开会议',
        '  bylines: 殷雪鸢, 梁涛',
        '  paragraphs: 2',
        '  reasons:',
        '    - dateline 本报讯 opens line 9',
        '#2 photo, line 30, confidence 0.93',
        '  headline: (none)',
        '  bylines: (none)',
        '  paragraphs: 0',
        '',
        'flags: 1',
        'line 44, column 62: duplicated-word "阴性阴性" -> "阴性" (0.95) The word is repeated.',
        '',
      ].join('\n'),
    );
  });
});

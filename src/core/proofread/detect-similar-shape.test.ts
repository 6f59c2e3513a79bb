import { cut } from 'jieba-wasm/node';
import { describe, expect, it } from 'vitest';
import { detectSimilarShape } from './detect-similar-shape.ts';
import { SAMPLE_LINES } from './fixtures/sample-lines.ts';
import { buildProofreadLines } from './proofread-line.ts';
import { createProofreadingResources, isOneSegment } from './proofreading-resources.ts';
import { SHAPE_CONFUSIONS } from './shape-confusions.ts';

const resources = createProofreadingResources({
  cutZh: (text) => cut(text, false),
  isZhWordElsewhere: isOneSegment(new Intl.Segmenter('zh', { granularity: 'word' })),
});

function detect(lines: string[]): string[] {
  return detectSimilarShape(buildProofreadLines(lines, []), resources, 'zh').map(
    (flag) => `${flag.line}:${flag.column} ${flag.text}→${flag.suggestion ?? ''}`,
  );
}

describe('detectSimilarShape', () => {
  const flagged: [string, string[], string[]][] = [
    ['入 for 人', ['不向困难折腰，带给他入永远都是满满的正能量。'], ['1:10 入→人']],
    ['人 for 入', ['水狂泻而下，致使整个经济陷人恶性循环状态。'], ['1:13 人→入']],
    ['手 for 年 at a paragraph start', ['去手，铁路建设又是一个丰收年。'], ['1:1 手→年']],
    [
      '太 for 大 inside a four-character word',
      ['哈尔滨等３０个太中城市的６９０５家企业'],
      ['1:7 太→大'],
    ],
    ['王 for 主 at the end of a word', ['是一位私营企业王购买的，当查问这家'], ['1:7 王→主']],
    ['令 for 今 in a title', ['红报箱投的是《令晚报》，绿报箱上刻着'], ['1:7 令→今']],
    ['a word broken by the line end', ['整个经济陷', '人恶性循环状态。'], ['2:0 人→入']],
    [
      'misreads the word lists took in',
      ['他自已说，那时侯己经晚了'],
      ['1:2 已→己', '1:7 侯→候', '1:8 己→已'],
    ],
  ];
  it.each(flagged)('flags %s', (_name, lines, expected) => {
    expect(detect(lines)).toEqual(expected);
  });

  const clean: [string, string][] = [
    ['没人 is no misread 没入', '大笑不止——没人相信。'],
    ['太 + adjective is the adverb', '这个文件太大，打头的软件包太多了，价格太贵。'],
    ['words the first dictionary lacks', '初学者很容易上手，到年中新币将彻底取代旧币。'],
    ['place names', '沈阳于洪区宁官屯的农业园'],
    ['a swap that would steal a character from a word', '建设大平台，拓展大空间，许多人时常来。'],
    ['surnames starting a name', '王力和王任重出席，王要求大家发言。'],
    [
      'common characters used correctly',
      '本报讯 人民日报今日出版，大家都说是好事，今年主要任务已经完成。',
    ],
  ];
  it.each(clean)('leaves alone: %s', (_name, line) => {
    expect(detect([line])).toEqual([]);
  });

  it('flags only 他入 in the must-not-flag lines of the sample issue', () => {
    expect(detect([...SAMPLE_LINES.values()]).map((flag) => flag.split(' ')[1])).toEqual(['入→人']);
  });

  it('stays silent without a segmenter, and in English', () => {
    const lines = buildProofreadLines(['带给他入永远'], []);
    expect(detectSimilarShape(lines, {}, 'zh')).toEqual([]);
    expect(detectSimilarShape(lines, resources, 'en')).toEqual([]);
  });

  it('pairs only distinct single characters', () => {
    for (const [from, partners] of SHAPE_CONFUSIONS) {
      expect(Array.from(from)).toHaveLength(1);
      for (const partner of partners) {
        expect(Array.from(partner)).toHaveLength(1);
        expect(partner).not.toBe(from);
      }
    }
  });
});

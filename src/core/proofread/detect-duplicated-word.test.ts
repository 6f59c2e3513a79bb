import { cut } from 'jieba-wasm/node';
import { describe, expect, it } from 'vitest';
import type { Flag } from '../analysis-types.ts';
import { detectDuplicatedWord } from './detect-duplicated-word.ts';
import { MUST_NOT_FLAG, SAMPLE_LINES } from './fixtures/sample-lines.ts';
import { buildProofreadLines } from './proofread-line.ts';
import { createProofreadingResources, isOneSegment } from './proofreading-resources.ts';

const resources = createProofreadingResources({
  cutZh: (text) => cut(text, false),
  isZhWordElsewhere: isOneSegment(new Intl.Segmenter('zh', { granularity: 'word' })),
});

function detect(lines: string[], language: 'zh' | 'en' = 'zh'): string[] {
  return detectDuplicatedWord(buildProofreadLines(lines, []), resources, language).map(
    (flag: Flag) => `${flag.line}:${flag.column} ${flag.text}→${flag.suggestion ?? ''}`,
  );
}

describe('detectDuplicatedWord (zh)', () => {
  const cases: [string, string[], string[]][] = [
    [
      'a noun printed twice',
      ['有7日内省外旅居史的人员，需提供24小时内核酸检测阴性阴性证明。'],
      ['1:25 阴性阴性→阴性'],
    ],
    [
      'a repeat before a longer word',
      ['到２０００年，全路职工职工队伍结构性分离'],
      ['1:9 职工职工→职工'],
    ],
    ['a verb printed twice', ['徐虎说：“我愿意愿意把为人民服务的事做好。”'], ['1:6 愿意愿意→愿意']],
    ['a function character printed twice', ['这是件于你的的电脑有关的事。'], ['1:5 的的→的']],
    ['ABAB verbs of trying', ['我们再研究研究，大家商量商量。'], []],
    ['AABB and AA reduplication', ['大家高高兴兴地回家，紧紧围绕目标，层层传导压力。'], []],
    [
      'set phrases with repeated characters',
      ['经济蒸蒸日上，越来越好，的的确确如此，不了了之。'],
      [],
    ],
    [
      'repeats across a word boundary',
      ['省财政厅厅长、统计局局长、基金会会长和我国国内的德国国际机构参加体检检测。'],
      [],
    ],
    ['measure words and counting', ['一步一步地走，一个一个地数，一把把椅子。'], []],
    ['speech and emphasis', ['“谢谢谢谢，非常非常感谢！”他说，“对不起对不起。”'], []],
    ['a word that ends where its copy starts a longer one', ['大学生学生会主席发言。'], []],
  ];
  it.each(cases)('%s', (_name, lines, expected) => {
    expect(detect(lines)).toEqual(expected);
  });

  it('flags nothing in the must-not-flag lines of the sample issue', () => {
    const lines = [...SAMPLE_LINES.values()];
    const flags = detectDuplicatedWord(buildProofreadLines(lines, []), resources, 'zh');
    for (const phrase of MUST_NOT_FLAG) {
      for (const flag of flags) {
        const text = lines[flag.line - 1] ?? '';
        const at = text.indexOf(phrase);
        if (at >= 0)
          expect(flag.column >= at + phrase.length || flag.column + flag.length <= at).toBe(true);
      }
    }
    expect(flags).toEqual([]);
  });

  it('without a segmenter flags only longer repeats, with low confidence', () => {
    const flags = detectDuplicatedWord(buildProofreadLines(['检测阴性阴性证明的的'], []), {}, 'zh');
    expect(flags.map((flag) => [flag.text, flag.confidence])).toEqual([['阴性阴性', 0.6]]);
  });
});

describe('detectDuplicatedWord (en)', () => {
  const cases: [string, string[], string[]][] = [
    ['"the the"', ['Sinco then, with the the exception of tho part'], ['1:17 the the→the']],
    [
      '"and and", any case',
      ['the ground and and The the sky'],
      ['1:11 and and→and', '1:19 The the→The'],
    ],
    ['"had had" and "that that"', ['He had had enough; he said that that was all.'], []],
    ['repeats that are not words of their own', ['then the theme, and andante'], []],
  ];
  it.each(cases)('%s', (_name, lines, expected) => {
    expect(detect(lines, 'en')).toEqual(expected);
  });
});

import { describe, expect, it } from 'vitest';
import { detectPunctuationWidth } from './detect-punctuation-width.ts';
import { SAMPLE_LINES } from './fixtures/sample-lines.ts';
import { buildProofreadLines } from './proofread-line.ts';

function detect(lines: string[], language: 'zh' | 'en' = 'zh'): string[] {
  return detectPunctuationWidth(buildProofreadLines(lines, []), language).map(
    (flag) => `${flag.line}:${flag.column} ${flag.text}→${flag.suggestion ?? ''}`,
  );
}

describe('detectPunctuationWidth', () => {
  const cases: [string, string[], string[]][] = [
    [
      'a comma and a full stop between Chinese',
      ['会话里,除了命令按键.这里'],
      ['1:3 ,→，', '1:10 .→。'],
    ],
    ['a colon at the line end', ['记者报道:'], ['1:4 :→：']],
    ['parentheses around Chinese', ['软件包(用户可以禁用)的'], ['1:3 (→（', '1:10 )→）']],
    ['two hyphens for a dash', ['切换--这是常用的'], ['1:2 --→——']],
    ['a lone 一 opening a subtitle', ['一记太原市优秀教师王鹏'], ['1:0 一→——']],
    ['numbers, times and prices', ['增长3.5%，10:30开会，每吨1,200元'], []],
    ['URLs and English spans', ['访问www.example.com了解，参见 (see p. 3) 和 Mr. Smith, Jr.'], []],
    ['full-width digits and marks', ['１９９８年１月５日，２：３０'], []],
    ['the connecting dash', ['道—琼斯指数，北京—上海'], []],
    ['一 as a numeral', ['一是加强领导，一记耳光打在脸上'], []],
    ['一 opening a wrapped body line', ['他走上前去，', '一记耳光打在脸上'], []],
  ];
  it.each(cases)('%s', (_name, lines, expected) => {
    expect(detect(lines)).toEqual(expected);
  });

  it('flags full-width marks inside English', () => {
    expect(detect(['the court，which sat'], 'en')).toEqual(['1:9 ，→,']);
    expect(detect(['the court, which sat'], 'en')).toEqual([]);
  });

  it('flags nothing in the must-not-flag lines of the sample issue', () => {
    expect(detect([...SAMPLE_LINES.values()])).toEqual([]);
  });
});

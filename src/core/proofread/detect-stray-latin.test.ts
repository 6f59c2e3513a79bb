import { describe, expect, it } from 'vitest';
import { detectStrayLatin } from './detect-stray-latin.ts';
import { SAMPLE_LINES } from './fixtures/sample-lines.ts';
import { buildProofreadLines } from './proofread-line.ts';

function detect(lines: string[], language: 'zh' | 'en' = 'zh'): string[] {
  return detectStrayLatin(buildProofreadLines(lines, []), language).map(
    (flag) => `${flag.line}:${flag.column} [${flag.text}]→${flag.suggestion ?? 'null'}`,
  );
}

describe('detectStrayLatin', () => {
  const cases: [string, string[], string[]][] = [
    ['"and" with its spaces', ['由山西省科协 and 德国国际合作机构共同主办'], ['1:6 [ and ]→和']],
    ['"or" without spaces', ['本科or研究生学历'], ['1:2 [or]→或']],
    ['other function words, without a suggestion', ['中国 of 美国'], ['1:2 [ of ]→null']],
    ['a word broken across lines', ['山西省科协 and', '德国国际合作机构'], ['1:5 [ and]→和']],
    ['names, acronyms and units', ['负责人Monika Lichtinghagen、GDP增长5G网络和5 km路程'], []],
    ['English inside English', ['本届 the Beatles 演唱会', 'rock and roll'], []],
    ['upper-case words', ['中国 AND 美国'], []],
  ];
  it.each(cases)('%s', (_name, lines, expected) => {
    expect(detect(lines)).toEqual(expected);
  });

  it('flags only " and " in the must-not-flag lines of the sample issue', () => {
    expect(
      detect([...SAMPLE_LINES.values()]).map((flag) => flag.split(' ').slice(1).join(' ')),
    ).toEqual(['[ and ]→和']);
  });

  it('stays silent in English issues', () => {
    expect(detect(['科协 and 德国'], 'en')).toEqual([]);
  });
});

import { cut } from 'jieba-wasm/node';
import { describe, expect, it } from 'vitest';
import { detectDroppedReduplication } from './detect-dropped-reduplication.ts';
import { SAMPLE_LINES } from './fixtures/sample-lines.ts';
import { buildProofreadLines } from './proofread-line.ts';
import { createProofreadingResources } from './proofreading-resources.ts';

const resources = createProofreadingResources({ cutZh: (text) => cut(text, false) });

function detect(lines: string[]): string[] {
  return detectDroppedReduplication(buildProofreadLines(lines, []), resources, 'zh').map(
    (flag) => `${flag.line}:${flag.column} ${flag.text}→${flag.suggestion ?? ''}`,
  );
}

describe('detectDroppedReduplication', () => {
  const cases: [string, string[], string[]][] = [
    ['一 between a noun and 作出', ['对提出的有关事项一作出回应。一致表示'], ['1:8 一→一一']],
    ['一 before 核实', ['对群众反映的问题一核实，限期整改。'], ['1:8 一→一一']],
    ['一一 already there', ['对提出的有关事项一一作出回应。'], []],
    ['逐一 and 统一 are words', ['对问题逐一核实，统一作出安排。'], []],
    ['"as soon as"', ['他们一回应就散了，大家一介绍便熟了。'], []],
    ['a count', ['其中一作出贡献的人'], []],
    ['一 before a verb that is not in the list', ['事项一走了之'], []],
  ];
  it.each(cases)('%s', (_name, lines, expected) => {
    expect(detect(lines)).toEqual(expected);
  });

  it('flags nothing in the must-not-flag lines of the sample issue', () => {
    expect(detect([...SAMPLE_LINES.values()])).toEqual([]);
  });

  it('gives the flag lower confidence than a printed slip, and stays silent without a segmenter', () => {
    const lines = buildProofreadLines(['有关事项一作出回应'], []);
    expect(detectDroppedReduplication(lines, resources, 'zh')[0]?.confidence).toBeLessThan(0.7);
    expect(detectDroppedReduplication(lines, {}, 'zh')).toEqual([]);
  });
});

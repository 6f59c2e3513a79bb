import dictionary from 'dictionary-en';
import fc from 'fast-check';
import { cut } from 'jieba-wasm/node';
import nspell from 'nspell';
import { describe, expect, it } from 'vitest';
import type { Item, LineRole } from '../analysis-types.ts';
import { MUST_NOT_FLAG, SAMPLE_LINES } from './fixtures/sample-lines.ts';
import { proofreadIssue } from './proofread-issue.ts';
import {
  createProofreadingResources,
  isOneSegment,
  spellFromNspell,
  wordsFromNspell,
  type ProofreadingResources,
} from './proofreading-resources.ts';
import { buildTestItem } from '../testing/build-test-item.ts';

const spell = nspell({ aff: Buffer.from(dictionary.aff), dic: Buffer.from(dictionary.dic) });
const resources = createProofreadingResources({
  cutZh: (text) => cut(text, false),
  isZhWordElsewhere: isOneSegment(new Intl.Segmenter('zh', { granularity: 'word' })),
  spellEn: spellFromNspell(spell),
  listEnWords: () => wordsFromNspell(spell),
});

function item(
  lines: number[],
  roles: Record<number, LineRole>,
  kind: Item['kind'] = 'article',
): Item {
  const paragraphs = lines
    .filter((line) => roles[line] === 'body')
    .map((line) => ({ lines: [line], text: '' }));
  return buildTestItem(lines, { kind, roles, paragraphs });
}

describe('proofreadIssue', () => {
  it('finds and fixes the sample issue faults and nothing else on its must-not-flag lines', () => {
    const numbers = [...SAMPLE_LINES.keys()];
    const lines = [...SAMPLE_LINES.values()];
    const flags = proofreadIssue({ lines, items: [], language: 'zh' }, resources);
    const fixed = flags.map((flag) => {
      const text = lines[flag.line - 1] ?? '';
      return `${numbers[flag.line - 1] ?? 0} ${text.slice(flag.column - 2, flag.column)}[${flag.text}→${flag.suggestion ?? ''}]`;
    });
    expect(fixed).toEqual(['82 给他[入→人]', '98 科协[ and →和]']);
    for (const phrase of MUST_NOT_FLAG) {
      const holder = lines.findIndex((line) => line.includes(phrase));
      expect(holder).toBeGreaterThanOrEqual(0);
      const start = lines[holder]?.indexOf(phrase) ?? 0;
      const overlapping = flags.filter(
        (flag) =>
          flag.line === holder + 1 &&
          flag.column < start + phrase.length &&
          start < flag.column + flag.length,
      );
      expect(overlapping).toEqual([]);
    }
  });

  it('treats every line as body text without items, and sorts by line and column', () => {
    const lines = ['核酸检测阴性阴性证明', '', '科协 and 德国，他入永远'];
    const flags = proofreadIssue({ lines, items: [], language: 'zh' }, resources);
    expect(flags.map((flag) => [flag.line, flag.column, flag.type, flag.severity])).toEqual([
      [1, 4, 'duplicated-word', 1],
      [3, 2, 'stray-latin', 1],
      [3, 11, 'similar-shape', 1],
    ]);
  });

  it('weighs head lines double and skips furniture', () => {
    const lines = ['他入永远的榜样', '核酸检测阴性阴性证明', '人民日报 阴性阴性 第2版'];
    const items = [
      item([1, 2], { 1: 'headline', 2: 'body' }),
      item([3], { 3: 'furniture' }, 'furniture'),
    ];
    const flags = proofreadIssue({ lines, items, language: 'zh' }, resources);
    expect(flags.map((flag) => [flag.line, flag.severity])).toEqual([
      [1, 2],
      [2, 1],
    ]);
  });

  it('runs each line through the detectors of its own language', () => {
    const lines = ['核酸检测阴性阴性证明', 'and the the rnodern school', 'GDP Lichtinghagen tlio'];
    const flags = proofreadIssue({ lines, items: [], language: 'zh' }, resources);
    expect(flags.map((flag) => `${flag.line} ${flag.type} ${flag.text}`)).toEqual([
      '1 duplicated-word 阴性阴性',
      '2 duplicated-word the the',
      '2 english-lookalike rnodern',
    ]);
  });

  it('turns uncertain joins into broken-paragraph hints', () => {
    const lines = ['落实联防联控；严', '', '查工地违法违规。'];
    const flags = proofreadIssue(
      {
        lines,
        items: [],
        language: 'zh',
        uncertainJoins: [{ fromLine: 1, toLine: 3, confidence: 0.5 }],
      },
      resources,
    );
    expect(flags.map((flag) => [flag.type, flag.text, flag.suggestion])).toEqual([
      ['broken-paragraph', '严', null],
    ]);
  });

  it('keeps one flag where detectors overlap', () => {
    const lines = ['核酸检测阴性阴性证明'];
    const flags = proofreadIssue({ lines, items: [], language: 'zh' }, resources);
    expect(flags).toHaveLength(1);
  });

  it('survives dictionaries that throw', () => {
    const broken: ProofreadingResources = {
      isZhWord: () => {
        throw new Error('no dictionary');
      },
      segmentZh: () => {
        throw new Error('no segmenter');
      },
      isEnWord: () => {
        throw new Error('no speller');
      },
      listEnWords: () => {
        throw new Error('no list');
      },
    };
    const lines = ['核酸检测阴性阴性证明，科协 and 德国', 'the the rnodern school'];
    expect(() => proofreadIssue({ lines, items: [], language: 'zh' }, broken)).not.toThrow();
    expect(
      proofreadIssue({ lines, items: [], language: 'zh' }, broken).map((flag) => flag.type),
    ).toContain('stray-latin');
  });

  it('points every flag at its text and never throws, whatever the lines', () => {
    const pieces = [
      '阴性',
      '他入',
      ' and ',
      '的',
      '一',
      '一作出',
      'the',
      ' ',
      ',',
      '.',
      '-',
      '\u3000',
      'tlio',
      'rn',
      '𠀀',
      '\f',
      'In',
      '1',
      '太中城市',
      '手',
    ];
    const line = fc
      .array(
        fc.oneof(
          fc.constantFrom(...pieces),
          fc.string({ maxLength: 6 }),
          fc.string({ unit: 'grapheme', maxLength: 4 }),
        ),
        { maxLength: 14 },
      )
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(
        fc.array(line, { maxLength: 8 }),
        fc.constantFrom('zh' as const, 'en' as const),
        (lines, language) => {
          const flags = proofreadIssue({ lines, items: [], language }, resources);
          let previous = { line: 0, column: -1 };
          for (const flag of flags) {
            expect(flag.text).toBe(
              (lines[flag.line - 1] ?? '').slice(flag.column, flag.column + flag.length),
            );
            expect(flag.length).toBeGreaterThan(0);
            expect(
              flag.line > previous.line ||
                (flag.line === previous.line && flag.column >= previous.column),
            ).toBe(true);
            expect(flag.confidence).toBeGreaterThanOrEqual(0);
            expect(flag.confidence).toBeLessThanOrEqual(1);
            previous = flag;
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('asks the segmenter in a few batched calls whose size grows with the text, not faster', () => {
    const page = [...SAMPLE_LINES.values()].join('\n');
    const measure = (copies: number): { calls: number; characters: number } => {
      let calls = 0;
      let characters = 0;
      const counting = createProofreadingResources({
        cutZh: (text) => {
          calls++;
          characters += text.length;
          return cut(text, false);
        },
      });
      const lines = Array.from({ length: copies }, () => page)
        .join('\n\n')
        .split('\n');
      proofreadIssue({ lines, items: [], language: 'zh' }, counting);
      return { calls, characters };
    };
    const small = measure(4);
    const large = measure(40);
    expect(large.calls).toBeLessThanOrEqual(small.calls + 2);
    expect(large.characters / small.characters).toBeLessThan(11);
  });
});

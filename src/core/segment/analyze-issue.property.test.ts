import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Analysis } from '../analysis-types.ts';
import { analyzeIssue } from './analyze-issue.ts';

/** Every non-blank line in exactly one item, inside that item's range; flags point at their text. */
function expectNothingLost(text: string, analysis: Analysis): void {
  const lines = text.split(/\r?\n/);
  const owner = new Map<number, number>();
  analysis.items.forEach((item, index) => {
    expect(item.startLine).toBeLessThanOrEqual(item.endLine);
    for (const line of item.lines) {
      expect(owner.has(line), `line ${line} belongs to two items`).toBe(false);
      owner.set(line, index);
      expect(line).toBeGreaterThanOrEqual(item.startLine);
      expect(line).toBeLessThanOrEqual(item.endLine);
    }
  });
  lines.forEach((line, index) => {
    const visible = line.replace(/[\s\f\u3000]/g, '').length > 0;
    expect(owner.has(index + 1), `line ${index + 1} ${visible ? 'lost' : 'blank but owned'}`).toBe(
      visible,
    );
  });
  expect(analysis.lineCount).toBe(lines.length);
}

const sample = readFileSync(
  join(import.meta.dirname, '../../../public/samples/taiyuan-daily-2022-09-21.txt'),
  'utf8',
);
const fixtureTexts = [
  'zh-wrapped-columns.txt',
  'en-bylines-datelines-jumps.txt',
  'en-headline-after-body.txt',
  'zh-indented-paragraphs.txt',
].map((name) => readFileSync(join(import.meta.dirname, 'fixtures', name), 'utf8'));
const blocks = [sample, ...fixtureTexts].flatMap((text) => text.split(/\n\s*\n/));

describe('analyzeIssue invariants', () => {
  it('never throws and loses no line, on any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (text) => {
        expectNothingLost(text, analyzeIssue(text));
      }),
      { numRuns: 300 },
    );
  });

  it('never throws and loses no line, on text made of newspaper-like lines', () => {
    const line = fc.oneof(
      fc.constantFrom(
        '',
        '　　',
        '\f',
        '本报讯',
        '（见第3版）',
        '记者 张 慧',
        '贾 鹏 摄',
        '——编者',
        '第2版 要闻',
        '7',
        'By JOHN SMITH.',
        'BOSTON, Oct. 9.-',
        '— — —',
      ),
      fc.string({ unit: 'grapheme', maxLength: 30 }),
      fc.constantFrom(...blocks.flatMap((block) => block.split('\n'))),
    );
    fc.assert(
      fc.property(
        fc.array(line, { maxLength: 80 }),
        fc.constantFrom('\n', '\r\n'),
        (lines, end) => {
          const text = lines.join(end);
          expectNothingLost(text, analyzeIssue(text));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('loses no line when whole issues are shuffled and re-paged', () => {
    fc.assert(
      fc.property(
        fc.shuffledSubarray(blocks, { minLength: 1 }),
        fc.array(fc.boolean(), { minLength: blocks.length, maxLength: blocks.length }),
        (picked, breaks) => {
          const text = picked
            .map((block, index) => (breaks[index] ? `\f${block}` : block))
            .join('\n\n');
          const analysis = analyzeIssue(text);
          expectNothingLost(text, analysis);
          for (const item of analysis.items) {
            expect(item.confidence).toBeGreaterThanOrEqual(0);
            expect(item.confidence).toBeLessThanOrEqual(1);
            expect(item.reasons.length).toBeGreaterThan(0);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});

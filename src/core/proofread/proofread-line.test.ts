import { describe, expect, it } from 'vitest';
import type { Item, LineRole } from '../analysis-types.ts';
import { buildProofreadLines } from './proofread-line.ts';
import { buildTestItem } from '../testing/build-test-item.ts';

function item(
  lines: number[],
  roles: Record<number, LineRole>,
  paragraphs: number[][],
  kind: Item['kind'] = 'article',
): Item {
  const blocks = paragraphs.map((group) => ({ lines: group, text: group.map(String).join('+') }));
  return buildTestItem(lines, { kind, roles, paragraphs: blocks });
}

describe('buildProofreadLines', () => {
  it('without items, makes every non-blank line body text linked to its block', () => {
    const lines = buildProofreadLines(['第一行', '第二行', '', '\u3000\u3000新段落', '接着'], []);
    expect(
      lines.map((line) => [line.line, line.role, line.severity, line.before, line.after]),
    ).toEqual([
      [1, 'body', 1, '', '第二行'],
      [2, 'body', 1, '第一行', ''],
      [4, 'body', 1, '', '接着'],
      [5, 'body', 1, '\u3000\u3000新段落', ''],
    ]);
  });

  it('an indented line opens a new paragraph', () => {
    const lines = buildProofreadLines(['上一段结尾', '\u3000\u3000下一段'], []);
    expect(lines.map((line) => line.after)).toEqual(['', '']);
  });

  it('takes roles and paragraphs from items, weighs heads double and skips furniture', () => {
    const source = [
      '主标题上行',
      '主标题下行',
      '正文第一行',
      '正文第二行',
      '人民日报 第2版',
      '',
      '没人认领的行',
    ];
    const items = [
      item([1, 2, 3, 4], { 1: 'headline', 2: 'headline', 3: 'body', 4: 'body' }, [[3, 4]]),
      item([5], { 5: 'furniture' }, [], 'furniture'),
    ];
    const lines = buildProofreadLines(source, items);
    expect(
      lines.map((line) => [
        line.line,
        line.role,
        line.severity,
        line.before,
        line.after,
        line.paragraphText,
      ]),
    ).toEqual([
      [1, 'headline', 2, '', '主标题下行', null],
      [2, 'headline', 2, '主标题上行', '', null],
      [3, 'body', 1, '', '正文第二行', '3+4'],
      [4, 'body', 1, '正文第一行', '', '3+4'],
      [7, 'body', 1, '', '', null],
    ]);
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeIssue } from '../../../core/segment/analyze-issue.ts';
import { buildReviewRows, reviewRowKey } from './build-review-rows.ts';

const text = readFileSync(
  join(import.meta.dirname, '../../../../public/samples/taiyuan-daily-2022-09-21.txt'),
  'utf8',
);
const sourceLines = text.split(/\r?\n/);
const { items } = analyzeIssue(text);

describe('buildReviewRows', () => {
  const model = buildReviewRows(items, sourceLines);

  it('opens every item with one boundary row, in source order', () => {
    const boundaries = model.rows.filter((row) => row.type === 'boundary');
    expect(boundaries.map((row) => row.itemIndex)).toEqual(items.map((_item, index) => index));
    items.forEach((_item, index) => {
      expect(model.rows[model.boundaryRows[index] ?? -1]).toEqual({
        type: 'boundary',
        itemIndex: index,
      });
    });
  });

  it('shows every non-blank line once, under the item that holds it, and no blank line', () => {
    const lineRows = model.rows.filter((row) => row.type === 'line');
    const nonBlank = sourceLines.flatMap((line, index) => (line.trim() ? [index + 1] : []));
    expect(lineRows.map((row) => row.line)).toEqual(nonBlank);
    for (const row of lineRows) {
      expect(items[row.itemIndex]?.lines).toContain(row.line);
      expect(model.rows[model.lineRows[row.line] ?? -1]).toBe(row);
      expect(model.lineOwners[row.line]).toBe(row.itemIndex);
    }
    expect(model.lineRows[1]).toBe(-1);
  });

  it('marks where an article resumes after the slogan printed inside it', () => {
    const article = items.findIndex((item) => item.startLine === 62);
    const slogan = items.findIndex((item) => item.startLine === 76);
    const sloganRow = model.boundaryRows[slogan] ?? -1;
    expect(model.rows.slice(sloganRow, sloganRow + 3)).toEqual([
      { type: 'boundary', itemIndex: slogan },
      { type: 'line', line: 76, itemIndex: slogan },
      { type: 'resume', itemIndex: article, line: 78 },
    ]);
  });

  it('keeps lines no item holds, and gives rows keys that are unique', () => {
    const model = buildReviewRows(items.slice(1), sourceLines);
    expect(model.rows[0]).toEqual({ type: 'line', line: 3, itemIndex: -1 });
    const keys = model.rows.map((row) => reviewRowKey(row, items.slice(1)));
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('lays out a 30,000-line issue quickly', () => {
    const big: string[] = [];
    for (let copy = 0; copy < 250; copy++) big.push(...sourceLines);
    const bigItems = analyzeIssue(big.join('\n')).items;
    const started = performance.now();
    const bigModel = buildReviewRows(bigItems, big);
    expect(performance.now() - started).toBeLessThan(200);
    expect(bigModel.boundaryRows).toHaveLength(bigItems.length);
  });
});

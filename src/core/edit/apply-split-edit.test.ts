import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Item } from '../analysis-types.ts';
import { analyzeIssue } from '../segment/analyze-issue.ts';
import { applySplitEdit, type SplitEdit } from './apply-split-edit.ts';
import { rebuildItem } from './rebuild-item.ts';

const text = readFileSync(
  join(import.meta.dirname, '../../../public/samples/taiyuan-daily-2022-09-21.txt'),
  'utf8',
);
const sourceLines = text.split(/\r?\n/);
const context = { sourceLines, language: 'zh' as const };
const { items } = analyzeIssue(text);
const indexOfLine = (line: number) => items.findIndex((item) => item.startLine === line);
const fields = (item: Item | undefined) =>
  item && {
    kind: item.kind,
    startLine: item.startLine,
    endLine: item.endLine,
    headline: item.headline,
    kicker: item.kicker,
    section: item.section,
    subtitles: item.subtitles,
    dateline: item.dateline,
    bylines: item.bylines,
    paragraphs: item.paragraphs.map((paragraph) => paragraph.lines),
    crossheads: item.crossheads,
    jumpPage: item.jumpPage,
    caption: item.caption,
  };

describe('rebuildItem', () => {
  it('gives back the engine’s own fields from an item’s lines and roles', () => {
    for (const item of items) {
      const rebuilt = rebuildItem(
        sourceLines,
        { kind: item.kind, lines: item.lines, roles: item.roles, paragraphs: item.paragraphs },
        'zh',
      );
      expect(fields(rebuilt)).toEqual(fields(item));
    }
  });
});

describe('applySplitEdit', () => {
  it('merges an item into the one before it, its headline becoming a crosshead', () => {
    const index = indexOfLine(38);
    const result = applySplitEdit(
      items,
      { type: 'merge-with-previous', itemIndex: index },
      context,
    );
    expect(result).toHaveLength(items.length - 1);
    const merged = result[index - 1];
    expect(merged?.startLine).toBe(23);
    expect(merged?.endLine).toBe(46);
    expect(merged?.headline).toBe('韦韬带队走访省直有关部门并举行工作会谈');
    expect(merged?.crossheads).toEqual([38]);
    expect(merged?.bylines).toEqual(['殷雪鸢', '梁涛', '郝晓炜']);
  });

  it('moves a boundary a line up and back down', () => {
    const index = indexOfLine(48);
    const up = applySplitEdit(
      items,
      { type: 'move-start', itemIndex: index, direction: 'up' },
      context,
    );
    expect(up[index]?.startLine).toBe(46);
    expect(up[index - 1]?.endLine).toBe(44);
    expect(up[index - 1]?.bylines).toEqual([]);
    const down = applySplitEdit(
      up,
      { type: 'move-start', itemIndex: index, direction: 'down' },
      context,
    );
    expect(fields(down[index])).toEqual(fields(items[index]));
    expect(fields(down[index - 1])).toEqual(fields(items[index - 1]));
  });

  it('splits an item at a line into a new article', () => {
    const index = indexOfLine(62);
    const result = applySplitEdit(items, { type: 'split-at', itemIndex: index, line: 84 }, context);
    expect(result[index]?.endLine).toBe(82);
    const created = result.find((item) => item.startLine === 84);
    expect(created?.kind).toBe('article');
    expect(created?.bylines).toEqual(['张慧']);
  });

  it('keeps items in source order when a split lands before an inset', () => {
    const index = indexOfLine(62);
    const result = applySplitEdit(items, { type: 'split-at', itemIndex: index, line: 74 }, context);
    const starts = result.map((item) => item.startLine);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(starts).toContain(74);
  });

  it('changes an item’s kind and retags a line', () => {
    const index = indexOfLine(48);
    const asArticle = applySplitEdit(
      items,
      { type: 'set-kind', itemIndex: index, kind: 'article' },
      context,
    );
    expect(asArticle[index]?.kind).toBe('article');
    const retagged = applySplitEdit(
      items,
      { type: 'retag-line', line: 7, role: 'byline' },
      context,
    );
    expect(retagged[0]?.subtitles).toEqual([
      '听取全市大气污染防治工作、全市未成年人保护工作、第四届“晋阳工匠”选树命名及相关情况汇报',
    ]);
    expect(retagged[0]?.bylines).toContain('韦韬主持');
  });

  it('never loses or doubles a line, whatever edits are made', () => {
    const edit: fc.Arbitrary<SplitEdit> = fc.oneof(
      fc.record({ type: fc.constant('merge-with-previous' as const), itemIndex: fc.nat(12) }),
      fc.record({
        type: fc.constant('move-start' as const),
        itemIndex: fc.nat(12),
        direction: fc.constantFrom('up' as const, 'down' as const),
      }),
      fc.record({
        type: fc.constant('split-at' as const),
        itemIndex: fc.nat(12),
        line: fc.integer({ min: 1, max: 118 }),
      }),
      fc.record({
        type: fc.constant('set-kind' as const),
        itemIndex: fc.nat(12),
        kind: fc.constantFrom(
          'article' as const,
          'teaser' as const,
          'photo' as const,
          'furniture' as const,
        ),
      }),
      fc.record({
        type: fc.constant('retag-line' as const),
        line: fc.integer({ min: 1, max: 118 }),
        role: fc.constantFrom(
          'headline' as const,
          'byline' as const,
          'body' as const,
          'crosshead' as const,
        ),
      }),
    );
    const allLines = items.flatMap((item) => item.lines).sort((a, b) => a - b);
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 12 }), (edits) => {
        const result = edits.reduce<Item[]>(
          (current, next) => applySplitEdit(current, next, context),
          items,
        );
        expect(result.flatMap((item) => item.lines).sort((a, b) => a - b)).toEqual(allLines);
      }),
      { numRuns: 200 },
    );
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Flag } from '../analysis-types.ts';
import { analyzeIssue } from '../segment/analyze-issue.ts';
import { toArticleContent } from './to-article-content.ts';

const text = readFileSync(
  join(import.meta.dirname, '../../../public/samples/taiyuan-daily-2022-09-21.txt'),
  'utf8',
);
const sourceLines = text.split('\n');
const { items } = analyzeIssue(text);

function flagAt(line: number, needle: string): Flag {
  const column = (sourceLines[line - 1] ?? '').indexOf(needle);
  return {
    line,
    column,
    length: needle.length,
    text: needle,
    type: 'duplicated-word',
    suggestion: null,
    confidence: 0.9,
    severity: 1,
    message: '',
  };
}

describe('toArticleContent', () => {
  it('builds fields and a body of paragraphs and crossheads in source order', () => {
    const article = items.find((item) => item.startLine === 62);
    if (!article) throw new Error('no article at line 62');
    const { content } = toArticleContent(article, [], sourceLines, 'zh');
    expect(content.headline).toBe('彰显道德力量 奏响文明乐章');
    expect(content.bylines).toEqual(['张慧']);
    expect(content.body.map((block) => block.type)).toEqual([
      'paragraph',
      'crosshead',
      'paragraph',
      'crosshead',
      'paragraph',
      'crosshead',
      'paragraph',
      'crosshead',
      'paragraph',
      'paragraph',
    ]);
  });

  it('anchors a flag in a paragraph joined across a column break, at its text', () => {
    const article = items.find((item) => item.startLine === 3);
    if (!article) throw new Error('no article at line 3');
    const flag = flagAt(13, '层层传导');
    const { content, anchored } = toArticleContent(article, [flag], sourceLines, 'zh');
    const anchor = anchored[0];
    expect(anchor?.target).toEqual({ kind: 'body', block: 1 });
    const block = content.body[1];
    expect(block?.text.slice(anchor?.offset, (anchor?.offset ?? 0) + flag.length)).toBe('层层传导');
  });

  it('anchors a flag in a headline to the headline field', () => {
    const article = items.find((item) => item.startLine === 92);
    if (!article) throw new Error('no article at line 92');
    const { anchored } = toArticleContent(article, [flagAt(94, '循环')], sourceLines, 'zh');
    expect(anchored[0]?.target).toEqual({ kind: 'field', field: 'headline', index: 0 });
    expect(anchored[0]?.offset).toBe(4);
  });
});

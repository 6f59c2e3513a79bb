import type { Analysis } from '../analysis-types.ts';
import { detectIssueMeta } from '../article/detect-issue-meta.ts';
import { toArticleContent } from '../article/to-article-content.ts';
import { toSourceLines } from '../decode/to-source-lines.ts';
import type { ArticleFlagLike, IssueSnapshot, SnapshotItem } from './issue-snapshot.ts';

/** What a snapshot of a freshly analysed issue is built from. */
export interface FreshIssueInput {
  /** The issue's id. */
  id: string;
  /** The decoded source text. */
  text: string;
  /** Its analysis. */
  analysis: Analysis;
  /** File name the text came from. */
  sourceName: string;
  /** Encoding the file was read as. */
  encoding: string;
  /** Now, in ms since epoch. */
  time: number;
}

/**
 * The snapshot of an issue as the desk stores it on import: paper, date and title from the text
 * or file name, every item 'detected' with its content and anchored flags built from the source,
 * every flag open, no revisions. Item and flag ids follow the desk's stored ids.
 */
export function buildIssueSnapshot(input: FreshIssueInput): IssueSnapshot {
  const { analysis, id, time } = input;
  const meta = detectIssueMeta(input.text, input.sourceName);
  const sourceLines = toSourceLines(input.text);
  const items = analysis.items.map((item, order): SnapshotItem => {
    const lines = new Set(item.lines);
    const { content, anchored } = toArticleContent(
      item,
      analysis.flags.filter((flag) => lines.has(flag.line)),
      sourceLines,
      analysis.language,
    );
    const flags = anchored.map(({ flag, target, offset }): ArticleFlagLike => ({
      id: `${flag.line}:${flag.column}:${flag.type}`,
      target,
      offset,
      text: flag.text,
      suggestion: flag.suggestion,
      type: flag.type,
      message: flag.message,
      confidence: flag.confidence,
      severity: flag.severity,
      state: 'open',
      source: { line: flag.line, column: flag.column, length: flag.length },
    }));
    return {
      id: `${id}:${item.startLine}`,
      issueId: id,
      order,
      item,
      status: 'detected',
      content,
      flags,
      revision: 0,
      updatedAt: time,
    };
  });
  return {
    issue: {
      id,
      title: meta.title,
      paper: meta.paper,
      date: meta.date,
      language: analysis.language,
      sourceName: input.sourceName,
      encoding: input.encoding,
      text: input.text,
      flags: analysis.flags,
      lineCount: analysis.lineCount,
      pages: analysis.pages,
      createdAt: time,
      updatedAt: time,
      revision: 0,
    },
    items,
    revisions: [],
  };
}

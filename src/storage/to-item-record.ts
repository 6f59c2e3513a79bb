import type { Flag, Item, Language } from '../core/analysis-types.ts';
import { toArticleContent } from '../core/article/to-article-content.ts';
import type { ArticleFlag, IssueId, ItemId, ItemRecord, ItemStatus } from './records.ts';

/** The stable id of the item starting on `startLine` of an issue. DO NOT CHANGE: ids are persisted. */
export function toItemId(issueId: IssueId, startLine: number): ItemId {
  return `${issueId}:${startLine}` as ItemId;
}

/** The stable id of a flag within its item. DO NOT CHANGE: flag states are persisted by it. */
export function toArticleFlagId(flag: Pick<Flag, 'line' | 'column' | 'type'>): string {
  return `${flag.line}:${flag.column}:${flag.type}`;
}

/** Groups flags by source line, so each item is handed only its own. */
export function groupFlagsByLine(flags: readonly Flag[]): Map<number, Flag[]> {
  const byLine = new Map<number, Flag[]>();
  for (const flag of flags) {
    const list = byLine.get(flag.line);
    if (list) list.push(flag);
    else byLine.set(flag.line, [flag]);
  }
  return byLine;
}

/** What building an item record needs beyond the item. */
export interface ItemRecordContext {
  /** The issue it belongs to. */
  issueId: IssueId;
  /** The issue's flags by source line. */
  flagsByLine: ReadonlyMap<number, readonly Flag[]>;
  /** The issue's source lines. */
  sourceLines: readonly string[];
  /** The issue's language. */
  language: Language;
  /** Now, in ms since epoch. */
  time: number;
}

/**
 * A fresh item record built from the engine's (or a person's) split: content and anchored flags
 * from the source text, every flag open unless `dismissed` names it.
 */
export function toItemRecord(
  item: Item,
  order: number,
  status: ItemStatus,
  revision: number,
  context: ItemRecordContext,
  dismissed: ReadonlySet<string> = new Set(),
): ItemRecord {
  const itemFlags = item.lines.flatMap((line) => context.flagsByLine.get(line) ?? []);
  const { content, anchored } = toArticleContent(
    item,
    itemFlags,
    context.sourceLines,
    context.language,
  );
  const flags = anchored.map(({ flag, target, offset }): ArticleFlag => {
    const id = toArticleFlagId(flag);
    return {
      id,
      target,
      offset,
      text: flag.text,
      suggestion: flag.suggestion,
      type: flag.type,
      message: flag.message,
      confidence: flag.confidence,
      severity: flag.severity,
      state: dismissed.has(id) ? 'dismissed' : 'open',
      source: { line: flag.line, column: flag.column, length: flag.length },
    };
  });
  return {
    id: toItemId(context.issueId, item.startLine),
    issueId: context.issueId,
    order,
    item,
    status,
    content,
    flags,
    revision,
    updatedAt: context.time,
  };
}

import type { IssueSnapshot, SnapshotItem, SnapshotRevision } from './issue-snapshot.ts';

/** What an export covers: the whole issue, one page, or one item. */
export type ExportScope =
  { kind: 'issue' } | { kind: 'page'; page: number } | { kind: 'article'; itemId: string };

/** Thrown when a scope names a page or an item the issue does not have. */
export class ExportScopeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ExportScopeError';
  }
}

/** The items (and their revisions) a scope covers, in reading order. */
export interface ScopeSelection {
  /** The scope asked for. */
  scope: ExportScope;
  /** Every item in scope, furniture included, sorted by `order`. */
  items: SnapshotItem[];
  /** The revisions of those items. */
  revisions: SnapshotRevision[];
}

const byOrder = (a: SnapshotItem, b: SnapshotItem): number => a.order - b.order;

/**
 * Picks the items a scope covers.
 * @throws ExportScopeError when the page or the item is not in the issue.
 */
export function selectScope(snapshot: IssueSnapshot, scope: ExportScope): ScopeSelection {
  const sorted = [...snapshot.items].sort(byOrder);
  let items: SnapshotItem[];
  switch (scope.kind) {
    case 'issue':
      items = sorted;
      break;
    case 'page':
      items = sorted.filter((item) => item.item.page === scope.page);
      if (items.length === 0) {
        throw new ExportScopeError(`This issue has no page ${scope.page}.`);
      }
      break;
    case 'article':
      items = sorted.filter((item) => item.id === scope.itemId);
      if (items.length === 0) {
        throw new ExportScopeError(`This issue has no item with the id “${scope.itemId}”.`);
      }
      break;
  }
  if (scope.kind === 'issue') return { scope, items, revisions: snapshot.revisions };
  const ids = new Set(items.map((item) => item.id));
  return {
    scope,
    items,
    revisions: snapshot.revisions.filter((revision) => ids.has(revision.itemId)),
  };
}

/**
 * The items a reader's export shows: furniture (page headers, editor lines) is left out, unless
 * the scope names that one item.
 */
export function readableItems(selection: ScopeSelection): SnapshotItem[] {
  if (selection.scope.kind === 'article') return selection.items;
  return selection.items.filter((item) => item.item.kind !== 'furniture');
}

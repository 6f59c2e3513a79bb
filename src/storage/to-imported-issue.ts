import type { IssueSnapshot } from '../core/export/issue-snapshot.ts';
import { InconsistentBackupError } from './galley-store.ts';
import type { StoredIssue } from './galley-store.ts';
import type { IssueId, IssueRecord, ItemRecord, RevisionRecord } from './records.ts';
import { toItemId } from './to-item-record.ts';

/**
 * The records a backup becomes when stored under `issueId` (its own id, or a copy's new one):
 * item ids `${issueId}:${startLine}`, revisions pointing at the same items of that issue.
 * Only the stored fields are taken, so nothing a backup adds reaches the database.
 * @throws InconsistentBackupError when an item or revision names another issue, an item's id is
 *   not its start line's, or an item, an order or a revision id is repeated.
 */
export function toImportedIssue(
  snapshot: IssueSnapshot,
  issueId: IssueId,
  title: string = snapshot.issue.title,
): StoredIssue {
  const source = snapshot.issue;
  const prefix = `${source.id}:`;
  const itemIds = new Set<string>();
  const orders = new Set<number>();
  const items = snapshot.items.map((record): ItemRecord => {
    if (record.issueId !== source.id) {
      throw new InconsistentBackupError(`item ${record.id} belongs to another issue.`);
    }
    if (record.id !== `${prefix}${record.item.startLine}`) {
      throw new InconsistentBackupError(
        `item ${record.id} should be named after its first line, ${record.item.startLine}.`,
      );
    }
    if (itemIds.has(record.id)) throw new InconsistentBackupError(`item ${record.id} is repeated.`);
    if (orders.has(record.order)) {
      throw new InconsistentBackupError(`two items are in place ${record.order}.`);
    }
    itemIds.add(record.id);
    orders.add(record.order);
    return {
      id: toItemId(issueId, record.item.startLine),
      issueId,
      order: record.order,
      item: record.item,
      status: record.status,
      content: record.content,
      flags: record.flags,
      revision: record.revision,
      updatedAt: record.updatedAt,
    };
  });
  const revisionIds = new Set<number>();
  const revisions = snapshot.revisions.map((record): RevisionRecord => {
    // A revision may outlive its item (a split undone), so it need only name a line of this issue.
    const line = record.itemId.startsWith(prefix) ? record.itemId.slice(prefix.length) : '';
    if (record.issueId !== source.id || !/^[1-9]\d*$/.test(line)) {
      throw new InconsistentBackupError(`a revision of ${record.itemId} belongs to another issue.`);
    }
    if (record.id !== undefined) {
      if (revisionIds.has(record.id)) {
        throw new InconsistentBackupError(`revision ${record.id} is repeated.`);
      }
      revisionIds.add(record.id);
    }
    const revision: RevisionRecord = {
      itemId: toItemId(issueId, Number(line)),
      issueId,
      revision: record.revision,
      savedAt: record.savedAt,
      author: record.author,
      summary: record.summary,
      content: record.content,
      flags: record.flags,
      status: record.status,
    };
    if (record.id !== undefined) revision.id = record.id;
    return revision;
  });
  const issue: IssueRecord = {
    id: issueId,
    title,
    paper: source.paper,
    date: source.date,
    language: source.language,
    sourceName: source.sourceName,
    encoding: source.encoding,
    text: source.text,
    flags: source.flags,
    lineCount: source.lineCount,
    pages: source.pages,
    createdAt: source.createdAt,
    updatedAt: source.updatedAt,
    revision: source.revision,
  };
  return { issue, items, revisions };
}

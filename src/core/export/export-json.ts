import type { IssueSnapshot } from './issue-snapshot.ts';
import { BACKUP_FORMAT, BACKUP_VERSION } from './parse-backup.ts';
import type { ScopeSelection } from './select-scope.ts';

/**
 * The JSON export: for the issue, the backup itself (format, version, export time, the issue, all
 * its items and revisions, as given); for a page or an item, the same shape holding only those
 * items and their revisions.
 */
export function exportJson(
  snapshot: IssueSnapshot,
  selection: ScopeSelection,
  exportedAt: Date,
): string {
  const whole = selection.scope.kind === 'issue';
  const backup = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: exportedAt.toISOString(),
    issue: snapshot.issue,
    items: whole ? snapshot.items : selection.items,
    revisions: whole ? snapshot.revisions : selection.revisions,
  };
  return `${JSON.stringify(backup)}\n`;
}

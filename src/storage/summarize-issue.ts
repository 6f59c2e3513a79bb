import type { IssueRecord, IssueSummaryRecord, ItemRecord, ItemStatus } from './records.ts';

function emptyCounts(): Record<ItemStatus, number> {
  return { detected: 0, confirmed: 0, corrected: 0, approved: 0 };
}

/** The library's summary of an issue: its record without text and flags, with item counts. */
export function summarizeIssue(
  issue: IssueRecord,
  items: readonly Pick<ItemRecord, 'item' | 'status'>[],
): IssueSummaryRecord {
  const { text: _text, flags: _flags, ...meta } = issue;
  const summary: IssueSummaryRecord = {
    ...meta,
    itemCount: 0,
    articleCount: 0,
    statusCounts: emptyCounts(),
  };
  for (const record of items) {
    if (record.item.kind === 'furniture') continue;
    summary.itemCount++;
    if (record.item.kind === 'article') summary.articleCount++;
    summary.statusCounts[record.status]++;
  }
  return summary;
}

/** The summary after one item moved from one status to another (furniture is not counted). */
export function withStatusChange(
  summary: IssueSummaryRecord,
  record: Pick<ItemRecord, 'item'>,
  from: ItemStatus,
  to: ItemStatus,
): IssueSummaryRecord {
  if (record.item.kind === 'furniture' || from === to) return summary;
  const statusCounts = { ...summary.statusCounts };
  statusCounts[from] = Math.max(0, statusCounts[from] - 1);
  statusCounts[to]++;
  return { ...summary, statusCounts };
}

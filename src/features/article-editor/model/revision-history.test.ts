import { describe, expect, it } from 'vitest';
import type { IssueId, ItemId, RevisionRecord } from '../../../storage/records.ts';
import { revisionKey, toHistoryEntries } from './revision-history.ts';

function revision(id: number | undefined, number: number, savedAt: number): RevisionRecord {
  return {
    id,
    itemId: 'issue:23' as ItemId,
    issueId: 'issue' as IssueId,
    revision: number,
    savedAt,
    author: '',
    summary: `save ${number}`,
    content: {
      section: '',
      kicker: '',
      headline: `headline ${number}`,
      subtitles: [],
      dateline: '',
      bylines: [],
      caption: '',
      body: [],
    },
    flags: [],
    status: 'corrected',
  };
}

describe('toHistoryEntries', () => {
  it('lists newest first, each with the revision saved before it', () => {
    const first = revision(4, 1, 1000);
    const second = revision(9, 2, 2000);
    const third = revision(12, 3, 3000);
    const entries = toHistoryEntries([second, third, first]);
    expect(entries.map((entry) => entry.revision.revision)).toEqual([3, 2, 1]);
    expect(entries.map((entry) => entry.previous?.revision ?? null)).toEqual([2, 1, null]);
  });

  it('orders saves of one millisecond by revision number, then by key', () => {
    const entries = toHistoryEntries([
      revision(7, 3, 500),
      revision(6, 2, 500),
      revision(3, 2, 500),
    ]);
    expect(entries.map((entry) => revisionKey(entry.revision))).toEqual(['7', '6', '3']);
  });

  it('has nothing to list before the first save', () => {
    expect(toHistoryEntries([])).toEqual([]);
  });

  it('keys a revision without a record key by its number', () => {
    expect(revisionKey(revision(undefined, 5, 0))).toBe('r5');
  });
});

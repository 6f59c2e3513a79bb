import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, expectTypeOf, it, vi } from 'vitest';
import type { Analysis, Flag } from '../core/analysis-types.ts';
import { detectIssueMeta } from '../core/article/detect-issue-meta.ts';
import { applySplitEdit } from '../core/edit/apply-split-edit.ts';
import { exportSnapshot } from '../core/export/export-snapshot.ts';
import { parseBackup } from '../core/export/parse-backup.ts';
import type {
  IssueSnapshot,
  SnapshotIssue,
  SnapshotItem,
  SnapshotRevision,
} from '../core/export/issue-snapshot.ts';
import { analyzeIssue } from '../core/segment/analyze-issue.ts';
import { AUTHOR_SETTING, createGalleyStore } from './create-galley-store.ts';
import type { CreateGalleyStoreOptions } from './create-galley-store.ts';
import { openGalleyDb } from './db.ts';
import {
  InconsistentBackupError,
  IssueExistsError,
  RecordNotFoundError,
  RevisionConflictError,
  StorageFullError,
} from './galley-store.ts';
import type { ArticleSave, GalleyStore, NewIssueInput, StoredIssue } from './galley-store.ts';
import type { IssueId, IssueRecord, ItemId, ItemRecord, RevisionRecord } from './records.ts';
import { isQuotaError, toStorageError } from './to-storage-error.ts';

const text = readFileSync(
  join(import.meta.dirname, '../../public/samples/taiyuan-daily-2022-09-21.txt'),
  'utf8',
);
const sourceLines = text.split('\n');

function flagAt(line: number, needle: string, type: Flag['type'] = 'duplicated-word'): Flag {
  const column = (sourceLines[line - 1] ?? '').indexOf(needle);
  if (column < 0) throw new Error(`"${needle}" is not on line ${line}`);
  return {
    line,
    column,
    length: needle.length,
    text: needle,
    type,
    suggestion: needle.slice(0, needle.length / 2),
    confidence: 0.9,
    severity: 1,
    message: 'Repeated word',
  };
}

function sampleAnalysis(): Analysis {
  return {
    ...analyzeIssue(text),
    flags: [flagAt(44, '阴性阴性'), flagAt(82, '他入', 'similar-shape')],
  };
}

function sampleInput(overrides: Partial<NewIssueInput> = {}): NewIssueInput {
  return {
    text,
    analysis: sampleAnalysis(),
    sourceName: 'taiyuan-daily-2022-09-21.txt',
    encoding: 'utf-8',
    ...overrides,
  };
}

let databaseCount = 0;
const opened: GalleyStore[] = [];

async function openStore(options: CreateGalleyStoreOptions = {}): Promise<GalleyStore> {
  let time = 1_700_000_000_000;
  const store = await createGalleyStore({
    name: `galley-store-test-${++databaseCount}`,
    now: () => (time += 1000),
    author: () => 'Li Ming',
    ...options,
  });
  opened.push(store);
  return store;
}

/** A store and the name of its database, to count its records behind its back. */
async function openNamedStore(): Promise<{ store: GalleyStore; name: string }> {
  const store = await openStore();
  return { store, name: `galley-store-test-${databaseCount}` };
}

/** How many records each store of a database holds. */
async function countRecords(name: string) {
  const db = await openGalleyDb({ name });
  try {
    const stores = ['issues', 'summaries', 'items', 'revisions', 'settings'] as const;
    const counts = await Promise.all(stores.map((store) => db.count(store)));
    return Object.fromEntries(stores.map((store, index) => [store, counts[index]]));
  } finally {
    db.close();
  }
}

function editSave(record: ItemRecord, headline: string, summary = 'Headline fixed'): ArticleSave {
  return {
    content: { ...record.content, headline },
    flags: record.flags,
    status: 'corrected',
    summary,
  };
}

afterEach(() => {
  vi.restoreAllMocks();
  for (const store of opened.splice(0)) store.close();
});

describe('createIssue', () => {
  it('stores the issue with its text and one detected record per item, in source order', async () => {
    const store = await openStore();
    const issue = await store.createIssue(sampleInput());
    expect(issue.revision).toBe(0);
    expect(issue.language).toBe('zh');
    const stored = await store.getIssue(issue.id);
    expect(stored?.text).toBe(text);
    const items = await store.listItems(issue.id);
    expect(items).toHaveLength(10);
    expect(items.map((record) => record.order)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(items.map((record) => record.id)).toEqual(
      items.map((record) => `${issue.id}:${record.item.startLine}`),
    );
    for (const record of items) {
      expect(record.status).toBe('detected');
      expect(record.revision).toBe(0);
      expect(record.issueId).toBe(issue.id);
    }
    const article = items.find((record) => record.item.startLine === 62);
    expect(article?.content.headline).toBe('彰显道德力量 奏响文明乐章');
    expect(await store.getItem(`${issue.id}:62` as ItemId)).toEqual(article);
  });

  it('anchors the analysis flags in their items, open, with stable ids', async () => {
    const store = await openStore();
    const issue = await store.createIssue(sampleInput());
    const items = await store.listItems(issue.id);
    const withFlag = items.find((record) => record.item.lines.includes(44));
    const flag = withFlag?.flags[0];
    expect(withFlag?.flags).toHaveLength(1);
    expect(flag).toMatchObject({
      id: `44:${flagAt(44, '阴性阴性').column}:duplicated-word`,
      state: 'open',
      text: '阴性阴性',
      target: { kind: 'body' },
      source: { line: 44, length: 4 },
    });
    if (flag?.target.kind !== 'body') throw new Error('expected a body flag');
    const block = withFlag?.content.body[flag.target.block];
    expect(block?.text.slice(flag.offset, flag.offset + 4)).toBe('阴性阴性');
    expect(items.flatMap((record) => record.flags)).toHaveLength(2);
  });

  it('takes title, paper and date from the text unless given', async () => {
    const store = await openStore();
    const detected = await store.createIssue(sampleInput());
    const meta = detectIssueMeta(text, 'taiyuan-daily-2022-09-21.txt');
    expect(meta.date).toBe('2022-09-21');
    expect(detected).toMatchObject(meta);
    const given = await store.createIssue(
      sampleInput({ title: '  Morning edition ', paper: null, date: '2022-09-22' }),
    );
    expect(given).toMatchObject({ title: 'Morning edition', paper: null, date: '2022-09-22' });
  });
});

describe('listIssues', () => {
  it('lists issues newest first with counts, without reading source text', async () => {
    const store = await openStore();
    const first = await store.createIssue(sampleInput({ title: 'First' }));
    const second = await store.createIssue(sampleInput({ title: 'Second' }));
    const transaction = vi.spyOn(IDBDatabase.prototype, 'transaction');
    const list = await store.listIssues();
    expect(transaction.mock.calls.map(([stores]) => stores)).toEqual([['summaries']]);
    expect(list.map((summary) => summary.id)).toEqual([second.id, first.id]);
    const [summary] = list;
    expect(summary).not.toHaveProperty('text');
    expect(summary).not.toHaveProperty('flags');
    expect(summary).toMatchObject({
      title: 'Second',
      itemCount: 9,
      articleCount: 6,
      statusCounts: { detected: 9, confirmed: 0, corrected: 0, approved: 0 },
    });
  });
});

describe('renameIssue', () => {
  it('renames in the record and the list', async () => {
    const store = await openStore();
    const issue = await store.createIssue(sampleInput());
    await store.renameIssue(issue.id, '  太原日报 9月21日 ');
    expect((await store.getIssue(issue.id))?.title).toBe('太原日报 9月21日');
    expect((await store.listIssues())[0]?.title).toBe('太原日报 9月21日');
  });

  it('refuses an empty title and a deleted issue', async () => {
    const store = await openStore();
    const issue = await store.createIssue(sampleInput());
    await expect(store.renameIssue(issue.id, '   ')).rejects.toBeInstanceOf(RangeError);
    await store.deleteIssue(issue.id);
    await expect(store.renameIssue(issue.id, 'Gone')).rejects.toBeInstanceOf(RecordNotFoundError);
  });
});

describe('deleteIssue and restoreIssue', () => {
  it('deletes the issue with its items and revisions, and puts them all back exactly', async () => {
    const store = await openStore();
    const keep = await store.createIssue(sampleInput({ title: 'Keep' }));
    const issue = await store.createIssue(sampleInput({ title: 'Delete me' }));
    const [record] = await store.listItems(issue.id);
    if (!record) throw new Error('no items');
    await store.saveArticle(record.id, editSave(record, 'One'), 0);
    await store.saveArticle(record.id, editSave(record, 'Two'), 1);
    const before = {
      issue: await store.getIssue(issue.id),
      items: await store.listItems(issue.id),
      revisions: await store.listRevisions(record.id),
      list: await store.listIssues(),
    };

    const deleted = await store.deleteIssue(issue.id);
    expect(deleted.issue).toEqual(before.issue);
    expect(deleted.items).toEqual(before.items);
    expect(deleted.revisions).toEqual(before.revisions);
    expect(await store.getIssue(issue.id)).toBeUndefined();
    expect(await store.listItems(issue.id)).toEqual([]);
    expect(await store.listRevisions(record.id)).toEqual([]);
    expect((await store.listIssues()).map((summary) => summary.id)).toEqual([keep.id]);
    await expect(store.deleteIssue(issue.id)).rejects.toBeInstanceOf(RecordNotFoundError);

    await store.restoreIssue(deleted);
    expect(await store.getIssue(issue.id)).toEqual(before.issue);
    expect(await store.listItems(issue.id)).toEqual(before.items);
    expect(await store.listRevisions(record.id)).toEqual(before.revisions);
    expect(await store.listIssues()).toEqual(before.list);
  });
});

describe('saveArticle', () => {
  it('saves the content, bumps the revision and appends a revision with who, when and why', async () => {
    const store = await openStore();
    const issue = await store.createIssue(sampleInput());
    const record = (await store.listItems(issue.id)).find((r) => r.item.kind === 'article');
    if (!record) throw new Error('no article');
    const saved = await store.saveArticle(record.id, editSave(record, '新标题'), 0);
    expect(saved).toMatchObject({ revision: 1, status: 'corrected' });
    expect(saved.content.headline).toBe('新标题');
    expect(await store.getItem(record.id)).toEqual(saved);
    const second = await store.saveArticle(record.id, editSave(saved, '第二稿', 'Again'), 1);
    const revisions = await store.listRevisions(record.id);
    expect(revisions.map((r) => [r.revision, r.author, r.summary, r.content.headline])).toEqual([
      [1, 'Li Ming', 'Headline fixed', '新标题'],
      [2, 'Li Ming', 'Again', '第二稿'],
    ]);
    expect(revisions[1]?.savedAt).toBe(second.updatedAt);
    const [summary] = await store.listIssues();
    expect(summary?.statusCounts).toMatchObject({ detected: 8, corrected: 1 });
    expect(summary?.updatedAt).toBe(second.updatedAt);
    expect((await store.getIssue(issue.id))?.updatedAt).toBe(second.updatedAt);
  });

  it('refuses a save from a stale revision, with the stored record, and writes nothing', async () => {
    const store = await openStore();
    const issue = await store.createIssue(sampleInput());
    const [record] = await store.listItems(issue.id);
    if (!record) throw new Error('no items');
    const otherTab = await store.saveArticle(record.id, editSave(record, 'From the other tab'), 0);
    const error: unknown = await store
      .saveArticle(record.id, editSave(record, 'From this tab'), 0)
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(RevisionConflictError);
    expect((error as RevisionConflictError).current).toEqual(otherTab);
    expect(await store.getItem(record.id)).toEqual(otherTab);
    expect(await store.listRevisions(record.id)).toHaveLength(1);
  });

  it('names the author from the settings when no author is given', async () => {
    const store = await openStore({ author: undefined });
    await store.setSetting(AUTHOR_SETTING, '王编辑');
    expect(await store.getSetting<string>(AUTHOR_SETTING)).toBe('王编辑');
    const issue = await store.createIssue(sampleInput());
    const [record] = await store.listItems(issue.id);
    if (!record) throw new Error('no items');
    await store.saveArticle(record.id, editSave(record, 'x'), 0);
    expect((await store.listRevisions(record.id))[0]?.author).toBe('王编辑');
  });

  it('uses one transaction for the whole save, so a failed revision write loses the save too', async () => {
    const store = await openStore();
    const issue = await store.createIssue(sampleInput());
    const [record] = await store.listItems(issue.id);
    if (!record) throw new Error('no items');
    const transaction = vi.spyOn(IDBDatabase.prototype, 'transaction');
    await store.saveArticle(record.id, editSave(record, 'Saved'), 0);
    expect(transaction).toHaveBeenCalledTimes(1);
    expect(transaction.mock.calls[0]?.[1]).toBe('readwrite');
    transaction.mockRestore();

    const saved = await store.getItem(record.id);
    vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(() => {
      throw new DOMException('Cannot clone', 'DataCloneError');
    });
    await expect(store.saveArticle(record.id, editSave(record, 'Lost'), 1)).rejects.toMatchObject({
      name: 'DataCloneError',
    });
    vi.restoreAllMocks();
    expect(await store.getItem(record.id)).toEqual(saved);
    expect(await store.listRevisions(record.id)).toHaveLength(1);
  });
});

describe('setItemStatus', () => {
  it('sets statuses, bumps revisions and keeps the counts', async () => {
    const store = await openStore();
    const issue = await store.createIssue(sampleInput());
    const items = await store.listItems(issue.id);
    const ids = items.slice(0, 3).map((record) => record.id);
    const updated = await store.setItemStatus([...ids, ids[0]!], 'confirmed');
    expect(updated.map((record) => [record.status, record.revision])).toEqual([
      ['confirmed', 1],
      ['confirmed', 1],
      ['confirmed', 1],
    ]);
    expect(await store.getItem(ids[0]!)).toEqual(updated[0]);
    expect((await store.listIssues())[0]?.statusCounts).toMatchObject({
      detected: 6,
      confirmed: 3,
    });
  });

  it('changes nothing when one of the items is gone', async () => {
    const store = await openStore();
    const issue = await store.createIssue(sampleInput());
    const [record] = await store.listItems(issue.id);
    if (!record) throw new Error('no items');
    await expect(
      store.setItemStatus([record.id, `${issue.id}:9999` as ItemId], 'approved'),
    ).rejects.toBeInstanceOf(RecordNotFoundError);
    expect(await store.getItem(record.id)).toEqual(record);
  });
});

describe('replaceItems', () => {
  async function issueWithEdits(store: GalleyStore) {
    const analysis = sampleAnalysis();
    const issue = await store.createIssue(sampleInput({ analysis }));
    const records = await store.listItems(issue.id);
    return { analysis, issue, records };
  }

  it('keeps the records of unchanged items and rebuilds the changed ones as confirmed', async () => {
    const store = await openStore();
    const { analysis, issue, records } = await issueWithEdits(store);
    // A person corrects the first article and dismisses a flag in the third.
    const first = records[0]!;
    const savedFirst = await store.saveArticle(first.id, editSave(first, 'Corrected'), 0);
    const third = records[2]!;
    const dismissed = third.flags.map((flag) => ({ ...flag, state: 'dismissed' as const }));
    await store.saveArticle(
      third.id,
      { content: third.content, flags: dismissed, status: 'corrected', summary: 'Dismissed' },
      0,
    );
    // Then merges the third item into the second.
    const edited = applySplitEdit(
      analysis.items,
      { type: 'merge-with-previous', itemIndex: 2 },
      { sourceLines, language: 'zh' },
    );
    expect(edited).toHaveLength(9);

    const result = await store.replaceItems(issue.id, edited, 0);
    expect(result).toEqual(await store.listItems(issue.id));
    expect(result[0]).toEqual(savedFirst);
    const merged = result[1]!;
    expect(merged.id).toBe(records[1]!.id);
    expect(merged).toMatchObject({ status: 'confirmed', revision: 1 });
    expect(merged.item.lines).toEqual([...records[1]!.item.lines, ...third.item.lines]);
    expect(merged.flags.map((flag) => flag.state)).toEqual(['dismissed']);
    expect(result.slice(2).map((record) => record.id)).toEqual(
      records.slice(3).map((record) => record.id),
    );
    expect(result.slice(2).map((record) => record.order)).toEqual([2, 3, 4, 5, 6, 7, 8]);
    expect(result.slice(2).every((record) => record.status === 'detected')).toBe(true);
    expect(await store.getItem(third.id)).toBeUndefined();
    // The removed item's history is kept.
    expect(await store.listRevisions(third.id)).toHaveLength(1);
    expect((await store.getIssue(issue.id))?.revision).toBe(1);
    expect((await store.listIssues())[0]).toMatchObject({
      itemCount: 8,
      statusCounts: { detected: 6, confirmed: 1, corrected: 1, approved: 0 },
    });
  });

  it('applies the statuses given by index and continues the revision of a returning id', async () => {
    const store = await openStore();
    const { analysis, issue, records } = await issueWithEdits(store);
    const third = records[2]!;
    await store.saveArticle(third.id, editSave(third, 'x'), 0);
    const context = { sourceLines, language: 'zh' as const };
    const merged = applySplitEdit(
      analysis.items,
      { type: 'merge-with-previous', itemIndex: 2 },
      context,
    );
    await store.replaceItems(issue.id, merged, 0);
    // Splitting it off again brings the id back: its revision must move past the removed one's.
    const split = await store.replaceItems(issue.id, analysis.items, 1, { 0: 'approved' });
    expect(split[0]?.status).toBe('approved');
    expect(split[2]).toMatchObject({ id: third.id, status: 'confirmed', revision: 2 });
    await expect(store.saveArticle(third.id, editSave(third, 'stale'), 1)).rejects.toBeInstanceOf(
      RevisionConflictError,
    );
  });

  it('refuses a stale split set with the stored issue and changes nothing', async () => {
    const store = await openStore();
    const { analysis, issue, records } = await issueWithEdits(store);
    const edited = applySplitEdit(
      analysis.items,
      { type: 'merge-with-previous', itemIndex: 1 },
      { sourceLines, language: 'zh' },
    );
    await store.replaceItems(issue.id, edited, 0);
    const after = await store.listItems(issue.id);
    const error: unknown = await store
      .replaceItems(issue.id, analysis.items, 0)
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(RevisionConflictError);
    expect((error as RevisionConflictError).current).toMatchObject({ id: issue.id, revision: 1 });
    expect(await store.listItems(issue.id)).toEqual(after);
    expect(after).not.toEqual(records);
  });

  it('refuses two items starting on the same line', async () => {
    const store = await openStore();
    const { analysis, issue } = await issueWithEdits(store);
    const items = [...analysis.items, analysis.items[0]!];
    await expect(store.replaceItems(issue.id, items, 0)).rejects.toBeInstanceOf(RangeError);
  });
});

describe('all or nothing', () => {
  it('stores no part of an issue whose import fails midway', async () => {
    const store = await openStore();
    const { add } = Object.getOwnPropertyDescriptors(IDBObjectStore.prototype);
    let calls = 0;
    vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(function (
      this: IDBObjectStore,
      ...args
    ) {
      if (++calls === 6) throw new DOMException('Cannot clone', 'DataCloneError');
      return (add.value as IDBObjectStore['add']).apply(this, args);
    });
    await expect(store.createIssue(sampleInput())).rejects.toMatchObject({
      name: 'DataCloneError',
    });
    vi.restoreAllMocks();
    expect(await store.listIssues()).toEqual([]);
    const probe = await store.createIssue(sampleInput());
    expect(await store.listItems(probe.id)).toHaveLength(10);
  });
});

describe('quota', () => {
  it('reports a full store as StorageFullError and keeps the stored article', async () => {
    const store = await openStore();
    const issue = await store.createIssue(sampleInput());
    const [record] = await store.listItems(issue.id);
    if (!record) throw new Error('no items');
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    await expect(store.saveArticle(record.id, editSave(record, 'Big'), 0)).rejects.toBeInstanceOf(
      StorageFullError,
    );
    await expect(store.renameIssue(issue.id, 'x')).rejects.toBeInstanceOf(StorageFullError);
    vi.restoreAllMocks();
    expect(await store.getItem(record.id)).toEqual(record);
    expect(await store.listRevisions(record.id)).toEqual([]);
  });

  it('reports StorageFullError when the put succeeds and only the commit fails', async () => {
    const store = await openStore();
    const issue = await store.createIssue(sampleInput());
    const [record] = await store.listItems(issue.id);
    if (!record) throw new Error('no items');
    const quota = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    const { put } = Object.getOwnPropertyDescriptors(IDBObjectStore.prototype);
    // As Chromium does with a lowered quota: the request succeeds, the transaction aborts.
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (
      this: IDBObjectStore,
      ...args
    ) {
      const request = (put.value as IDBObjectStore['put']).apply(this, args);
      const transaction = this.transaction;
      request.addEventListener('success', () => {
        vi.spyOn(transaction, 'error', 'get').mockReturnValue(quota);
        transaction.abort();
      });
      return request;
    });
    await expect(store.saveArticle(record.id, editSave(record, 'Big'), 0)).rejects.toBeInstanceOf(
      StorageFullError,
    );
    vi.restoreAllMocks();
    expect(await store.getItem(record.id)).toEqual(record);
    expect(await store.listRevisions(record.id)).toEqual([]);
  });

  it('recognises the ways browsers say the quota is exhausted', () => {
    const quota = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    const chromium = new DOMException(
      'Internal error: Quota exceeded while committing.',
      'UnknownError',
    );
    const aborted = new DOMException('The transaction was aborted.', 'AbortError');
    expect(isQuotaError(quota)).toBe(true);
    expect(isQuotaError(chromium)).toBe(true);
    expect(isQuotaError(new DOMException('Disk I/O failed', 'UnknownError'))).toBe(false);
    expect(isQuotaError(aborted)).toBe(false);
    expect(toStorageError(chromium)).toBeInstanceOf(StorageFullError);
    // Chromium lets the put succeed and fails only the commit: the transaction carries the error.
    const fromCommit = toStorageError(aborted, quota);
    expect(fromCommit).toBeInstanceOf(StorageFullError);
    expect((fromCommit as StorageFullError).cause).toBe(quota);
    expect(toStorageError(aborted, null)).toBe(aborted);
  });
});

describe('saveArticles', () => {
  async function articlesOf(store: GalleyStore) {
    const issue = await store.createIssue(sampleInput());
    const articles = (await store.listItems(issue.id)).filter((r) => r.item.kind === 'article');
    return { issue, articles };
  }

  it('saves several articles in one transaction, each with its revision, and keeps the counts', async () => {
    const store = await openStore();
    const { issue, articles } = await articlesOf(store);
    const [a, b, c] = articles;
    if (!a || !b || !c) throw new Error('expected three articles');
    await store.saveArticle(b.id, editSave(b, 'Earlier'), 0);
    const transaction = vi.spyOn(IDBDatabase.prototype, 'transaction');
    const saved = await store.saveArticles([
      { id: a.id, save: editSave(a, 'A', 'All'), expectedRevision: 0 },
      { id: b.id, save: editSave(b, 'B', 'All'), expectedRevision: 1 },
      { id: c.id, save: { ...editSave(c, 'C', 'All'), status: 'approved' }, expectedRevision: 0 },
    ]);
    expect(transaction.mock.calls.map((call) => call[1])).toEqual(['readwrite']);
    transaction.mockRestore();
    expect(saved.map((r) => [r.id, r.revision, r.content.headline])).toEqual([
      [a.id, 1, 'A'],
      [b.id, 2, 'B'],
      [c.id, 1, 'C'],
    ]);
    for (const record of saved) expect(await store.getItem(record.id)).toEqual(record);
    expect((await store.listRevisions(b.id)).map((r) => [r.revision, r.summary])).toEqual([
      [1, 'Headline fixed'],
      [2, 'All'],
    ]);
    expect(await store.listRevisions(c.id)).toMatchObject([{ revision: 1, status: 'approved' }]);
    const [summary] = await store.listIssues();
    expect(summary?.statusCounts).toEqual({ detected: 6, confirmed: 0, corrected: 2, approved: 1 });
    expect((await store.getIssue(issue.id))?.updatedAt).toBe(saved[0]?.updatedAt);
  });

  it('writes nothing when one article conflicts, and names that article', async () => {
    const { store, name } = await openNamedStore();
    const { articles } = await articlesOf(store);
    const [a, b, c] = articles;
    if (!a || !b || !c) throw new Error('expected three articles');
    const otherTab = await store.saveArticle(b.id, editSave(b, 'Other tab'), 0);
    const before = { counts: await countRecords(name), list: await store.listIssues() };
    const error: unknown = await store
      .saveArticles([
        { id: a.id, save: editSave(a, 'A'), expectedRevision: 0 },
        { id: b.id, save: editSave(b, 'B'), expectedRevision: 0 },
        { id: c.id, save: editSave(c, 'C'), expectedRevision: 0 },
      ])
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(RevisionConflictError);
    expect((error as RevisionConflictError).current).toEqual(otherTab);
    expect(await countRecords(name)).toEqual(before.counts);
    expect(await store.listIssues()).toEqual(before.list);
    expect(await store.getItem(a.id)).toEqual(a);
    expect(await store.getItem(c.id)).toEqual(c);
    expect(await store.listRevisions(a.id)).toEqual([]);
  });

  it('writes nothing when an article is gone or a write fails, and refuses an article named twice', async () => {
    const { store, name } = await openNamedStore();
    const { articles } = await articlesOf(store);
    const [a, b] = articles;
    if (!a || !b) throw new Error('expected two articles');
    const before = await countRecords(name);
    await expect(
      store.saveArticles([
        { id: a.id, save: editSave(a, 'A'), expectedRevision: 0 },
        { id: 'gone:1' as ItemId, save: editSave(a, 'B'), expectedRevision: 0 },
      ]),
    ).rejects.toBeInstanceOf(RecordNotFoundError);
    await expect(
      store.saveArticles([
        { id: a.id, save: editSave(a, 'A'), expectedRevision: 0 },
        { id: a.id, save: editSave(a, 'A again'), expectedRevision: 0 },
      ]),
    ).rejects.toBeInstanceOf(RangeError);
    const { add } = Object.getOwnPropertyDescriptors(IDBObjectStore.prototype);
    let calls = 0;
    // The second article's revision record fails after the first one's was written.
    vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(function (
      this: IDBObjectStore,
      ...args
    ) {
      if (++calls === 2)
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return (add.value as IDBObjectStore['add']).apply(this, args);
    });
    await expect(
      store.saveArticles([
        { id: a.id, save: editSave(a, 'A'), expectedRevision: 0 },
        { id: b.id, save: editSave(b, 'B'), expectedRevision: 0 },
      ]),
    ).rejects.toBeInstanceOf(StorageFullError);
    vi.restoreAllMocks();
    expect(calls).toBe(2);
    expect(await countRecords(name)).toEqual(before);
    expect(await store.getItem(a.id)).toEqual(a);
    expect(await store.saveArticles([])).toEqual([]);
  });
});

describe('readSnapshot', () => {
  it('reads the issue, its items in order and its revisions oldest first, in one readonly transaction', async () => {
    const store = await openStore();
    const other = await store.createIssue(sampleInput({ title: 'Other' }));
    const issue = await store.createIssue(sampleInput());
    const [otherFirst] = await store.listItems(other.id);
    const [first, second] = await store.listItems(issue.id);
    if (!otherFirst || !first || !second) throw new Error('no items');
    await store.saveArticle(second.id, editSave(second, 'One'), 0);
    await store.saveArticle(otherFirst.id, editSave(otherFirst, 'Elsewhere'), 0);
    const last = await store.saveArticle(first.id, editSave(first, 'Two'), 0);

    const transaction = vi.spyOn(IDBDatabase.prototype, 'transaction');
    const snapshot = await store.readSnapshot(issue.id);
    expect(transaction.mock.calls.map((call) => call[1])).toEqual(['readonly']);
    transaction.mockRestore();

    expect(snapshot.issue).toEqual(await store.getIssue(issue.id));
    expect(snapshot.issue.updatedAt).toBe(last.updatedAt);
    expect(snapshot.items).toEqual(await store.listItems(issue.id));
    expect(snapshot.items.map((r) => r.order)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(snapshot.revisions.map((r) => [r.itemId, r.content.headline])).toEqual([
      [second.id, 'One'],
      [first.id, 'Two'],
    ]);
    await expect(store.readSnapshot('gone' as IssueId)).rejects.toBeInstanceOf(RecordNotFoundError);
  });

  it('gives records the exporters take as they are', () => {
    expectTypeOf<IssueRecord>().toExtend<SnapshotIssue>();
    expectTypeOf<ItemRecord>().toExtend<SnapshotItem>();
    expectTypeOf<RevisionRecord>().toExtend<SnapshotRevision>();
    expectTypeOf<StoredIssue>().toExtend<IssueSnapshot>();
  });
});

describe('importBackup', () => {
  /** An issue with history, stored after another one so its revision ids do not start at 1. */
  async function issueWithHistory(store: GalleyStore) {
    const other = await store.createIssue(sampleInput({ title: 'Other' }));
    const [otherFirst] = await store.listItems(other.id);
    if (!otherFirst) throw new Error('no items');
    await store.saveArticle(otherFirst.id, editSave(otherFirst, 'Elsewhere'), 0);
    const issue = await store.createIssue(sampleInput({ title: 'With history' }));
    const articles = (await store.listItems(issue.id)).filter((r) => r.item.kind === 'article');
    const [a, b] = articles;
    if (!a || !b) throw new Error('expected two articles');
    await store.saveArticle(a.id, editSave(a, '第一稿'), 0);
    await store.saveArticle(a.id, editSave(a, '第二稿', 'Again'), 1);
    await store.saveArticle(b.id, { ...editSave(b, '另一篇'), status: 'approved' }, 0);
    return { issue, other, a, b };
  }

  /** The snapshot as a backup file carries it: exported as JSON and parsed back. */
  async function throughBackup(snapshot: StoredIssue): Promise<IssueSnapshot> {
    const file = await exportSnapshot(snapshot, 'json', { kind: 'issue' });
    const parsed = parseBackup(file.bytes);
    if (!parsed.ok) throw new Error(parsed.error.message);
    return parsed.snapshot;
  }

  it('gives back the same issue in a fresh database (read, import, read)', async () => {
    const source = await openStore();
    const { issue } = await issueWithHistory(source);
    const snapshot = await source.readSnapshot(issue.id);
    expect(snapshot.revisions.map((r) => r.id)).toEqual([2, 3, 4]);
    const sourceSummary = (await source.listIssues()).find((s) => s.id === issue.id);

    const { store: fresh, name } = await openNamedStore();
    const transaction = vi.spyOn(IDBDatabase.prototype, 'transaction');
    const stored = await fresh.importBackup(await throughBackup(snapshot), {
      onExisting: 'refuse',
    });
    expect(transaction.mock.calls.map((call) => call[1])).toEqual(['readwrite']);
    transaction.mockRestore();
    expect(stored).toEqual(snapshot.issue);
    expect(await fresh.readSnapshot(issue.id)).toEqual(snapshot);
    expect(await fresh.listIssues()).toEqual([sourceSummary]);
    expect(await countRecords(name)).toMatchObject({
      issues: 1,
      summaries: 1,
      items: 10,
      revisions: 3,
    });
    // Later saves go on from the imported revisions.
    const a = snapshot.items.find((r) => r.revision === 2);
    if (!a) throw new Error('no edited article');
    await expect(fresh.saveArticle(a.id, editSave(a, 'stale'), 1)).rejects.toBeInstanceOf(
      RevisionConflictError,
    );
    const next = await fresh.saveArticle(a.id, editSave(a, '第三稿'), 2);
    expect(next.revision).toBe(3);
    expect((await fresh.listRevisions(a.id)).map((r) => r.id)).toEqual([2, 3, 5]);
  });

  it('keeps the revisions of an item merged away since, through a backup', async () => {
    const source = await openStore();
    const { issue, b } = await issueWithHistory(source);
    const merged = applySplitEdit(
      sampleAnalysis().items,
      { type: 'merge-with-previous', itemIndex: b.order },
      { sourceLines, language: 'zh' },
    );
    await source.replaceItems(issue.id, merged, 0);
    const snapshot = await source.readSnapshot(issue.id);
    expect(snapshot.items.map((r) => r.id)).not.toContain(b.id);
    expect(snapshot.revisions.filter((r) => r.itemId === b.id)).toHaveLength(1);

    const fresh = await openStore();
    await fresh.importBackup(await throughBackup(snapshot), { onExisting: 'refuse' });
    expect(await fresh.readSnapshot(issue.id)).toEqual(snapshot);
    const copy = await fresh.importBackup(await throughBackup(snapshot), { onExisting: 'copy' });
    expect(
      (await fresh.readSnapshot(copy.id)).revisions.filter(
        (r) => r.itemId === `${copy.id}:${b.item.startLine}`,
      ),
    ).toHaveLength(1);
  });

  it('refuses an issue already stored, naming it, and changes nothing', async () => {
    const { store, name } = await openNamedStore();
    const { issue } = await issueWithHistory(store);
    const snapshot = await store.readSnapshot(issue.id);
    const before = await countRecords(name);
    const error: unknown = await store
      .importBackup(await throughBackup(snapshot), { onExisting: 'refuse' })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(IssueExistsError);
    expect(error).toMatchObject({ issueId: issue.id, title: 'With history' });
    expect((error as Error).message).toContain('With history');
    expect(await countRecords(name)).toEqual(before);
    expect(await store.readSnapshot(issue.id)).toEqual(snapshot);
  });

  it('replaces a stored issue: items and revisions made since the backup are gone', async () => {
    const { store, name } = await openNamedStore();
    const { issue, a } = await issueWithHistory(store);
    const snapshot = await store.readSnapshot(issue.id);
    const counts = await countRecords(name);
    // After the backup: another save, and a merge that removes an item.
    await store.saveArticle(a.id, editSave(a, '第三稿'), 2);
    const merged = applySplitEdit(
      sampleAnalysis().items,
      { type: 'merge-with-previous', itemIndex: 5 },
      { sourceLines, language: 'zh' },
    );
    await store.replaceItems(issue.id, merged, 0);
    await store.renameIssue(issue.id, 'Renamed since');
    expect(await store.listItems(issue.id)).toHaveLength(9);

    const stored = await store.importBackup(await throughBackup(snapshot), {
      onExisting: 'replace',
    });
    expect(stored).toEqual(snapshot.issue);
    expect(await store.readSnapshot(issue.id)).toEqual(snapshot);
    expect(await countRecords(name)).toEqual(counts);
    expect((await store.listIssues()).map((s) => s.title).sort()).toEqual([
      'Other',
      'With history',
    ]);
  });

  it('keeps both as a copy with new ids, leaving the stored issue as it was', async () => {
    const { store, name } = await openNamedStore();
    const { issue } = await issueWithHistory(store);
    const snapshot = await store.readSnapshot(issue.id);
    const counts = await countRecords(name);
    const copy = await store.importBackup(await throughBackup(snapshot), {
      onExisting: 'copy',
      copyTitle: 'With history (copy)',
    });
    expect(copy.id).not.toBe(issue.id);
    expect(copy).toEqual({ ...snapshot.issue, id: copy.id, title: 'With history (copy)' });
    expect(await store.readSnapshot(issue.id)).toEqual(snapshot);

    const copied = await store.readSnapshot(copy.id);
    expect(copied.items.map((r) => r.id)).toEqual(
      snapshot.items.map((r) => `${copy.id}:${r.item.startLine}`),
    );
    expect(copied.items.every((r) => r.issueId === copy.id)).toBe(true);
    expect(copied.items.map(({ id: _id, issueId: _issue, ...rest }) => rest)).toEqual(
      snapshot.items.map(({ id: _id, issueId: _issue, ...rest }) => rest),
    );
    expect(copied.revisions.map((r) => [r.itemId, r.issueId])).toEqual(
      snapshot.revisions.map((r) => [r.itemId.replace(issue.id, copy.id), copy.id]),
    );
    // The originals keep their revision ids, so the copy's are new ones.
    expect(copied.revisions.map((r) => r.id)).toEqual([5, 6, 7]);
    expect(
      copied.revisions.map(({ id: _id, itemId: _item, issueId: _issue, ...rest }) => rest),
    ).toEqual(
      snapshot.revisions.map(({ id: _id, itemId: _item, issueId: _issue, ...rest }) => rest),
    );
    expect(await countRecords(name)).toEqual({
      ...counts,
      issues: (counts.issues ?? 0) + 1,
      summaries: (counts.summaries ?? 0) + 1,
      items: (counts.items ?? 0) + 10,
      revisions: (counts.revisions ?? 0) + 3,
    });
    // Copying a backup whose issue is not stored keeps its id.
    const fresh = await openStore();
    expect(
      (
        await fresh.importBackup(await throughBackup(snapshot), {
          onExisting: 'copy',
          copyTitle: 'x',
        })
      ).id,
    ).toBe(issue.id);
  });

  it('writes nothing when a record already holds one of its keys', async () => {
    const source = await openStore();
    const { issue } = await issueWithHistory(source);
    const snapshot = await source.readSnapshot(issue.id);
    const { store, name } = await openNamedStore();
    await store.createIssue(sampleInput({ title: 'Already here' }));
    // An item left behind under one of the backup's ids: its add fails inside the transaction.
    const stray = snapshot.items[6];
    if (!stray) throw new Error('no item');
    const db = await openGalleyDb({ name });
    await db.put('items', { ...stray, issueId: 'elsewhere' as IssueId });
    db.close();
    const before = { counts: await countRecords(name), list: await store.listIssues() };

    await expect(
      store.importBackup(await throughBackup(snapshot), { onExisting: 'refuse' }),
    ).rejects.toMatchObject({ name: 'ConstraintError' });
    expect(await countRecords(name)).toEqual(before.counts);
    expect(await store.listIssues()).toEqual(before.list);
    await expect(store.readSnapshot(issue.id)).rejects.toBeInstanceOf(RecordNotFoundError);
  });

  it('keeps the stored issue when a replacing import fails midway, and maps a full disk', async () => {
    const { store, name } = await openNamedStore();
    const { issue } = await issueWithHistory(store);
    const snapshot = await store.readSnapshot(issue.id);
    const before = await countRecords(name);
    const { add } = Object.getOwnPropertyDescriptors(IDBObjectStore.prototype);
    let calls = 0;
    // Fails after the old records are deleted and the issue and several items are written.
    vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(function (
      this: IDBObjectStore,
      ...args
    ) {
      if (++calls === 8)
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return (add.value as IDBObjectStore['add']).apply(this, args);
    });
    await expect(
      store.importBackup(await throughBackup(snapshot), { onExisting: 'replace' }),
    ).rejects.toBeInstanceOf(StorageFullError);
    vi.restoreAllMocks();
    expect(calls).toBe(8);
    expect(await countRecords(name)).toEqual(before);
    expect(await store.readSnapshot(issue.id)).toEqual(snapshot);
  });

  it('refuses a backup whose records do not hang together, before writing anything', async () => {
    const source = await openStore();
    const { issue } = await issueWithHistory(source);
    const good = await throughBackup(await source.readSnapshot(issue.id));
    const { store, name } = await openNamedStore();
    const before = await countRecords(name);
    const [first, second] = good.items;
    const [revision] = good.revisions;
    if (!first || !second || !revision) throw new Error('no records');
    const broken: IssueSnapshot[] = [
      { ...good, items: [{ ...first, issueId: 'elsewhere' }, ...good.items.slice(1)] },
      { ...good, items: [{ ...first, id: `${issue.id}:999` }, ...good.items.slice(1)] },
      { ...good, items: [...good.items, first] },
      { ...good, items: [{ ...first, order: second.order }, ...good.items.slice(1)] },
      { ...good, revisions: [...good.revisions, { ...revision, itemId: 'elsewhere:4' }] },
      { ...good, revisions: [...good.revisions, { ...revision, issueId: 'elsewhere' }] },
      { ...good, revisions: [...good.revisions, revision] },
    ];
    for (const snapshot of broken) {
      await expect(store.importBackup(snapshot, { onExisting: 'replace' })).rejects.toBeInstanceOf(
        InconsistentBackupError,
      );
    }
    expect(await countRecords(name)).toEqual(before);
    await store.importBackup(good, { onExisting: 'refuse' });
    expect((await countRecords(name)).items).toBe(10);
  });
});

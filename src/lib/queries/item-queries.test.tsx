// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { act, renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { analyzeIssue } from '../../core/segment/analyze-issue.ts';
import { RevisionConflictError, StorageFullError } from '../../storage/galley-store.ts';
import type { GalleyStore } from '../../storage/galley-store.ts';
import type { IssueRecord, ItemRecord } from '../../storage/records.ts';
import {
  closeAfterTest,
  closeQueryHarnesses,
  createQueryHarness,
  createTestQueryClient,
  queryWrapper,
  TWO_ARTICLE_PAGE,
} from '../testing/query-harness.tsx';
import { startCrossTabSync } from './cross-tab-sync.ts';
import { issueKeys, useIssue, useIssues, useRenameIssue } from './issue-queries.ts';
import {
  itemKeys,
  useItem,
  useItems,
  useSaveArticle,
  useSaveArticles,
  useSetItemStatus,
} from './item-queries.ts';
import { useRevisions } from './revision-queries.ts';

const text = TWO_ARTICLE_PAGE;

afterEach(async () => {
  vi.restoreAllMocks();
  await closeQueryHarnesses();
});

async function setUp() {
  const { store, queryClient, wrapper } = await createQueryHarness();
  const issue = await store.createIssue({
    text,
    analysis: analyzeIssue(text),
    sourceName: 'pasted text',
    encoding: 'utf-8',
  });
  return { store, issue, queryClient, wrapper };
}

async function firstArticle(store: GalleyStore, issue: IssueRecord): Promise<ItemRecord> {
  const record = (await store.listItems(issue.id)).find((r) => r.item.kind === 'article');
  if (!record) throw new Error('no article');
  return record;
}

/** Resolves the returned promise's `release` to let a held store call go on. */
function hold() {
  let release: () => void = () => undefined;
  const gate = new Promise<void>((resolve) => {
    release = resolve;
  });
  return { gate, release };
}

describe('queries', () => {
  it('reads the library, an issue and its items from the store', async () => {
    const { store, issue, wrapper } = await setUp();
    const { result } = renderHook(
      () => ({ issues: useIssues(), issue: useIssue(issue.id), items: useItems(issue.id) }),
      { wrapper },
    );
    await waitFor(() => {
      expect(result.current.items.isSuccess).toBe(true);
    });
    await waitFor(() => {
      expect(result.current.issues.data).toHaveLength(1);
    });
    expect(result.current.issues.data?.[0]).toMatchObject({ id: issue.id, itemCount: 2 });
    expect(result.current.issue.data?.text).toBe(text);
    expect(result.current.items.data).toEqual(await store.listItems(issue.id));
    expect(result.current.items.data?.map((record) => record.item.kind)).toEqual([
      'furniture',
      'article',
      'article',
    ]);
  });
});

describe('optimistic mutations', () => {
  it('shows a new title at once and puts the old one back when the save fails', async () => {
    const { store, issue, wrapper, queryClient } = await setUp();
    const { result } = renderHook(() => ({ issues: useIssues(), rename: useRenameIssue() }), {
      wrapper,
    });
    await waitFor(() => {
      expect(result.current.issues.data).toHaveLength(1);
    });
    const { gate, release } = hold();
    vi.spyOn(store, 'renameIssue').mockImplementation(async () => {
      await gate;
      throw new StorageFullError();
    });

    let rename: Promise<void> = Promise.resolve();
    act(() => {
      rename = result.current.rename.mutateAsync({ id: issue.id, title: 'Evening edition' });
    });
    await waitFor(() => {
      expect(result.current.issues.data?.[0]?.title).toBe('Evening edition');
    });
    release();
    await act(async () => {
      await expect(rename).rejects.toBeInstanceOf(StorageFullError);
    });
    await waitFor(() => {
      expect(result.current.issues.data?.[0]?.title).toBe(issue.title);
    });
    expect(queryClient.getQueryData(issueKeys.list())).toEqual(await store.listIssues());
  });

  it('saves an article, then takes the other tab’s version on a conflict', async () => {
    const { store, issue, wrapper } = await setUp();
    const record = await firstArticle(store, issue);
    const { result } = renderHook(
      () => ({
        item: useItem(record.id),
        items: useItems(issue.id),
        revisions: useRevisions(record.id),
        save: useSaveArticle(record.id),
      }),
      { wrapper },
    );
    await waitFor(() => {
      expect(result.current.item.data).toEqual(record);
    });
    const save = (headline: string) => ({
      content: { ...record.content, headline },
      flags: [],
      status: 'corrected' as const,
      summary: 'Headline',
    });

    await act(async () => {
      await result.current.save.mutateAsync({ save: save('第一稿'), expectedRevision: 0 });
    });
    await waitFor(() => {
      expect(result.current.item.data).toMatchObject({ revision: 1, status: 'corrected' });
    });
    expect(result.current.items.data?.[1]?.content.headline).toBe('第一稿');
    await waitFor(() => {
      expect(result.current.revisions.data).toHaveLength(1);
    });

    // Another tab saves revision 2; this tab still thinks it is at 1.
    const other = await store.saveArticle(record.id, save('另一个标签页'), 1);
    const { gate, release } = hold();
    const saveArticle = store.saveArticle.bind(store);
    vi.spyOn(store, 'saveArticle').mockImplementation(async (...args) => {
      await gate;
      return saveArticle(...args);
    });
    let stale: Promise<ItemRecord> = Promise.resolve(record);
    act(() => {
      stale = result.current.save.mutateAsync({ save: save('第二稿'), expectedRevision: 1 });
    });
    await waitFor(() => {
      expect(result.current.item.data?.content.headline).toBe('第二稿');
    });
    release();
    await act(async () => {
      await expect(stale).rejects.toBeInstanceOf(RevisionConflictError);
    });
    await waitFor(() => {
      expect(result.current.item.data).toEqual(other);
    });
    expect(result.current.items.data?.[1]).toEqual(other);
  });

  it('sets statuses at once and rolls them back when the write fails', async () => {
    const { store, issue, wrapper, queryClient } = await setUp();
    const records = (await store.listItems(issue.id)).slice(1);
    const { result } = renderHook(
      () => ({ items: useItems(issue.id), setStatus: useSetItemStatus(issue.id) }),
      { wrapper },
    );
    await waitFor(() => {
      expect(result.current.items.data).toHaveLength(3);
    });
    const ids = records.map((record) => record.id);
    await act(async () => {
      await result.current.setStatus.mutateAsync({ ids, status: 'confirmed' });
    });
    await waitFor(() => {
      expect(result.current.items.data?.map((record) => [record.status, record.revision])).toEqual([
        ['detected', 0],
        ['confirmed', 1],
        ['confirmed', 1],
      ]);
    });

    const { gate, release } = hold();
    vi.spyOn(store, 'setItemStatus').mockImplementation(async () => {
      await gate;
      throw new StorageFullError();
    });
    let failing: Promise<unknown> = Promise.resolve();
    act(() => {
      failing = result.current.setStatus.mutateAsync({ ids, status: 'approved' });
    });
    await waitFor(() => {
      expect(result.current.items.data?.map((record) => record.status)).toEqual([
        'detected',
        'approved',
        'approved',
      ]);
    });
    release();
    await act(async () => {
      await expect(failing).rejects.toBeInstanceOf(StorageFullError);
    });
    await waitFor(() => {
      expect(result.current.items.data?.map((record) => record.status)).toEqual([
        'detected',
        'confirmed',
        'confirmed',
      ]);
    });
    expect(queryClient.getQueryData(itemKeys.list(issue.id))).toEqual(
      await store.listItems(issue.id),
    );
  });
  it('saves several articles at once, or rolls all of them back when one conflicts', async () => {
    const { store, issue, wrapper, queryClient } = await setUp();
    const [, first, second] = await store.listItems(issue.id);
    if (!first || !second) throw new Error('expected two articles');
    const { result } = renderHook(
      () => ({
        items: useItems(issue.id),
        second: useItem(second.id),
        saveAll: useSaveArticles(issue.id),
      }),
      { wrapper },
    );
    await waitFor(() => {
      expect(result.current.items.data).toHaveLength(3);
    });
    const save = (record: ItemRecord, headline: string) => ({
      content: { ...record.content, headline },
      flags: record.flags,
      status: 'corrected' as const,
      summary: 'Applied everywhere',
    });
    await act(async () => {
      await result.current.saveAll.mutateAsync([
        { id: first.id, save: save(first, '甲'), expectedRevision: 0 },
        { id: second.id, save: save(second, '乙'), expectedRevision: 0 },
      ]);
    });
    await waitFor(() => {
      expect(result.current.items.data?.map((r) => [r.content.headline, r.revision])).toEqual([
        [expect.any(String), 0],
        ['甲', 1],
        ['乙', 1],
      ]);
    });
    const saved = await store.listItems(issue.id);

    // Another tab moves the second article on; this tab's batch is now stale for it.
    const other = await store.saveArticle(second.id, save(second, '另一个标签页'), 1);
    const { gate, release } = hold();
    const saveArticles = store.saveArticles.bind(store);
    vi.spyOn(store, 'saveArticles').mockImplementation(async (...args) => {
      await gate;
      return saveArticles(...args);
    });
    let stale: Promise<unknown> = Promise.resolve();
    act(() => {
      stale = result.current.saveAll.mutateAsync([
        { id: first.id, save: save(first, '甲二'), expectedRevision: 1 },
        { id: second.id, save: save(second, '乙二'), expectedRevision: 1 },
      ]);
    });
    await waitFor(() => {
      expect(result.current.items.data?.slice(1).map((r) => r.content.headline)).toEqual([
        '甲二',
        '乙二',
      ]);
    });
    release();
    await act(async () => {
      await expect(stale).rejects.toBeInstanceOf(RevisionConflictError);
    });
    await waitFor(() => {
      expect(result.current.items.data?.[1]).toEqual(saved[1]);
    });
    expect(result.current.items.data?.[2]).toEqual(other);
    expect(result.current.second.data).toEqual(other);
    expect(await store.getItem(first.id)).toEqual(saved[1]);
    await waitFor(() => {
      expect(queryClient.getQueryData(itemKeys.list(issue.id))).toEqual([
        saved[0],
        saved[1],
        other,
      ]);
    });
  });
});

describe('cross-tab sync', () => {
  it('refetches in another tab what a write here changed', async () => {
    const { store, issue, wrapper, queryClient } = await setUp();
    const otherClient = createTestQueryClient();
    const stops = [startCrossTabSync(queryClient), startCrossTabSync(otherClient)];
    closeAfterTest(() => {
      stops.forEach((stop) => {
        stop();
      });
      otherClient.clear();
    });
    const otherWrapper = queryWrapper(otherClient, store);
    const here = renderHook(() => useRenameIssue(), { wrapper });
    const there = renderHook(() => useIssues(), { wrapper: otherWrapper });
    await waitFor(() => {
      expect(there.result.current.data?.[0]?.title).toBe(issue.title);
    });
    await act(async () => {
      await here.result.current.mutateAsync({ id: issue.id, title: 'Renamed elsewhere' });
    });
    await waitFor(() => {
      expect(there.result.current.data?.[0]?.title).toBe('Renamed elsewhere');
    });
  });
});

// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, cleanup, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { parseBackup } from '../../core/export/parse-backup.ts';
import { analyzeIssue } from '../../core/segment/analyze-issue.ts';
import { createGalleyStore } from '../../storage/create-galley-store.ts';
import { IssueExistsError, RecordNotFoundError } from '../../storage/galley-store.ts';
import type { GalleyStore } from '../../storage/galley-store.ts';
import type { IssueId } from '../../storage/records.ts';
import { GalleyStoreProvider } from '../store-context.tsx';
import { useExportIssue, useImportBackup } from './export-queries.ts';
import { useIssues } from './issue-queries.ts';
import { useItems } from './item-queries.ts';

const text = [
  '太原日报 2022年9月21日',
  '',
  '全市召开安全生产大会',
  '本报讯 今天，全市召开安全生产大会。',
  '会议强调要做好各项工作。',
  '',
  '新桥建成通车',
  '本报讯 城西新桥昨日建成通车。',
  '市民出行更加方便。',
  '',
].join('\n');

let databaseCount = 0;
const cleanups: (() => void)[] = [];

afterEach(async () => {
  // Unmount first: a query notification still queued must not render once jsdom is gone.
  cleanup();
  for (const close of cleanups.splice(0)) close();
  await new Promise((resolve) => setTimeout(resolve, 0));
});

async function setUp(store?: GalleyStore) {
  const opened = store ?? (await createGalleyStore({ name: `export-queries-${++databaseCount}` }));
  const queryClient = new QueryClient({
    defaultOptions: { queries: { staleTime: Infinity, retry: false } },
  });
  cleanups.push(() => {
    queryClient.clear();
    opened.close();
  });
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={queryClient}>
      <GalleyStoreProvider store={opened}>{children}</GalleyStoreProvider>
    </QueryClientProvider>
  );
  return { store: opened, wrapper };
}

async function storedIssue(store: GalleyStore) {
  const issue = await store.createIssue({
    text,
    analysis: analyzeIssue(text),
    sourceName: 'pasted text',
    encoding: 'utf-8',
  });
  const article = (await store.listItems(issue.id)).find((r) => r.item.kind === 'article');
  if (!article) throw new Error('no article');
  await store.saveArticle(
    article.id,
    {
      content: { ...article.content, headline: '全市安全生产大会召开' },
      flags: article.flags,
      status: 'corrected',
      summary: 'Headline',
    },
    0,
  );
  return issue;
}

describe('useExportIssue', () => {
  it('exports the issue as stored, as a backup that reads back to the same snapshot', async () => {
    const { store, wrapper } = await setUp();
    const issue = await storedIssue(store);
    const { result } = renderHook(() => useExportIssue(), { wrapper });
    let bytes: Uint8Array = new Uint8Array();
    await act(async () => {
      const file = await result.current.mutateAsync({
        issueId: issue.id,
        format: 'json',
        scope: { kind: 'issue' },
      });
      expect(file.name).toMatch(/\.json$/);
      bytes = file.bytes;
    });
    const parsed = parseBackup(bytes);
    if (!parsed.ok) throw new Error(parsed.error.message);
    expect(parsed.snapshot).toEqual(await store.readSnapshot(issue.id));
    expect(parsed.snapshot.items.map((r) => r.content.headline)).toContain('全市安全生产大会召开');
  });

  it('rejects with the reason when the issue is gone', async () => {
    const { wrapper } = await setUp();
    const { result } = renderHook(() => useExportIssue(), { wrapper });
    await act(async () => {
      await expect(
        result.current.mutateAsync({
          issueId: 'gone' as IssueId,
          format: 'txt',
          scope: { kind: 'issue' },
        }),
      ).rejects.toBeInstanceOf(RecordNotFoundError);
    });
  });
});

describe('useImportBackup', () => {
  it('stores a backup and refreshes the library and the issue’s items', async () => {
    const source = await setUp();
    const issue = await storedIssue(source.store);
    const snapshot = await source.store.readSnapshot(issue.id);

    const { store, wrapper } = await setUp();
    const { result } = renderHook(
      () => ({ issues: useIssues(), items: useItems(issue.id), importBackup: useImportBackup() }),
      { wrapper },
    );
    await waitFor(() => {
      expect(result.current.issues.data).toEqual([]);
    });
    expect(result.current.items.data).toEqual([]);
    await act(async () => {
      await result.current.importBackup.mutateAsync({ snapshot, onExisting: 'refuse' });
    });
    await waitFor(() => {
      expect(result.current.issues.data?.map((s) => s.id)).toEqual([issue.id]);
    });
    await waitFor(() => {
      expect(result.current.items.data).toEqual(snapshot.items);
    });
    await act(async () => {
      await expect(
        result.current.importBackup.mutateAsync({ snapshot, onExisting: 'refuse' }),
      ).rejects.toBeInstanceOf(IssueExistsError);
    });
    expect(await store.listIssues()).toHaveLength(1);
  });
});

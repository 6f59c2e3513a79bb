// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { act, renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { parseBackup } from '../../core/export/parse-backup.ts';
import { analyzeIssue } from '../../core/segment/analyze-issue.ts';
import { IssueExistsError, RecordNotFoundError } from '../../storage/galley-store.ts';
import type { GalleyStore } from '../../storage/galley-store.ts';
import type { IssueId } from '../../storage/records.ts';
import {
  closeQueryHarnesses,
  createQueryHarness,
  TWO_ARTICLE_PAGE,
} from '../testing/query-harness.tsx';
import { useExportIssue, useImportBackup } from './export-queries.ts';
import { useIssues } from './issue-queries.ts';
import { useItems } from './item-queries.ts';

const text = TWO_ARTICLE_PAGE;

afterEach(closeQueryHarnesses);

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
    const { store, wrapper } = await createQueryHarness();
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
    const { wrapper } = await createQueryHarness();
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
    const source = await createQueryHarness();
    const issue = await storedIssue(source.store);
    const snapshot = await source.store.readSnapshot(issue.id);

    const { store, wrapper } = await createQueryHarness();
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

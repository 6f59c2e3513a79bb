// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { analyzeIssue } from '../../../core/segment/analyze-issue.ts';
import { closeQueryHarnesses, createQueryHarness } from '../../../lib/testing/query-harness.tsx';
import { StorageFullError } from '../../../storage/galley-store.ts';
import type { ItemRecord } from '../../../storage/records.ts';
import { useSaveOtherArticles } from './use-save-other-articles.ts';
import type { OtherArticleEdit } from './use-save-other-articles.ts';

const text = [
  '太原日报 2022年9月21日',
  '',
  '全市召开安全生产大会',
  '本报讯 今天，全市召开安全生产大会。',
  '',
  '新桥建成通车',
  '本报讯 城西新桥昨日建成通车。',
  '',
  '公园花展开幕',
  '本报讯 迎泽公园花展昨日开幕。',
  '',
].join('\n');

afterEach(async () => {
  vi.restoreAllMocks();
  await closeQueryHarnesses();
});

async function setUp() {
  const { store, wrapper } = await createQueryHarness();
  const issue = await store.createIssue({
    text,
    analysis: analyzeIssue(text),
    sourceName: 'pasted text',
    encoding: 'utf-8',
  });
  const articles = (await store.listItems(issue.id)).filter((r) => r.item.kind === 'article');
  const { result } = renderHook(() => useSaveOtherArticles(issue.id), { wrapper });
  return { store, articles, result };
}

/** Appends a mark to the headline; articles whose headline has `skip` are left alone. */
function mark(suffix: string, skip = '\u0000'): OtherArticleEdit {
  return (record: ItemRecord) =>
    record.content.headline.includes(skip)
      ? null
      : {
          content: { ...record.content, headline: `${record.content.headline}${suffix}` },
          flags: record.flags,
          status: 'corrected',
          summary: 'Applied across the issue',
        };
}

describe('useSaveOtherArticles', () => {
  it('saves every edited article in one store call, skipping the unchanged', async () => {
    const { store, articles, result } = await setUp();
    expect(articles).toHaveLength(3);
    const saveArticles = vi.spyOn(store, 'saveArticles');
    const saveArticle = vi.spyOn(store, 'saveArticle');
    let outcome: Awaited<ReturnType<typeof result.current.mutateAsync>> | undefined;
    await act(async () => {
      outcome = await result.current.mutateAsync({ records: articles, edit: mark('！', '新桥') });
    });
    expect(saveArticles).toHaveBeenCalledTimes(1);
    expect(saveArticle).not.toHaveBeenCalled();
    expect(outcome?.failed).toEqual([]);
    expect(outcome?.saved.map((r) => r.content.headline)).toEqual([
      '全市召开安全生产大会！',
      '公园花展开幕！',
    ]);
    const stored = await Promise.all(articles.map((record) => store.getItem(record.id)));
    expect(stored.map((record) => record?.revision)).toEqual([1, 0, 1]);
  });

  it('edits an article changed in another tab again from its stored version, once', async () => {
    const { store, articles, result } = await setUp();
    const [, second] = articles;
    if (!second) throw new Error('no article');
    const otherTab = mark('（另一个标签页）')(second);
    if (!otherTab) throw new Error('no edit');
    await store.saveArticle(second.id, otherTab, 0);
    let outcome: Awaited<ReturnType<typeof result.current.mutateAsync>> | undefined;
    await act(async () => {
      outcome = await result.current.mutateAsync({ records: articles, edit: mark('！') });
    });
    expect(outcome?.failed).toEqual([]);
    expect((await store.getItem(second.id))?.content.headline).toBe(
      '新桥建成通车（另一个标签页）！',
    );
  });

  it('saves none of them when the write fails, and names them all as not changed', async () => {
    const { store, articles, result } = await setUp();
    vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    let outcome: Awaited<ReturnType<typeof result.current.mutateAsync>> | undefined;
    await act(async () => {
      outcome = await result.current.mutateAsync({ records: articles, edit: mark('！', '新桥') });
    });
    vi.restoreAllMocks();
    expect(outcome?.saved).toEqual([]);
    expect(outcome?.failed.map(({ record }) => record.id)).toEqual([
      articles[0]?.id,
      articles[2]?.id,
    ]);
    expect(outcome?.failed[0]?.error).toBeInstanceOf(StorageFullError);
    for (const record of articles) expect(await store.getItem(record.id)).toEqual(record);
  });
});

// @vitest-environment jsdom
import { act, renderHook, waitFor } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { Item } from '../../../core/analysis-types.ts';
import { analyzeIssue } from '../../../core/segment/analyze-issue.ts';
import { RevisionConflictError } from '../../../storage/galley-store.ts';
import type {
  IssueId,
  IssueRecord,
  ItemId,
  ItemRecord,
  ItemStatus,
} from '../../../storage/records.ts';
import type { SplitPersistence } from '../model/split-saver.ts';
import { useSplitReview, type SplitChangeLabels } from './use-split-review.ts';

const text = readFileSync(
  join(import.meta.dirname, '../../../../public/samples/taiyuan-daily-2022-09-21.txt'),
  'utf8',
);
const { items: analysed } = analyzeIssue(text);
const labels: SplitChangeLabels = {
  accept: (number) => `accept ${number}`,
  acceptAll: (count) => `accept ${count}`,
  merge: (number) => `merge ${number}`,
  move: (number) => `move ${number}`,
  split: (line) => `split at ${line}`,
  kind: (number) => `kind of ${number}`,
  retag: (line) => `retag ${line}`,
};

/** A desk in memory: the stored records, the writes made, and the hook rendered over them. */
function setUp(initialStatuses?: ItemStatus[]) {
  const toRecords = (items: readonly Item[], statuses: readonly ItemStatus[]) =>
    items.map(
      (item, order) =>
        ({
          id: `issue:${item.startLine}` as ItemId,
          order,
          item,
          status: statuses[order] ?? 'detected',
        }) as ItemRecord,
    );
  const store = {
    revision: 1,
    records: toRecords(analysed, initialStatuses ?? analysed.map(() => 'detected')),
    writes: [] as string[],
    conflict: false,
  };
  const issue = (): IssueRecord =>
    ({
      id: 'issue' as IssueId,
      text,
      language: 'zh',
      revision: store.revision,
    }) as IssueRecord;
  const persistence: SplitPersistence = {
    replaceItems: (items, expectedRevision, statuses) => {
      store.writes.push(`replace@${expectedRevision}`);
      if (store.conflict || expectedRevision !== store.revision) {
        return Promise.reject(new RevisionConflictError(issue()));
      }
      store.revision++;
      store.records = toRecords(
        items,
        items.map((_item, index) => statuses[index] ?? 'confirmed'),
      );
      return Promise.resolve(store.records);
    },
    setItemStatus: (ids, status) => {
      store.writes.push(`status:${status}:${ids.join(',')}`);
      store.records = store.records.map((record) =>
        ids.includes(record.id) ? { ...record, status } : record,
      );
      return Promise.resolve();
    },
  };
  const onReload = vi.fn();
  const hook = renderHook(
    (props: { records: ItemRecord[]; issue: IssueRecord }) =>
      useSplitReview({ ...props, persistence, labels, onReload }),
    { initialProps: { records: store.records, issue: issue() } },
  );
  // What the query cache does once a write has resolved: the page reads the records again.
  const readBack = () => {
    hook.rerender({ records: store.records, issue: issue() });
  };
  const settle = async () => {
    await waitFor(() => {
      expect(['saved', 'conflict', 'failed']).toContain(hook.result.current.saveState.type);
    });
  };
  return { store, hook, readBack, settle, onReload };
}

const indexOf = (items: readonly Item[], startLine: number) =>
  items.findIndex((item) => item.startLine === startLine);

describe('useSplitReview', () => {
  it('accepts a split at once and saves its status by the stored id', async () => {
    const { hook, store, settle, readBack } = setUp();
    act(() => {
      hook.result.current.actions.accept(0);
    });
    expect(hook.result.current.statuses[0]).toBe('confirmed');
    expect(hook.result.current.saveState.type).toBe('saving');
    await settle();
    expect(hook.result.current.saveState.type).toBe('saved');
    expect(store.writes).toEqual(['status:confirmed:issue:3']);
    readBack();
    expect(hook.result.current.statuses[0]).toBe('confirmed');
    expect(hook.result.current.notice?.notice).toEqual({ key: 'accepted', number: 1 });
  });

  it('merges a split, undoes and redoes it, each saved on the revision before', async () => {
    const { hook, store, settle, readBack } = setUp();
    const third = indexOf(analysed, 38);
    act(() => {
      hook.result.current.actions.merge(third);
    });
    expect(hook.result.current.items).toHaveLength(analysed.length - 1);
    expect(hook.result.current.items[third - 1]?.endLine).toBe(46);
    expect(hook.result.current.selection.item).toBe(third - 1);
    await settle();
    readBack();
    act(() => {
      hook.result.current.actions.undo();
    });
    expect(hook.result.current.items).toHaveLength(analysed.length);
    expect(hook.result.current.history.future).toHaveLength(1);
    await settle();
    readBack();
    act(() => {
      hook.result.current.actions.redo();
    });
    await settle();
    readBack();
    expect(store.writes).toEqual(['replace@1', 'replace@2', 'replace@3']);
    expect(hook.result.current.items).toHaveLength(analysed.length - 1);
    // Undone items came back with the status they had: nobody had decided them.
    expect(store.records.every((record) => record.status === 'detected')).toBe(true);
  });

  it('keeps items in source order when splitting an article around its slogan', () => {
    const { hook } = setUp();
    act(() => {
      hook.result.current.actions.selectLine(84);
    });
    act(() => {
      hook.result.current.actions.splitAtCursor();
    });
    const starts = hook.result.current.items.map((item) => item.startLine);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(hook.result.current.items[hook.result.current.selection.item]?.startLine).toBe(84);
  });

  it('asks before rebuilding an article corrected in the editor', () => {
    const statuses: ItemStatus[] = analysed.map(() => 'detected');
    const photo = analysed.findIndex((item) => item.kind === 'photo');
    statuses[photo - 1] = 'corrected';
    const { hook, store } = setUp(statuses);
    act(() => {
      hook.result.current.actions.move('down', photo);
    });
    expect(hook.result.current.pendingConfirm?.names).toEqual([
      '加快汾河流域生态保护和高质量发展倡议书',
    ]);
    act(() => {
      hook.result.current.actions.answerConfirm(false);
    });
    expect(hook.result.current.pendingConfirm).toBeNull();
    expect(hook.result.current.items[photo]?.startLine).toBe(58);
    expect(store.writes).toEqual([]);
    act(() => {
      hook.result.current.actions.move('down', photo);
    });
    act(() => {
      hook.result.current.actions.answerConfirm(true);
    });
    expect(hook.result.current.items[photo]?.startLine).toBe(60);
  });

  it('keeps the person’s splits on screen after a conflict and drops them on reload', async () => {
    const { hook, store, settle, onReload } = setUp();
    store.conflict = true;
    act(() => {
      hook.result.current.actions.merge(1);
    });
    await settle();
    expect(hook.result.current.saveState.type).toBe('conflict');
    expect(hook.result.current.items).toHaveLength(analysed.length - 1);
    act(() => {
      hook.result.current.actions.reload();
    });
    expect(onReload).toHaveBeenCalled();
    expect(hook.result.current.items).toHaveLength(analysed.length);
    expect(hook.result.current.history.past).toHaveLength(0);
    expect(hook.result.current.saveState.type).toBe('idle');
  });

  it('walks splits and lines, and says why an edit does not apply', () => {
    const { hook } = setUp();
    act(() => {
      hook.result.current.actions.stepItem(1);
    });
    expect(hook.result.current.selection).toEqual({ item: 1, line: 23 });
    act(() => {
      hook.result.current.actions.stepLine(1);
    });
    expect(hook.result.current.selection).toEqual({ item: 1, line: 25 });
    act(() => {
      hook.result.current.actions.stepItem(-1);
    });
    act(() => {
      hook.result.current.actions.merge();
    });
    expect(hook.result.current.notice?.notice).toEqual({ key: 'noPrevious' });
    act(() => {
      hook.result.current.actions.nextDoubtful();
    });
    expect(hook.result.current.items[hook.result.current.selection.item]?.startLine).toBe(76);
  });
});

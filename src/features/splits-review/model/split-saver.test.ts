import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Item } from '../../../core/analysis-types.ts';
import { applySplitEdit } from '../../../core/edit/apply-split-edit.ts';
import { analyzeIssue } from '../../../core/segment/analyze-issue.ts';
import { RevisionConflictError } from '../../../storage/galley-store.ts';
import type { IssueRecord, ItemId, ItemRecord, ItemStatus } from '../../../storage/records.ts';
import { toPersistedSplits } from './persisted-splits.ts';
import {
  createSplitSaver,
  type SaveState,
  type SplitPersistence,
  type StoredSplits,
} from './split-saver.ts';

const text = readFileSync(
  join(import.meta.dirname, '../../../../public/samples/taiyuan-daily-2022-09-21.txt'),
  'utf8',
);
const context = { sourceLines: text.split(/\r?\n/), language: 'zh' as const };
const { items } = analyzeIssue(text);

/** A store in memory with the revision check of the real one, and writes that wait to be let go. */
function createFakeStore() {
  let nextId = 1;
  const toRecords = (list: readonly Item[], statuses: readonly ItemStatus[]) =>
    list.map(
      (item, order) =>
        ({ id: `item-${nextId++}` as ItemId, order, item, status: statuses[order] }) as ItemRecord,
    );
  const state = {
    revision: 1,
    records: toRecords(
      items,
      items.map(() => 'detected'),
    ),
    writes: [] as string[],
    pending: [] as (() => void)[],
    failNext: null as Error | null,
  };
  const wait = () =>
    new Promise<void>((resolve) => {
      state.pending.push(resolve);
    });
  const persistence: SplitPersistence = {
    async replaceItems(list, expectedRevision, statuses) {
      state.writes.push(`replace@${expectedRevision}`);
      await wait();
      if (state.failNext) {
        const error = state.failNext;
        state.failNext = null;
        throw error;
      }
      if (expectedRevision !== state.revision) {
        throw new RevisionConflictError({ revision: state.revision } as IssueRecord);
      }
      state.revision++;
      state.records = toRecords(
        list,
        list.map((_item, index) => statuses[index] ?? 'detected'),
      );
      return state.records;
    },
    async setItemStatus(ids, status) {
      state.writes.push(`status:${status}:${ids.length}`);
      await wait();
      state.records = state.records.map((record) =>
        ids.includes(record.id) ? { ...record, status } : record,
      );
    },
  };
  return { state, persistence };
}

function setUp() {
  const store = createFakeStore();
  // What the page has read: only refreshed when the test says so.
  let read: StoredSplits = {
    version: store.state.records,
    splits: toPersistedSplits(store.state.records),
    revision: store.state.revision,
  };
  const states: SaveState['type'][] = [];
  const saver = createSplitSaver({
    persistence: () => store.persistence,
    readStored: () => read,
    onState: (state) => states.push(state.type),
  });
  const refresh = () => {
    read = {
      version: store.state.records,
      splits: toPersistedSplits(store.state.records),
      revision: store.state.revision,
    };
  };
  const release = async () => {
    while (store.state.pending.length > 0) {
      store.state.pending.shift()?.();
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
  };
  return { store, saver, states, refresh, release };
}

const detected = items.map((): ItemStatus => 'detected');
const photo = items.findIndex((item) => item.kind === 'photo');
const moveDown = (list: readonly Item[]) =>
  applySplitEdit(list, { type: 'move-start', itemIndex: photo, direction: 'down' }, context);

describe('createSplitSaver', () => {
  it('says saved only after the write has resolved', async () => {
    const { saver, states, release, store } = setUp();
    saver.save({ items: moveDown(items), statuses: detected });
    expect(states).toEqual(['saving']);
    await Promise.resolve();
    expect(states).toEqual(['saving']);
    await release();
    expect(states).toEqual(['saving', 'saved']);
    expect(store.state.revision).toBe(2);
    expect(store.state.records[photo]?.item.startLine).toBe(60);
  });

  it('writes quick edits one after another on its own revision, the latest target last', async () => {
    const { saver, release, store } = setUp();
    const once = moveDown(items);
    const twice = applySplitEdit(
      once,
      { type: 'set-kind', itemIndex: photo, kind: 'article' },
      context,
    );
    saver.save({ items: once, statuses: detected });
    saver.save({ items: twice, statuses: detected });
    saver.save({ items: items, statuses: detected });
    await release();
    // The middle target was overtaken before its turn; the page never re-read in between.
    expect(store.state.writes).toEqual(['replace@1', 'replace@2']);
    expect(store.state.records[photo]?.item.startLine).toBe(58);
  });

  it('sets statuses alone when only statuses changed, by the stored ids', async () => {
    const { saver, release, store } = setUp();
    const statuses: ItemStatus[] = [...detected];
    statuses[0] = 'confirmed';
    saver.save({ items, statuses });
    await release();
    expect(store.state.writes).toEqual(['status:confirmed:1']);
    expect(store.state.records[0]?.status).toBe('confirmed');
  });

  it('reports a conflict when another tab wrote the splits, and writes nothing over it', async () => {
    const { saver, states, release, store } = setUp();
    store.state.revision = 5;
    saver.save({ items: moveDown(items), statuses: detected });
    await release();
    expect(states).toEqual(['saving', 'conflict']);
    expect(store.state.records[photo]?.item.startLine).toBe(58);
  });

  it('reports a failed write with its message and saves again when asked', async () => {
    const { saver, states, release, store, refresh } = setUp();
    store.state.failNext = new Error('The browser’s storage for Galley is full.');
    saver.save({ items: moveDown(items), statuses: detected });
    await release();
    expect(states).toEqual(['saving', 'failed']);
    refresh();
    saver.save({ items: moveDown(items), statuses: detected });
    await release();
    expect(states).toEqual(['saving', 'failed', 'saving', 'saved']);
  });

  it('builds on the records the page reads back once it has read them', async () => {
    const { saver, release, store, refresh } = setUp();
    saver.save({ items: moveDown(items), statuses: detected });
    await release();
    refresh();
    const statuses: ItemStatus[] = store.state.records.map(() => 'detected');
    statuses[1] = 'confirmed';
    saver.save({ items: store.state.records.map((record) => record.item), statuses });
    await release();
    expect(store.state.writes).toEqual(['replace@1', 'status:confirmed:1']);
  });
});

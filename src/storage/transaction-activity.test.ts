/*
 * Fault 14 of the scorecard: a save path that awaits something other than IndexedDB inside its
 * transaction. A browser keeps a transaction active only during the task that created it and the
 * tasks that deliver its requests' events (promise callbacks run inside those tasks); once such a
 * task ends with no request pending, the transaction commits, and a later request throws
 * TransactionInactiveError — after the earlier writes were committed: a partial write.
 *
 * fake-indexeddb keeps a transaction open until its next scheduled step finds no request, so
 * whether it catches such an await depends on timing. This file enforces the browser's rule
 * exactly on top of it: Node's async hooks number the tasks (every callback that is not a promise
 * reaction or a nextTick), and a request is refused unless it is made in the task that created its
 * transaction or the task of that transaction's latest event.
 */
import 'fake-indexeddb/auto';
import { createHook } from 'node:async_hooks';
import { readFile } from 'node:fs/promises';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { analyzeIssue } from '../core/segment/analyze-issue.ts';
import { createGalleyStore } from './create-galley-store.ts';
import { openGalleyDb } from './db.ts';
import { RevisionConflictError } from './galley-store.ts';
import type { ArticleSave, GalleyStore } from './galley-store.ts';
import type { ItemRecord } from './records.ts';

/** Async resource types whose callbacks run inside the current task rather than as a new one. */
const SAME_TASK = new Set(['PROMISE', 'TickObject', 'Microtask']);

/** Counts of what the rule checked and refused. */
interface RuleLog {
  /** Requests made on tracked transactions. */
  checked: number;
  /** Requests refused, by method name. */
  refused: string[];
}

type Method = (this: unknown, ...args: unknown[]) => unknown;

/**
 * Makes fake-indexeddb refuse, with TransactionInactiveError, any request made after its
 * transaction's task ended. Returns the log and a function that removes the rule.
 */
function enforceTaskBoundaries(): { log: RuleLog; remove: () => void } {
  const log: RuleLog = { checked: 0, refused: [] };
  const taskResources = new Set<number>();
  let task = 0;
  const hook = createHook({
    init(asyncId, type) {
      if (!SAME_TASK.has(type)) taskResources.add(asyncId);
    },
    before(asyncId) {
      if (taskResources.has(asyncId)) task += 1;
    },
    destroy(asyncId) {
      taskResources.delete(asyncId);
    },
  }).enable();

  const activeIn = new WeakMap<IDBTransaction, number>();
  const restores: (() => void)[] = [];

  function patch(
    prototype: object,
    names: readonly string[],
    transactionOf: (target: never) => IDBTransaction,
  ): void {
    const methods = prototype as Record<string, Method>;
    for (const name of names) {
      const original = methods[name];
      if (!original) throw new Error(`fake-indexeddb has no ${name}`);
      methods[name] = function (this: unknown, ...args: unknown[]) {
        const transaction = transactionOf(this as never);
        const activeTask = activeIn.get(transaction);
        if (activeTask !== undefined) {
          log.checked += 1;
          if (activeTask !== task) {
            log.refused.push(name);
            throw new DOMException(
              `${name}() was called after its transaction's task ended.`,
              'TransactionInactiveError',
            );
          }
        }
        const result = original.apply(this, args);
        if (result instanceof IDBRequest) {
          // Listeners added now run before idb's: the event's task becomes the active one.
          const renew = () => {
            activeIn.set(transaction, task);
          };
          result.addEventListener('success', renew);
          result.addEventListener('error', renew);
        }
        return result;
      };
      restores.push(() => {
        methods[name] = original;
      });
    }
  }

  const databaseMethods = IDBDatabase.prototype as unknown as Record<string, Method>;
  const transactionMethod = databaseMethods.transaction;
  if (!transactionMethod) throw new Error('fake-indexeddb has no transaction()');
  databaseMethods.transaction = function (this: unknown, ...args: unknown[]) {
    const transaction = transactionMethod.apply(this, args) as IDBTransaction;
    activeIn.set(transaction, task);
    return transaction;
  };
  restores.push(() => {
    databaseMethods.transaction = transactionMethod;
  });

  const requests = [
    'get',
    'getAll',
    'getAllKeys',
    'getKey',
    'count',
    'openCursor',
    'openKeyCursor',
  ];
  patch(
    IDBObjectStore.prototype,
    [...requests, 'add', 'put', 'delete', 'clear'],
    (store: IDBObjectStore) => store.transaction,
  );
  patch(IDBIndex.prototype, requests, (index: IDBIndex) => index.objectStore.transaction);
  patch(
    IDBCursor.prototype,
    ['continue', 'advance', 'continuePrimaryKey', 'update', 'delete'],
    (cursor: IDBCursor) => cursor.request.transaction as IDBTransaction,
  );

  return {
    log,
    remove: () => {
      hook.disable();
      for (const restore of restores.reverse()) restore();
    },
  };
}

/** Ways to wait for something other than IndexedDB, each ending the current task. */
const OTHER_AWAITS: [string, () => Promise<unknown>][] = [
  ['a timer', () => new Promise((resolve) => setTimeout(resolve, 0))],
  ['setImmediate', () => new Promise((resolve) => setImmediate(resolve))],
  ['a hash from crypto.subtle', () => crypto.subtle.digest('SHA-256', new Uint8Array(16))],
  ['a file read', () => readFile(import.meta.filename)],
  [
    'a message from a port, as from a worker',
    () =>
      new Promise<void>((resolve) => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          channel.port1.close();
          resolve();
        };
        channel.port2.postMessage('ping');
      }),
  ],
];

let rule: ReturnType<typeof enforceTaskBoundaries>;
let databaseCount = 0;
const opened: { close: () => void }[] = [];
const nextName = () => `transaction-activity-${++databaseCount}`;

beforeAll(() => {
  rule = enforceTaskBoundaries();
});

afterAll(() => {
  rule.remove();
});

afterEach(() => {
  for (const connection of opened.splice(0)) connection.close();
  rule.log.refused.length = 0;
});

describe('a readwrite transaction on fake-indexeddb, held to the browser’s rule', () => {
  it.each(OTHER_AWAITS)(
    'awaiting %s between two writes commits the first and throws TransactionInactiveError on the second',
    async (_name, otherAwait) => {
      const name = nextName();
      const db = await openGalleyDb({ name });
      opened.push(db);
      const tx = db.transaction('settings', 'readwrite');
      const settings = tx.objectStore('settings');
      await settings.put({ key: 'first', value: 1 });
      await otherAwait();
      expect(() => settings.put({ key: 'second', value: 2 })).toThrow(
        expect.objectContaining({ name: 'TransactionInactiveError' }),
      );
      await tx.done;
      // A partial write: half of what belonged together is stored.
      expect(await db.get('settings', 'first')).toEqual({ key: 'first', value: 1 });
      expect(await db.get('settings', 'second')).toBeUndefined();
      expect(rule.log.refused).toEqual(['put']);
    },
  );

  it('stays active across awaits of its own requests and of promises already settled', async () => {
    const db = await openGalleyDb({ name: nextName() });
    opened.push(db);
    const tx = db.transaction('settings', 'readwrite');
    await tx.store.put({ key: 'first', value: 1 });
    await Promise.resolve();
    const [stored, constant] = await Promise.all([tx.store.get('first'), Promise.resolve(2)]);
    await (async () => {
      await Promise.resolve();
    })();
    await tx.store.put({ key: 'second', value: constant + Number(stored?.value) });
    await tx.done;
    expect(await db.get('settings', 'second')).toEqual({ key: 'second', value: 3 });
    expect(rule.log.refused).toEqual([]);
  });
});

describe('the store’s transactions await nothing but IndexedDB', () => {
  const text = [
    '太原日报 2022年9月21日 星期三',
    '',
    '全市秋粮收获进度过半',
    '',
    '本报讯（记者 王 敏）记者从市农业农村局获悉，截至9月20日，全市秋粮收获进度过半，各地抢抓晴好天气组织农机下田。',
    '',
    '市农业农村局要求，各县区要做好烘干仓储准备，确保颗粒归仓。',
    '',
    '城区新增三处口袋公园',
    '',
    '本报讯（记者 李 强）今年以来，城区利用边角空地新建三处口袋公园，为市民提供家门口的休闲去处。',
  ].join('\n');

  function editSave(record: ItemRecord, headline: string): ArticleSave {
    return {
      content: { ...record.content, headline },
      flags: record.flags,
      status: 'corrected',
      summary: 'Headline fixed',
    };
  }

  /** Runs one store call under the rule and returns how many requests the rule checked. */
  async function checked<T>(call: () => Promise<T>): Promise<{ result: T; requests: number }> {
    const before = rule.log.checked;
    const result = await call();
    expect(rule.log.refused).toEqual([]);
    return { result, requests: rule.log.checked - before };
  }

  async function openStore(): Promise<GalleyStore> {
    let time = 1_700_000_000_000;
    const store = await createGalleyStore({ name: nextName(), now: () => (time += 1000) });
    opened.push(store);
    return store;
  }

  it('in every write path: create, save, save several, conflict, splits, status, backup, delete, restore', async () => {
    const store = await openStore();
    const analysis = analyzeIssue(text);
    const created = await checked(() =>
      store.createIssue({ text, analysis, sourceName: 'taiyuan.txt', encoding: 'utf-8' }),
    );
    expect(created.requests).toBeGreaterThan(2);
    const issue = created.result;
    const articles = (await store.listItems(issue.id)).filter(
      (record) => record.item.kind === 'article',
    );
    const [first, second] = articles;
    if (!first || !second) throw new Error('expected two articles');

    // The revision check and the writes share one transaction: a conflict writes nothing.
    const saved = await checked(() =>
      store.saveArticle(first.id, editSave(first, '秋粮收获过半'), 0),
    );
    expect(saved.result.revision).toBe(1);
    expect(saved.requests).toBeGreaterThan(3);
    await expect(
      checked(() => store.saveArticle(first.id, editSave(first, 'stale'), 0)),
    ).rejects.toBeInstanceOf(RevisionConflictError);
    expect((await store.getItem(first.id))?.content.headline).toBe('秋粮收获过半');

    const both = await checked(() =>
      store.saveArticles([
        { id: first.id, save: editSave(saved.result, '全市秋粮收获进度过半'), expectedRevision: 1 },
        { id: second.id, save: editSave(second, '三处口袋公园'), expectedRevision: 0 },
      ]),
    );
    expect(both.result.map((record) => record.revision)).toEqual([2, 1]);

    const replaced = await checked(() => store.replaceItems(issue.id, analysis.items, 0));
    expect(replaced.requests).toBeGreaterThan(0);
    await checked(() => store.setItemStatus([first.id], 'approved'));
    await checked(() => store.renameIssue(issue.id, '太原日报 · 9月21日'));
    await checked(() => store.setSetting('author', 'Li Ming'));

    const snapshot = await checked(() => store.readSnapshot(issue.id));
    expect(snapshot.result.revisions).toHaveLength(3);
    const copy = await checked(() =>
      store.importBackup(snapshot.result, { onExisting: 'copy', copyTitle: 'Copy' }),
    );
    expect(copy.requests).toBeGreaterThan(3);
    await checked(() => store.importBackup(snapshot.result, { onExisting: 'replace' }));

    const deleted = await checked(() => store.deleteIssue(issue.id));
    await checked(() => store.restoreIssue(deleted.result));
    expect((await store.readSnapshot(issue.id)).revisions).toHaveLength(3);
    expect(rule.log.refused).toEqual([]);
  });
});

import type { IDBPTransaction, StoreNames } from 'idb';
import type { Item } from '../core/analysis-types.ts';
import { detectIssueMeta } from '../core/article/detect-issue-meta.ts';
import { toSourceLines } from '../core/decode/to-source-lines.ts';
import { openGalleyDb } from './db.ts';
import type { ConnectionCallbacks, GalleyDb, GalleyDbSchema } from './db.ts';
import {
  IssueExistsError,
  RecordNotFoundError,
  RevisionConflictError,
  StoreClosedError,
} from './galley-store.ts';
import type {
  ArticleSaveRequest,
  DeletedIssue,
  GalleyStore,
  NewIssueInput,
  StoredIssue,
} from './galley-store.ts';
import type {
  IssueId,
  IssueRecord,
  IssueSummaryRecord,
  ItemId,
  ItemRecord,
  RevisionRecord,
} from './records.ts';
import { summarizeIssue, withStatusChange } from './summarize-issue.ts';
import { toImportedIssue } from './to-imported-issue.ts';
import { toStorageError } from './to-storage-error.ts';
import { groupFlagsByLine, toItemId, toItemRecord } from './to-item-record.ts';
import type { ItemRecordContext } from './to-item-record.ts';

/** The setting that names who saves revisions, when no `author` option is given. */
export const AUTHOR_SETTING = 'author';

/** How to open the store; the defaults are the app's. */
export interface CreateGalleyStoreOptions extends ConnectionCallbacks {
  /** Database name (tests use a fresh one each). */
  name?: string;
  /** The IndexedDB factory (defaults to the global one). */
  indexedDB?: IDBFactory;
  /** The clock (ms since epoch). */
  now?: () => number;
  /** Who is saving; defaults to the `author` setting, else ''. */
  author?: () => string;
}

type StoreName = StoreNames<GalleyDbSchema>;
type Transaction<Mode extends IDBTransactionMode> = IDBPTransaction<
  GalleyDbSchema,
  StoreName[],
  Mode
>;
type WriteTransaction = Transaction<'readwrite'>;

/**
 * Opens Galley's database and returns the store every read and write goes through.
 * @throws when IndexedDB is unavailable or the database cannot be opened or upgraded.
 */
export async function createGalleyStore(
  options: CreateGalleyStoreOptions = {},
): Promise<GalleyStore> {
  const now = options.now ?? Date.now;
  let connection: Promise<GalleyDb> | undefined;
  let closedForUpgrade = false;

  function connect(): Promise<GalleyDb> {
    if (closedForUpgrade) return Promise.reject(new StoreClosedError());
    if (connection) return connection;
    const opening = openGalleyDb({
      name: options.name,
      indexedDB: options.indexedDB,
      onBlocked: options.onBlocked,
      onBlocking: () => {
        closedForUpgrade = true;
        connection = undefined;
        options.onBlocking?.();
      },
      onTerminated: () => {
        // Storage was cleared or evicted: the next call opens a fresh database.
        if (connection === opening) connection = undefined;
        options.onTerminated?.();
      },
    });
    connection = opening;
    opening.catch(() => {
      if (connection === opening) connection = undefined;
    });
    return opening;
  }

  async function begin<Mode extends IDBTransactionMode>(
    stores: StoreName[],
    mode: Mode,
  ): Promise<Transaction<Mode>> {
    // A person's save is flushed to disk before it counts as saved.
    const durability = mode === 'readwrite' ? 'strict' : 'default';
    const db = await connect();
    try {
      return db.transaction(stores, mode, { durability });
    } catch (error) {
      if (closedForUpgrade) throw new StoreClosedError();
      if (!(error instanceof DOMException) || error.name !== 'InvalidStateError') throw error;
      // The connection closed under us (storage cleared): open again once.
      connection = undefined;
      return (await connect()).transaction(stores, mode, { durability });
    }
  }

  async function read<T>(
    stores: StoreName[],
    work: (tx: Transaction<'readonly'>) => Promise<T>,
  ): Promise<T> {
    const tx = await begin(stores, 'readonly');
    const [result] = await Promise.all([work(tx), tx.done]);
    return result;
  }

  /**
   * Runs `work` in one readwrite transaction and resolves once it has committed. Inside `work`
   * only IndexedDB requests may be awaited: anything else would let the transaction commit early.
   * On any error the transaction is aborted, so nothing of it is written.
   */
  async function write<T>(
    stores: StoreName[],
    work: (tx: WriteTransaction) => Promise<T>,
  ): Promise<T> {
    let tx: WriteTransaction;
    try {
      tx = await begin(stores, 'readwrite');
    } catch (error) {
      throw toStorageError(error);
    }
    const done = tx.done;
    try {
      const result = await work(tx);
      await done;
      return result;
    } catch (error) {
      try {
        tx.abort();
      } catch {
        // Already committed or aborted by the browser.
      }
      await done.catch(() => undefined);
      throw toStorageError(error, tx.error);
    }
  }

  /** The stored summary of an issue, or one worked out from its items if it is missing. */
  async function loadSummary(
    tx: WriteTransaction,
    issue: IssueRecord,
  ): Promise<IssueSummaryRecord> {
    const stored = await tx.objectStore('summaries').get(issue.id);
    if (stored) return stored;
    const items = await tx.objectStore('items').index('by-issue').getAll(issue.id);
    return summarizeIssue(issue, items);
  }

  /**
   * Saves articles in one transaction: each is checked against the revision its edit started
   * from and gets a revision record; the first conflict or missing item aborts them all.
   */
  async function saveArticlesNow(
    saves: readonly ArticleSaveRequest[],
    missing: string,
  ): Promise<ItemRecord[]> {
    if (saves.length === 0) return [];
    if (new Set(saves.map((entry) => entry.id)).size !== saves.length) {
      throw new RangeError('An article is named twice in one save.');
    }
    const time = now();
    return write(['items', 'revisions', 'summaries', 'settings'], async (tx) => {
      const itemStore = tx.objectStore('items');
      const [records, authorSetting] = await Promise.all([
        Promise.all(saves.map((entry) => itemStore.get(entry.id))),
        options.author ? undefined : tx.objectStore('settings').get(AUTHOR_SETTING),
      ]);
      const author =
        options.author?.() ?? (typeof authorSetting?.value === 'string' ? authorSetting.value : '');
      const changes = saves.map(({ save, expectedRevision }, index) => {
        const before = records[index];
        if (!before) throw new RecordNotFoundError(missing);
        if (before.revision !== expectedRevision) throw new RevisionConflictError(before);
        const after: ItemRecord = {
          ...before,
          content: save.content,
          flags: save.flags,
          status: save.status,
          revision: expectedRevision + 1,
          updatedAt: time,
        };
        const revision: RevisionRecord = {
          itemId: after.id,
          issueId: after.issueId,
          revision: after.revision,
          savedAt: time,
          author,
          summary: save.summary,
          content: save.content,
          flags: save.flags,
          status: save.status,
        };
        return { before, after, revision };
      });
      const issueIds = [...new Set(changes.map(({ after }) => after.issueId))];
      const stored = await Promise.all(
        issueIds.map((issueId) => tx.objectStore('summaries').get(issueId)),
      );
      const summaries = new Map<IssueId, IssueSummaryRecord>();
      for (const summary of stored) {
        if (summary) summaries.set(summary.id, { ...summary, updatedAt: time });
      }
      for (const { before, after } of changes) {
        const summary = summaries.get(before.issueId);
        if (summary) {
          summaries.set(
            before.issueId,
            withStatusChange(summary, before, before.status, after.status),
          );
        }
      }
      await Promise.all([
        ...changes.map(({ after }) => handled(itemStore.put(after))),
        ...changes.map(({ revision }) => handled(tx.objectStore('revisions').add(revision))),
        ...[...summaries.values()].map((summary) =>
          handled(tx.objectStore('summaries').put(summary)),
        ),
      ]);
      return changes.map(({ after }) => after);
    });
  }

  const store: GalleyStore = {
    async listIssues() {
      const summaries = await read(['summaries'], (tx) => tx.objectStore('summaries').getAll());
      return summaries.sort(
        (a, b) => b.createdAt - a.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
      );
    },

    async getIssue(id) {
      const [issue, summary] = await read(['issues', 'summaries'], (tx) =>
        Promise.all([tx.objectStore('issues').get(id), tx.objectStore('summaries').get(id)]),
      );
      if (!issue) return undefined;
      return summary ? { ...issue, updatedAt: summary.updatedAt } : issue;
    },

    async createIssue(input: NewIssueInput) {
      const { analysis } = input;
      const meta = detectIssueMeta(input.text, input.sourceName);
      const time = now();
      const id = crypto.randomUUID() as IssueId;
      const issue: IssueRecord = {
        id,
        title: input.title?.trim() || meta.title,
        paper: input.paper !== undefined ? input.paper : meta.paper,
        date: input.date !== undefined ? input.date : meta.date,
        language: analysis.language,
        sourceName: input.sourceName,
        encoding: input.encoding,
        text: input.text,
        flags: analysis.flags,
        lineCount: analysis.lineCount,
        pages: analysis.pages,
        createdAt: time,
        updatedAt: time,
        revision: 0,
      };
      assertDistinctStarts(analysis.items);
      const context: ItemRecordContext = {
        issueId: id,
        flagsByLine: groupFlagsByLine(analysis.flags),
        sourceLines: toSourceLines(input.text),
        language: analysis.language,
        time,
      };
      const items = analysis.items.map((item, order) =>
        toItemRecord(item, order, 'detected', 0, context),
      );
      const summary = summarizeIssue(issue, items);
      await write(['issues', 'items', 'summaries'], async (tx) => {
        const itemStore = tx.objectStore('items');
        await Promise.all([
          handled(tx.objectStore('issues').add(issue)),
          handled(tx.objectStore('summaries').add(summary)),
          ...items.map((record) => handled(itemStore.add(record))),
        ]);
      });
      return issue;
    },

    async renameIssue(id, title) {
      const trimmed = title.trim();
      if (trimmed.length === 0) throw new RangeError('An issue needs a title.');
      const time = now();
      await write(['issues', 'items', 'summaries'], async (tx) => {
        const issue = await tx.objectStore('issues').get(id);
        if (!issue) throw new RecordNotFoundError('This issue');
        const summary = await loadSummary(tx, issue);
        await Promise.all([
          handled(tx.objectStore('issues').put({ ...issue, title: trimmed, updatedAt: time })),
          handled(tx.objectStore('summaries').put({ ...summary, title: trimmed, updatedAt: time })),
        ]);
      });
    },

    async deleteIssue(id) {
      return write(['issues', 'items', 'revisions', 'summaries'], async (tx) => {
        const [issue, summary, items, revisions] = await Promise.all([
          tx.objectStore('issues').get(id),
          tx.objectStore('summaries').get(id),
          tx.objectStore('items').index('by-issue').getAll(id),
          tx.objectStore('revisions').index('by-issue').getAll(id),
        ]);
        if (!issue) throw new RecordNotFoundError('This issue');
        const itemStore = tx.objectStore('items');
        const revisionStore = tx.objectStore('revisions');
        await Promise.all([
          handled(tx.objectStore('issues').delete(id)),
          handled(tx.objectStore('summaries').delete(id)),
          ...items.map((record) => handled(itemStore.delete(record.id))),
          ...revisions.flatMap((record) =>
            record.id === undefined ? [] : [handled(revisionStore.delete(record.id))],
          ),
        ]);
        const deleted: DeletedIssue = {
          issue: summary ? { ...issue, updatedAt: summary.updatedAt } : issue,
          items: items.sort((a, b) => a.order - b.order),
          revisions,
        };
        return deleted;
      });
    },

    async restoreIssue(deleted) {
      const summary = summarizeIssue(deleted.issue, deleted.items);
      await write(['issues', 'items', 'revisions', 'summaries'], async (tx) => {
        const itemStore = tx.objectStore('items');
        const revisionStore = tx.objectStore('revisions');
        await Promise.all([
          handled(tx.objectStore('issues').put(deleted.issue)),
          handled(tx.objectStore('summaries').put(summary)),
          ...deleted.items.map((record) => handled(itemStore.put(record))),
          ...deleted.revisions.map((record) => handled(revisionStore.put(record))),
        ]);
      });
    },

    listItems(issueId) {
      return read(['items'], (tx) =>
        tx
          .objectStore('items')
          .index('by-issue-order')
          .getAll(IDBKeyRange.bound([issueId, -Infinity], [issueId, Infinity])),
      );
    },

    getItem(id) {
      return read(['items'], (tx) => tx.objectStore('items').get(id));
    },

    async replaceItems(issueId, items, expectedRevision, statuses = {}) {
      assertDistinctStarts(items);
      const time = now();
      return write(['issues', 'items', 'revisions', 'summaries'], async (tx) => {
        const [issue, summary, existing] = await Promise.all([
          tx.objectStore('issues').get(issueId),
          tx.objectStore('summaries').get(issueId),
          tx.objectStore('items').index('by-issue').getAll(issueId),
        ]);
        if (!issue) throw new RecordNotFoundError('This issue');
        if (issue.revision !== expectedRevision) {
          throw new RevisionConflictError(
            summary ? { ...issue, updatedAt: summary.updatedAt } : issue,
          );
        }
        const byId = new Map(existing.map((record) => [record.id, record]));
        // A flag a person dismissed stays dismissed wherever its line lands.
        const dismissed = new Set(
          existing.flatMap((record) =>
            record.flags.filter((flag) => flag.state === 'dismissed').map((flag) => flag.id),
          ),
        );
        // An id that comes back after its item was removed continues its revision count, so a
        // tab still holding the removed item's revision cannot overwrite the new one.
        const returning = items
          .map((item) => toItemId(issueId, item.startLine))
          .filter((id) => !byId.has(id));
        const lastRevisions = await Promise.all(
          returning.map((id) =>
            tx.objectStore('revisions').index('by-item').openCursor(id, 'prev'),
          ),
        );
        const firstRevision = new Map(
          returning.map((id, index) => [id, (lastRevisions[index]?.value.revision ?? -1) + 1]),
        );
        const context: ItemRecordContext = {
          issueId,
          flagsByLine: groupFlagsByLine(issue.flags),
          sourceLines: toSourceLines(issue.text),
          language: issue.language,
          time,
        };
        const records = items.map((item, order): ItemRecord => {
          const id = toItemId(issueId, item.startLine);
          const previous = byId.get(id);
          const override = statuses[order];
          if (previous && isSameSplit(previous.item, item)) {
            const status = override ?? previous.status;
            const changed = status !== previous.status;
            return {
              ...previous,
              order,
              item,
              status,
              revision: changed ? previous.revision + 1 : previous.revision,
              updatedAt: changed ? time : previous.updatedAt,
            };
          }
          const revision = previous ? previous.revision + 1 : (firstRevision.get(id) ?? 0);
          return toItemRecord(item, order, override ?? 'confirmed', revision, context, dismissed);
        });
        const kept = new Set(records.map((record) => record.id));
        const nextIssue: IssueRecord = { ...issue, revision: issue.revision + 1, updatedAt: time };
        const itemStore = tx.objectStore('items');
        await Promise.all([
          ...existing
            .filter((record) => !kept.has(record.id))
            .map((record) => handled(itemStore.delete(record.id))),
          ...records.map((record) => handled(itemStore.put(record))),
          handled(tx.objectStore('issues').put(nextIssue)),
          handled(tx.objectStore('summaries').put(summarizeIssue(nextIssue, records))),
        ]);
        return records;
      });
    },

    async setItemStatus(ids, status) {
      const unique = [...new Set(ids)];
      const time = now();
      return write(['items', 'summaries'], async (tx) => {
        const itemStore = tx.objectStore('items');
        const found = await Promise.all(unique.map((id) => itemStore.get(id)));
        const records = found.map((record) => {
          if (!record) throw new RecordNotFoundError('An item');
          return record;
        });
        const summaries = new Map<IssueId, IssueSummaryRecord>();
        for (const issueId of new Set(records.map((record) => record.issueId))) {
          const summary = await tx.objectStore('summaries').get(issueId);
          if (summary) summaries.set(issueId, { ...summary, updatedAt: time });
        }
        const next = records.map((record): ItemRecord => {
          if (record.status === status) return record;
          const summary = summaries.get(record.issueId);
          if (summary) {
            summaries.set(record.issueId, withStatusChange(summary, record, record.status, status));
          }
          return { ...record, status, revision: record.revision + 1, updatedAt: time };
        });
        await Promise.all([
          ...next
            .filter((record, index) => record !== records[index])
            .map((r) => handled(itemStore.put(r))),
          ...[...summaries.values()].map((summary) =>
            handled(tx.objectStore('summaries').put(summary)),
          ),
        ]);
        return next;
      });
    },

    async saveArticle(id: ItemId, save, expectedRevision) {
      const [saved] = await saveArticlesNow([{ id, save, expectedRevision }], 'This article');
      if (!saved) throw new RecordNotFoundError('This article');
      return saved;
    },

    saveArticles(saves) {
      return saveArticlesNow(saves, 'An article');
    },

    async readSnapshot(issueId) {
      const [issue, summary, items, revisions] = await read(
        ['issues', 'summaries', 'items', 'revisions'],
        (tx) =>
          Promise.all([
            tx.objectStore('issues').get(issueId),
            tx.objectStore('summaries').get(issueId),
            tx
              .objectStore('items')
              .index('by-issue-order')
              .getAll(IDBKeyRange.bound([issueId, -Infinity], [issueId, Infinity])),
            // The index orders one issue's revisions by key: the order they were saved in.
            tx.objectStore('revisions').index('by-issue').getAll(issueId),
          ]),
      );
      if (!issue) throw new RecordNotFoundError('This issue');
      const snapshot: StoredIssue = {
        issue: summary ? { ...issue, updatedAt: summary.updatedAt } : issue,
        items,
        revisions,
      };
      return snapshot;
    },

    async importBackup(snapshot, { onExisting, copyTitle }) {
      const sourceId = snapshot.issue.id as IssueId;
      // Checked before the transaction opens: a backup that does not hang together writes nothing.
      const asIs = toImportedIssue(snapshot, sourceId);
      return write(['issues', 'summaries', 'items', 'revisions'], async (tx) => {
        const issueStore = tx.objectStore('issues');
        const itemStore = tx.objectStore('items');
        const revisionStore = tx.objectStore('revisions');
        const existing = await issueStore.get(sourceId);
        let imported = asIs;
        if (existing && onExisting === 'refuse') throw new IssueExistsError(existing);
        if (existing && onExisting === 'copy') {
          imported = toImportedIssue(snapshot, crypto.randomUUID() as IssueId, copyTitle);
        }
        if (existing && onExisting === 'replace') {
          const [oldItems, oldRevisions] = await Promise.all([
            itemStore.index('by-issue').getAllKeys(sourceId),
            revisionStore.index('by-issue').getAllKeys(sourceId),
          ]);
          await Promise.all([
            handled(issueStore.delete(sourceId)),
            handled(tx.objectStore('summaries').delete(sourceId)),
            ...oldItems.map((key) => handled(itemStore.delete(key))),
            ...oldRevisions.map((key) => handled(revisionStore.delete(key))),
          ]);
        }
        // A revision keeps its id unless another record holds it (the original of a copy).
        const taken = await Promise.all(
          imported.revisions.map((record) =>
            record.id === undefined ? Promise.resolve(undefined) : revisionStore.getKey(record.id),
          ),
        );
        // `add`, never `put`: a record already under one of these keys fails the whole import.
        await Promise.all([
          handled(issueStore.add(imported.issue)),
          handled(tx.objectStore('summaries').add(summarizeIssue(imported.issue, imported.items))),
          ...imported.items.map((record) => handled(itemStore.add(record))),
          ...imported.revisions.map((record, index) => {
            if (taken[index] === undefined) return handled(revisionStore.add(record));
            const { id: _taken, ...fresh } = record;
            return handled(revisionStore.add(fresh));
          }),
        ]);
        return imported.issue;
      });
    },

    listRevisions(itemId) {
      return read(['revisions'], (tx) =>
        tx.objectStore('revisions').index('by-item').getAll(itemId),
      );
    },

    async getSetting<T>(key: string) {
      const record = await read(['settings'], (tx) => tx.objectStore('settings').get(key));
      return record?.value as T | undefined;
    },

    async setSetting(key, value) {
      await write(['settings'], async (tx) => {
        await tx.objectStore('settings').put({ key, value });
      });
    },

    close() {
      const closing = connection;
      connection = undefined;
      void closing?.then(
        (db) => {
          db.close();
        },
        () => undefined,
      );
    },
  };

  await connect();
  return store;
}

/**
 * Marks a write request's promise as handled. Requests are started together and awaited with
 * Promise.all; if one throws while the batch is being started, the transaction is aborted and the
 * requests already started reject: the write reports that once, so those rejections are expected.
 */
function handled<T>(request: Promise<T>): Promise<T> {
  request.catch(() => undefined);
  return request;
}

/** Item ids come from start lines, so two items of an issue may not start on the same line. */
function assertDistinctStarts(items: readonly Item[]): void {
  const starts = new Set<number>();
  for (const item of items) {
    if (starts.has(item.startLine)) {
      throw new RangeError(`Two items start on line ${item.startLine}.`);
    }
    starts.add(item.startLine);
  }
}

/** Whether two versions of an item are the same split: kind, lines, line roles, paragraphs. */
function isSameSplit(a: Item, b: Item): boolean {
  if (a.kind !== b.kind || !sameNumbers(a.lines, b.lines)) return false;
  if (!sameNumbers(a.crossheads, b.crossheads)) return false;
  if (a.paragraphs.length !== b.paragraphs.length) return false;
  if (!a.paragraphs.every((p, index) => sameNumbers(p.lines, b.paragraphs[index]?.lines ?? []))) {
    return false;
  }
  const lines = new Set([...Object.keys(a.roles), ...Object.keys(b.roles)].map(Number));
  return [...lines].every((line) => a.roles[line] === b.roles[line]);
}

function sameNumbers(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((value, index) => value === b[index]);
}

import 'fake-indexeddb/auto';
import { forceCloseDatabase } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { analyzeIssue } from '../core/segment/analyze-issue.ts';
import { createGalleyStore } from './create-galley-store.ts';
import { DB_VERSION, MIGRATIONS, openGalleyDb } from './db.ts';
import type { GalleyDb, Migration } from './db.ts';
import { StoreClosedError } from './galley-store.ts';
import type { GalleyStore } from './galley-store.ts';

const text =
  '太原日报 2022年9月21日\n\n全市召开大会\n本报讯 今天，全市召开大会。\n会议强调要做好工作。\n';

let databaseCount = 0;
const cleanups: (() => void)[] = [];

function freshName(): string {
  return `galley-db-test-${++databaseCount}`;
}

function track<T extends GalleyStore | GalleyDb>(opened: T): T {
  cleanups.push(() => {
    opened.close();
  });
  return opened;
}

afterEach(() => {
  vi.restoreAllMocks();
  for (const cleanup of cleanups.splice(0)) cleanup();
});

async function storeWithData(name: string) {
  const store = await createGalleyStore({ name });
  const issue = await store.createIssue({
    text,
    analysis: analyzeIssue(text),
    sourceName: 'pasted text',
    encoding: 'utf-8',
  });
  const [record] = await store.listItems(issue.id);
  if (!record) throw new Error('no items');
  await store.saveArticle(
    record.id,
    { content: record.content, flags: [], status: 'corrected', summary: 'Checked' },
    0,
  );
  await store.setSetting('locale', 'zh');
  const snapshot = {
    list: await store.listIssues(),
    issue: await store.getIssue(issue.id),
    items: await store.listItems(issue.id),
    revisions: await store.listRevisions(record.id),
  };
  store.close();
  return { issue, record, snapshot };
}

describe('schema version 1', () => {
  it('creates the stores and indexes the store relies on', async () => {
    const db = track(await openGalleyDb({ name: freshName() }));
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual([
      'issues',
      'items',
      'revisions',
      'settings',
      'summaries',
    ]);
    const tx = db.transaction(['items', 'revisions'], 'readonly');
    expect([...tx.objectStore('items').indexNames].sort()).toEqual(['by-issue', 'by-issue-order']);
    expect(tx.objectStore('items').index('by-issue-order').keyPath).toEqual(['issueId', 'order']);
    expect(tx.objectStore('revisions').autoIncrement).toBe(true);
    expect([...tx.objectStore('revisions').indexNames].sort()).toEqual(['by-issue', 'by-item']);
    await tx.done;
  });

  it('reopens with every record intact', async () => {
    const name = freshName();
    const { issue, record, snapshot } = await storeWithData(name);
    const reopened = track(await createGalleyStore({ name }));
    expect(await reopened.listIssues()).toEqual(snapshot.list);
    expect(await reopened.getIssue(issue.id)).toEqual(snapshot.issue);
    expect(await reopened.listItems(issue.id)).toEqual(snapshot.items);
    expect(await reopened.listRevisions(record.id)).toEqual(snapshot.revisions);
    expect(await reopened.getSetting('locale')).toBe('zh');
  });
});

describe('migrations', () => {
  // A stand-in for a future version 2: a new index and a rewrite of stored records, done with
  // request callbacks inside the versionchange transaction, as a real migration must be.
  const toVersion2: Migration = (_db, transaction) => {
    const items = transaction.objectStore('items');
    items.createIndex('by-status', 'status');
    const cursorRequest = items.openCursor();
    cursorRequest.onsuccess = () => {
      const cursor = cursorRequest.result;
      if (!cursor) return;
      cursor.update({ ...(cursor.value as object), migrated: true });
      cursor.continue();
    };
  };

  it('upgrades version 1 data to the next version, keeping every record', async () => {
    const name = freshName();
    const { issue, snapshot } = await storeWithData(name);
    const db = track(
      await openGalleyDb({ name, version: 2, migrations: { ...MIGRATIONS, 2: toVersion2 } }),
    );
    expect(db.version).toBe(2);
    const items = await db.getAllFromIndex('items', 'by-issue', issue.id);
    expect(items).toHaveLength(snapshot.items.length);
    expect(items.every((item) => (item as unknown as { migrated?: boolean }).migrated)).toBe(true);
    expect(await db.get('issues', issue.id)).toMatchObject({ id: issue.id, text });
    expect(await db.count('revisions')).toBe(1);
  });

  it('leaves the old version and its data when an upgrade fails', async () => {
    const name = freshName();
    const { issue, record, snapshot } = await storeWithData(name);
    const failing: Migration = (db, transaction) => {
      toVersion2(db, transaction);
      throw new Error('Migration bug');
    };
    await expect(
      openGalleyDb({ name, version: 2, migrations: { ...MIGRATIONS, 2: failing } }),
    ).rejects.toThrow('Migration bug');
    const reopened = track(await createGalleyStore({ name }));
    expect(await reopened.listItems(issue.id)).toEqual(snapshot.items);
    expect(await reopened.listRevisions(record.id)).toEqual(snapshot.revisions);
    const db = track(await openGalleyDb({ name }));
    expect(db.version).toBe(1);
    expect([...db.transaction('items').store.indexNames]).not.toContain('by-status');
  });

  it('refuses to open a version it has no migration for', async () => {
    await expect(openGalleyDb({ name: freshName(), version: 3 })).rejects.toThrow(
      'no migration to database version 2',
    );
  });
});

describe('other tabs', () => {
  it('closes this connection when another tab upgrades, and says so', async () => {
    const name = freshName();
    const onBlocking = vi.fn();
    const store = track(await createGalleyStore({ name, onBlocking }));
    const onBlocked = vi.fn();
    const newer = track(
      await openGalleyDb({
        name,
        version: 2,
        migrations: { ...MIGRATIONS, 2: () => undefined },
        onBlocked,
      }),
    );
    expect(newer.version).toBe(2);
    expect(onBlocking).toHaveBeenCalledTimes(1);
    expect(onBlocked).not.toHaveBeenCalled();
    await expect(store.listIssues()).rejects.toBeInstanceOf(StoreClosedError);
  });

  it('tells this tab when an older tab holds up its upgrade', async () => {
    const name = freshName();
    // An old tab whose code does not close on versionchange.
    const request = indexedDB.open(name, 1);
    request.onupgradeneeded = () => {
      const migrate = MIGRATIONS[1];
      if (migrate && request.transaction) migrate(request.result, request.transaction);
    };
    const old = await new Promise<IDBDatabase>((resolve) => {
      request.onsuccess = () => {
        resolve(request.result);
      };
    });
    const onBlocked = vi.fn(() => {
      old.close();
    });
    const db = track(
      await openGalleyDb({
        name,
        version: 2,
        migrations: { ...MIGRATIONS, 2: () => undefined },
        onBlocked,
      }),
    );
    expect(onBlocked).toHaveBeenCalledTimes(1);
    expect(db.version).toBe(2);
  });

  it('says when storage was cleared under it, and opens again on the next call', async () => {
    const name = freshName();
    const onTerminated = vi.fn();
    const spy = vi.spyOn(IDBFactory.prototype, 'open');
    const store = track(await createGalleyStore({ name, onTerminated }));
    const first = spy.mock.results[0]?.value as IDBOpenDBRequest;
    // fake-indexeddb types its argument as the class; it takes the connection.
    forceCloseDatabase(first.result as unknown as typeof IDBDatabase);
    expect(onTerminated).toHaveBeenCalledTimes(1);
    expect(await store.listIssues()).toEqual([]);
    expect(spy).toHaveBeenCalledTimes(2);
  });
});

/**
 * GALLEY'S INDEXEDDB SCHEMA. DO NOT CHANGE A STORE, AN INDEX, A KEY PATH OR A PERSISTED FIELD
 * WITHOUT A MIGRATION: people's corrected articles live in this database, on their own machines.
 *
 * To change the schema: raise `DB_VERSION` by one, add `MIGRATIONS[newVersion]`, never edit an
 * existing migration, and add a test in db.test.ts that opens the previous version with data and
 * upgrades it. Migrations are synchronous (no `await`, no promises): an upgrade that awaited and
 * then threw would leave the new version number on a half-migrated database. A migration that
 * throws aborts the upgrade and the database stays at its old version with its data.
 *
 * Stores (version 1):
 * - `issues`     IssueRecord, key `id`. Holds the source text and flags; rewritten only on import,
 *                rename and a new split set, so saving an article never rewrites the text.
 * - `summaries`  IssueSummaryRecord, key `id`: each issue without its text and flags, with item
 *                counts, for the library list. Written in the same transaction as every change to
 *                an issue or its items. An issue's `updatedAt` is current here (article saves and
 *                status changes update the summary only); the store merges it into getIssue.
 * - `items`      ItemRecord, key `id`; indexes `by-issue` (issueId), `by-issue-order` ([issueId, order]).
 * - `revisions`  RevisionRecord, auto-incremented key `id`; indexes `by-item` (itemId), `by-issue` (issueId).
 * - `settings`   SettingRecord, key `key`.
 */
import { wrap } from 'idb';
import type { DBSchema, IDBPDatabase } from 'idb';
import type {
  IssueId,
  IssueRecord,
  IssueSummaryRecord,
  ItemId,
  ItemRecord,
  RevisionRecord,
  SettingRecord,
} from './records.ts';

/** Name of Galley's database. DO NOT CHANGE: a new name would leave everyone's work behind. */
export const DB_NAME = 'galley';

/** Current schema version. Raise only together with a new entry in `MIGRATIONS`. */
export const DB_VERSION = 1;

/** The stores and indexes of the current version, for idb's typed transactions. */
export interface GalleyDbSchema extends DBSchema {
  issues: { key: IssueId; value: IssueRecord };
  summaries: { key: IssueId; value: IssueSummaryRecord };
  items: {
    key: ItemId;
    value: ItemRecord;
    indexes: { 'by-issue': IssueId; 'by-issue-order': [IssueId, number] };
  };
  revisions: {
    key: number;
    value: RevisionRecord;
    indexes: { 'by-item': ItemId; 'by-issue': IssueId };
  };
  settings: { key: string; value: SettingRecord };
}

/** An open connection to Galley's database. */
export type GalleyDb = IDBPDatabase<GalleyDbSchema>;

/**
 * Brings the database from the previous version to this one. Synchronous on purpose: it works on
 * the raw versionchange transaction, with request callbacks if it must rewrite records.
 */
export type Migration = (db: IDBDatabase, transaction: IDBTransaction) => void;

/** Migrations by the version they lead to. DO NOT EDIT A SHIPPED ENTRY: add the next one. */
export const MIGRATIONS: Readonly<Record<number, Migration>> = {
  1: (db) => {
    db.createObjectStore('issues', { keyPath: 'id' });
    db.createObjectStore('summaries', { keyPath: 'id' });
    const items = db.createObjectStore('items', { keyPath: 'id' });
    items.createIndex('by-issue', 'issueId');
    items.createIndex('by-issue-order', ['issueId', 'order']);
    const revisions = db.createObjectStore('revisions', { keyPath: 'id', autoIncrement: true });
    revisions.createIndex('by-item', 'itemId');
    revisions.createIndex('by-issue', 'issueId');
    db.createObjectStore('settings', { keyPath: 'key' });
  },
};

/** What the app is told about the connection's life. */
export interface ConnectionCallbacks {
  /** Our upgrade waits because another tab still holds the old version open: ask it to reload. */
  onBlocked?: () => void;
  /** Another tab wants a newer version: this connection has been closed; this tab should reload. */
  onBlocking?: () => void;
  /** The browser closed the connection (storage cleared or evicted while open). */
  onTerminated?: () => void;
}

/** Where and how to open the database; the defaults are the app's. */
export interface OpenGalleyDbOptions extends ConnectionCallbacks {
  /** Database name (tests use a fresh one each). */
  name?: string;
  /** The IndexedDB factory (defaults to the global one). */
  indexedDB?: IDBFactory;
  /** Version to open (tests open older versions). */
  version?: number;
  /** Migration table (tests pass one with a future or failing version). */
  migrations?: Readonly<Record<number, Migration>>;
}

/**
 * Opens (creating or upgrading) Galley's database.
 * @throws the migration's own error when an upgrade fails; the database then keeps its old version.
 */
export async function openGalleyDb(options: OpenGalleyDbOptions = {}): Promise<GalleyDb> {
  const factory = options.indexedDB ?? indexedDB;
  const version = options.version ?? DB_VERSION;
  const migrations = options.migrations ?? MIGRATIONS;
  const request = factory.open(options.name ?? DB_NAME, version);
  let upgradeError: unknown = undefined;

  request.addEventListener('upgradeneeded', (event) => {
    const transaction = request.transaction;
    if (!transaction) return;
    try {
      for (let next = event.oldVersion + 1; next <= version; next++) {
        const migrate = migrations[next];
        if (!migrate) throw new Error(`Galley has no migration to database version ${next}.`);
        migrate(request.result, transaction);
      }
    } catch (error) {
      // Aborting the versionchange transaction keeps the old version and every record.
      upgradeError = error;
      transaction.abort();
    }
  });
  request.addEventListener('blocked', () => options.onBlocked?.());

  let db: IDBPDatabase | undefined;
  try {
    db = await wrap(request);
  } catch (error) {
    throw upgradeError ?? error;
  }
  if (!db) throw new Error('IndexedDB opened no database.');
  const raw = request.result;
  raw.addEventListener('versionchange', () => {
    // Let the other tab's upgrade go ahead; this tab must reload to use the new schema.
    raw.close();
    options.onBlocking?.();
  });
  raw.addEventListener('close', () => options.onTerminated?.());
  return db as unknown as GalleyDb;
}

import type { Analysis, Item } from '../core/analysis-types.ts';
import type { IssueSnapshot } from '../core/export/issue-snapshot.ts';
import type {
  ArticleContent,
  ArticleFlag,
  IssueId,
  IssueRecord,
  IssueSummaryRecord,
  ItemId,
  ItemRecord,
  ItemStatus,
  RevisionRecord,
} from './records.ts';

/** What the import hands over to store a new issue. */
export interface NewIssueInput {
  /** The decoded source text. */
  text: string;
  /** Its analysis. */
  analysis: Analysis;
  /** File name, or 'pasted text'. */
  sourceName: string;
  /** Encoding the bytes were read as. */
  encoding: string;
  /** Title, paper and date when known (else worked out from the text and file name). */
  title?: string;
  paper?: string | null;
  date?: string | null;
}

/** An issue as the library lists it: no source text or flags, with counts. */
export type IssueSummary = IssueSummaryRecord;

/** Everything a deleted issue was, so the deletion can be undone. */
export interface DeletedIssue {
  /** The issue record. */
  issue: IssueRecord;
  /** Its items. */
  items: ItemRecord[];
  /** Its revisions. */
  revisions: RevisionRecord[];
}

/** An issue with all it holds, read at one moment: what export and backup start from. */
export interface StoredIssue {
  /** The issue record (its `updatedAt` current). */
  issue: IssueRecord;
  /** Its items in source order. */
  items: ItemRecord[];
  /** Its revisions, oldest first. */
  revisions: RevisionRecord[];
}

/** What to do when a backup names an issue that is already stored. */
export type OnExistingIssue = 'refuse' | 'replace' | 'copy';

/** How to import a backup. */
export interface ImportBackupOptions {
  /**
   * When the issue is already stored: refuse (IssueExistsError), replace it (its items and
   * revisions go), or store the backup beside it as a copy with a new id.
   */
  onExisting: OnExistingIssue;
  /** Title for the copy when `onExisting` is 'copy' (defaults to the backup's title). */
  copyTitle?: string;
}

/** One article of several saved together; see `GalleyStore.saveArticles`. */
export interface ArticleSaveRequest {
  /** The article. */
  id: ItemId;
  /** What it now is and why. */
  save: ArticleSave;
  /** The item's revision the edit started from. */
  expectedRevision: number;
}

/** A save of an article: what it now is and why. */
export interface ArticleSave {
  /** The corrected content. */
  content: ArticleContent;
  /** The flags with their state. */
  flags: ArticleFlag[];
  /** The status after the save. */
  status: ItemStatus;
  /** What changed, in a few words (kept in the revision). */
  summary: string;
}

/** Thrown when a save names a revision that another tab has already moved past. */
export class RevisionConflictError extends Error {
  /** The record as it is stored now. */
  readonly current: ItemRecord | IssueRecord;
  constructor(current: ItemRecord | IssueRecord) {
    super('This was changed in another tab or window since you opened it.');
    this.name = 'RevisionConflictError';
    this.current = current;
  }
}

/** Thrown when the browser refuses to store more (quota exceeded). */
export class StorageFullError extends Error {
  constructor(cause?: unknown) {
    super(
      'The browser’s storage for Galley is full. Your work is still open here: export it, then free space.',
      {
        cause,
      },
    );
    this.name = 'StorageFullError';
  }
}

/** Thrown when a write names an issue or item that is no longer stored (deleted in another tab). */
export class RecordNotFoundError extends Error {
  constructor(what: string) {
    super(`${what} is no longer stored: it was deleted, perhaps in another tab or window.`);
    this.name = 'RecordNotFoundError';
  }
}

/** Thrown after another tab upgraded the database: this tab must reload before it can save. */
export class StoreClosedError extends Error {
  constructor() {
    super(
      'Galley was updated in another tab. Reload this tab to keep saving; your open work is still here.',
    );
    this.name = 'StoreClosedError';
  }
}

/** Thrown when a backup names an issue that is already stored and the import may not replace it. */
export class IssueExistsError extends Error {
  /** The stored issue's id. */
  readonly issueId: IssueId;
  /** The stored issue's title. */
  readonly title: string;
  constructor(existing: Pick<IssueRecord, 'id' | 'title'>) {
    super(`The issue “${existing.title}” is already in the library.`);
    this.name = 'IssueExistsError';
    this.issueId = existing.id;
    this.title = existing.title;
  }
}

/** Thrown when a backup's records do not hang together (ids that name another issue, duplicates). */
export class InconsistentBackupError extends Error {
  constructor(detail: string) {
    super(`This backup does not hang together: ${detail}`);
    this.name = 'InconsistentBackupError';
  }
}

/**
 * The one way in of Galley's IndexedDB database. Every write is one transaction: it
 * resolves once the transaction has committed, and a failed write changes nothing.
 *
 * Writes reject with {@link RevisionConflictError}, {@link StorageFullError},
 * {@link RecordNotFoundError} or {@link StoreClosedError} as documented on each.
 */
export interface GalleyStore {
  /** Every stored issue, newest first. */
  listIssues(): Promise<IssueSummary[]>;
  /** One issue with its source text. */
  getIssue(id: IssueId): Promise<IssueRecord | undefined>;
  /** Stores a new issue and all its items in one transaction. */
  createIssue(input: NewIssueInput): Promise<IssueRecord>;
  /**
   * Renames an issue (the title is trimmed).
   * @throws RangeError when the title is empty; RecordNotFoundError when the issue is gone.
   */
  renameIssue(id: IssueId, title: string): Promise<void>;
  /**
   * Deletes an issue with its items and revisions; returns what is needed to undo it.
   * @throws RecordNotFoundError when the issue is gone.
   */
  deleteIssue(id: IssueId): Promise<DeletedIssue>;
  /** Puts a deleted issue back exactly as it was (its revisions keep their ids). */
  restoreIssue(deleted: DeletedIssue): Promise<void>;
  /** An issue's items in source order. */
  listItems(issueId: IssueId): Promise<ItemRecord[]>;
  /** One item. */
  getItem(id: ItemId): Promise<ItemRecord | undefined>;
  /**
   * Stores a corrected set of splits for an issue in one transaction and bumps the issue's
   * revision. Items (in source order) keep their id `${issueId}:${startLine}`. An item whose kind,
   * lines and line roles did not change keeps its record (status, content, flags, revision); the
   * others are rebuilt from the source text (status 'confirmed': a person made that split; flags a
   * person dismissed stay dismissed; the revision keeps counting up). Items no longer in the set
   * are deleted; their revisions are kept. `statuses`, keyed by index in `items`, overrides the
   * status of any item.
   * @throws RevisionConflictError (with the stored issue) when the issue's revision is no longer
   *   `expectedRevision`; RangeError when two items start on the same line.
   */
  replaceItems(
    issueId: IssueId,
    items: Item[],
    expectedRevision: number,
    statuses?: Partial<Record<number, ItemStatus>>,
  ): Promise<ItemRecord[]>;
  /**
   * Sets the status of several items at once (accept, approve); each changed item's revision is
   * bumped, so an editor holding the older revision gets a conflict instead of overwriting it.
   * @returns the items as now stored.
   * @throws RecordNotFoundError when one of them is gone (then none is changed).
   */
  setItemStatus(ids: ItemId[], status: ItemStatus): Promise<ItemRecord[]>;
  /**
   * Saves an article and records a revision (who, when, `summary`), in one transaction; the new
   * record has revision `expectedRevision + 1`.
   * @throws RevisionConflictError (with the stored item) when the item's revision is no longer
   *   `expectedRevision`; RecordNotFoundError when the item is gone.
   */
  saveArticle(id: ItemId, save: ArticleSave, expectedRevision: number): Promise<ItemRecord>;
  /**
   * Saves several articles in one transaction, each with its revision check and a revision
   * record (the "apply to every same flag" action): all are saved or none is.
   * @returns the records as stored, in the order given.
   * @throws RevisionConflictError (with that stored item) when any article's revision is no longer
   *   its `expectedRevision`; RecordNotFoundError when one is gone; RangeError when an article is
   *   named twice.
   */
  saveArticles(saves: readonly ArticleSaveRequest[]): Promise<ItemRecord[]>;
  /**
   * Reads an issue with its items (in source order) and revisions (oldest first) in one
   * transaction, so an export never mixes two moments.
   * @throws RecordNotFoundError when the issue is gone.
   */
  readSnapshot(issueId: IssueId): Promise<StoredIssue>;
  /**
   * Stores a parsed backup (issue, summary, items, revisions) in one transaction: all or nothing.
   * Revisions keep their content, and their id unless another record holds it. A copy gets a new
   * issue id, and its items and revisions are renamed after it.
   * @returns the issue as stored.
   * @throws IssueExistsError when the issue is stored and `onExisting` is 'refuse';
   *   InconsistentBackupError when the backup's records name another issue or repeat an id.
   */
  importBackup(snapshot: IssueSnapshot, options: ImportBackupOptions): Promise<IssueRecord>;
  /** An item's saved revisions, oldest first. */
  listRevisions(itemId: ItemId): Promise<RevisionRecord[]>;
  /** Reads a setting. */
  getSetting<T>(key: string): Promise<T | undefined>;
  /** Writes a setting. */
  setSetting(key: string, value: unknown): Promise<void>;
  /** Closes the connection (tests, and a tab going away); later calls reopen it. */
  close(): void;
}

import type { Analysis, Item } from '../core/analysis-types.ts';
import type {
  ArticleContent,
  ArticleFlag,
  IssueId,
  IssueRecord,
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

/** An issue as the library lists it: no source text, with counts. */
export interface IssueSummary extends Omit<IssueRecord, 'text'> {
  /** Articles, teasers and photos (not furniture). */
  itemCount: number;
  /** Articles only. */
  articleCount: number;
  /** How many items are in each status. */
  statusCounts: Record<ItemStatus, number>;
}

/** Everything a deleted issue was, so the deletion can be undone. */
export interface DeletedIssue {
  /** The issue record. */
  issue: IssueRecord;
  /** Its items. */
  items: ItemRecord[];
  /** Its revisions. */
  revisions: RevisionRecord[];
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

/** The one way in and out of Galley's IndexedDB database. */
export interface GalleyStore {
  /** Every stored issue, newest first. */
  listIssues(): Promise<IssueSummary[]>;
  /** One issue with its source text. */
  getIssue(id: IssueId): Promise<IssueRecord | undefined>;
  /** Stores a new issue and all its items in one transaction. */
  createIssue(input: NewIssueInput): Promise<IssueRecord>;
  /** Renames an issue. */
  renameIssue(id: IssueId, title: string): Promise<void>;
  /** Deletes an issue with its items and revisions; returns what is needed to undo it. */
  deleteIssue(id: IssueId): Promise<DeletedIssue>;
  /** Puts a deleted issue back exactly as it was. */
  restoreIssue(deleted: DeletedIssue): Promise<void>;
  /** An issue's items in source order. */
  listItems(issueId: IssueId): Promise<ItemRecord[]>;
  /** One item. */
  getItem(id: ItemId): Promise<ItemRecord | undefined>;
  /**
   * Stores a corrected set of splits for an issue in one transaction: items whose lines did not
   * change keep their record (status, content, flags); the rest are rebuilt from `items`.
   * @throws RevisionConflictError when the issue's revision is no longer `expectedRevision`.
   */
  replaceItems(
    issueId: IssueId,
    items: Item[],
    expectedRevision: number,
    statuses?: Partial<Record<number, ItemStatus>>,
  ): Promise<ItemRecord[]>;
  /** Sets the status of several items at once (accept, approve). */
  setItemStatus(ids: ItemId[], status: ItemStatus): Promise<void>;
  /**
   * Saves an article and records a revision, in one transaction.
   * @throws RevisionConflictError when the item's revision is no longer `expectedRevision`.
   */
  saveArticle(id: ItemId, save: ArticleSave, expectedRevision: number): Promise<ItemRecord>;
  /** An item's saved revisions, oldest first. */
  listRevisions(itemId: ItemId): Promise<RevisionRecord[]>;
  /** Reads a setting. */
  getSetting<T>(key: string): Promise<T | undefined>;
  /** Writes a setting. */
  setSetting(key: string, value: unknown): Promise<void>;
}

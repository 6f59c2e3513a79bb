/*
 * An issue with everything it holds, as export and backup see it. These types mirror the storage
 * records (src/storage/records.ts) structurally, so a stored issue, its items and revisions can be
 * handed to the exporters as they are, while the core never imports storage.
 */
import type { FlagType, Flag, Item, Language, PageInfo } from '../analysis-types.ts';

/** Where an item is in the desk's workflow. */
export type SnapshotItemStatus = 'detected' | 'confirmed' | 'corrected' | 'approved';

/** A paragraph or crosshead of a corrected article body. */
export interface BodyBlockLike {
  /** Paragraph text or an in-article subhead. */
  type: 'paragraph' | 'crosshead';
  /** The block's current (corrected) text. */
  text: string;
  /** 1-based source lines the block came from (empty for a block a person added). */
  sourceLines: number[];
}

/** The corrected article: fields and body. */
export interface ArticleContentLike {
  /** Column or section label. */
  section: string;
  /** Kicker above the headline. */
  kicker: string;
  /** Headline. */
  headline: string;
  /** Subtitles and decks. */
  subtitles: string[];
  /** Dateline. */
  dateline: string;
  /** Byline names. */
  bylines: string[];
  /** Photo caption (photos only). */
  caption: string;
  /** Body paragraphs and crossheads. */
  body: BodyBlockLike[];
}

/** A proofreading flag anchored in an article's fields or body. */
export interface ArticleFlagLike {
  /** Stable within the item. */
  id: string;
  /** Where it sits: a body block by index, or a field. */
  target:
    | { kind: 'body'; block: number }
    | {
        kind: 'field';
        field: 'headline' | 'kicker' | 'section' | 'dateline' | 'subtitle';
        index: number;
      };
  /** Offset of the flagged text in the target's text when the flag was made. */
  offset: number;
  /** The flagged text. */
  text: string;
  /** Replacement for the flagged text, or null. */
  suggestion: string | null;
  /** Fault type. */
  type: FlagType;
  /** One line for the reader. */
  message: string;
  /** 0..1. */
  confidence: number;
  /** 1 in body text, 2 in headlines and column heads. */
  severity: 1 | 2;
  /** Open, applied or dismissed. */
  state: 'open' | 'applied' | 'dismissed';
  /** The source flag (line and column in the source text). */
  source: Pick<Flag, 'line' | 'column' | 'length'>;
}

/** The issue itself: source text, pages and what is known about it. */
export interface SnapshotIssue {
  /** Issue id. */
  id: string;
  /** Title shown in the library. */
  title: string;
  /** Newspaper name, if known. */
  paper: string | null;
  /** Issue date (YYYY-MM-DD), if known. */
  date: string | null;
  /** Language of the issue. */
  language: Language;
  /** Name of the file it came from. */
  sourceName: string;
  /** Encoding the file was read as. */
  encoding: string;
  /** The decoded source text. */
  text: string;
  /** The suspected OCR faults found in `text`. */
  flags: Flag[];
  /** Number of source lines. */
  lineCount: number;
  /** Pages of the issue. */
  pages: PageInfo[];
  /** When it was imported (ms since epoch). */
  createdAt: number;
  /** When anything in it last changed (ms since epoch). */
  updatedAt: number;
  /** The issue's split-set revision. */
  revision: number;
}

/** One item of the issue with its review state and corrected content. */
export interface SnapshotItem {
  /** Item id. */
  id: string;
  /** The issue it belongs to. */
  issueId: string;
  /** Position in the issue, in source order. */
  order: number;
  /** The split (lines, roles, fields). */
  item: Item;
  /** Workflow status. */
  status: SnapshotItemStatus;
  /** The corrected article. */
  content: ArticleContentLike;
  /** Proofreading flags with their state. */
  flags: ArticleFlagLike[];
  /** Bumped on every save. */
  revision: number;
  /** When it was last saved (ms since epoch). */
  updatedAt: number;
}

/** A saved state of an article. */
export interface SnapshotRevision {
  /** Storage key, when stored. */
  id?: number;
  /** The item it belongs to. */
  itemId: string;
  /** The issue it belongs to. */
  issueId: string;
  /** The item's revision number this is. */
  revision: number;
  /** When it was saved (ms since epoch). */
  savedAt: number;
  /** Who saved it. */
  author: string;
  /** What changed, in a few words. */
  summary: string;
  /** The content as saved. */
  content: ArticleContentLike;
  /** The flags as saved. */
  flags: ArticleFlagLike[];
  /** The status as saved. */
  status: SnapshotItemStatus;
}

/** An issue with its items and revisions, read at one moment. */
export interface IssueSnapshot {
  /** The issue. */
  issue: SnapshotIssue;
  /** Its items, in any order (exports sort by `order`). */
  items: SnapshotItem[];
  /** Its revisions. */
  revisions: SnapshotRevision[];
}

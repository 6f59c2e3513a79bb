/**
 * The records Galley keeps in IndexedDB. DO NOT CHANGE A PERSISTED FIELD'S NAME OR MEANING
 * WITHOUT A MIGRATION in db.ts: people's corrected articles live in these shapes.
 */
import type { Flag, FlagType, Item, Language, PageInfo } from '../core/analysis-types.ts';

/** Identifies a stored issue. */
export type IssueId = string & { readonly __brand: 'IssueId' };
/** Identifies a stored item (article, teaser, photo, furniture) of an issue. */
export type ItemId = string & { readonly __brand: 'ItemId' };

/** Where an article is in the desk's workflow. */
export type ItemStatus = 'detected' | 'confirmed' | 'corrected' | 'approved';

/** One issue: its source text, its pages and what is known about it. */
export interface IssueRecord {
  /** Primary key. */
  id: IssueId;
  /** Shown in the library; starts as the paper and date or the file name. */
  title: string;
  /** Newspaper name when the text or file name tells it. */
  paper: string | null;
  /** Issue date (YYYY-MM-DD) when the text or file name tells it. */
  date: string | null;
  /** Language of the issue. */
  language: Language;
  /** Name of the file it came from ('pasted text' for a paste). */
  sourceName: string;
  /** Encoding the file was read as. */
  encoding: string;
  /** The decoded source text, never changed: corrections live on the items. */
  text: string;
  /** The suspected OCR faults the analysis found in `text`, never changed (items hold anchored copies). */
  flags: Flag[];
  /** Number of source lines. */
  lineCount: number;
  /** Pages of the issue. */
  pages: PageInfo[];
  /** When it was imported (ms since epoch). */
  createdAt: number;
  /** When anything in it last changed (kept current in its summary record; see db.ts). */
  updatedAt: number;
  /** Bumped on every write of the issue's split set; checked inside the write transaction. */
  revision: number;
}

/** What the library lists for an issue, kept beside it so the list never reads source text. */
export interface IssueSummaryRecord extends Omit<IssueRecord, 'text' | 'flags'> {
  /** Articles, teasers and photos (not furniture). */
  itemCount: number;
  /** Articles only. */
  articleCount: number;
  /** How many articles, teasers and photos are in each status. */
  statusCounts: Record<ItemStatus, number>;
}

/** A paragraph or crosshead of a corrected article body. */
export interface BodyBlock {
  /** Paragraph text or an in-article subhead. */
  type: 'paragraph' | 'crosshead';
  /** The block's current (corrected) text. */
  text: string;
  /** 1-based source lines the block came from (empty for a block a person added). */
  sourceLines: number[];
}

/** What happened to a flag. */
export type FlagState = 'open' | 'applied' | 'dismissed';

/** A proofreading flag anchored in an article's fields or body. */
export interface ArticleFlag {
  /** Stable within the item: `${line}:${column}:${type}`. */
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
  state: FlagState;
  /** The source flag (line and column in the source text). */
  source: Pick<Flag, 'line' | 'column' | 'length'>;
}

/** The corrected article a person edits: fields and body. */
export interface ArticleContent {
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
  body: BodyBlock[];
}

/** One item of an issue with its review state and, once edited, its corrected content. */
export interface ItemRecord {
  /** Primary key. */
  id: ItemId;
  /** The issue it belongs to (indexed). */
  issueId: IssueId;
  /** Position in the issue, in source order (indexed with issueId). */
  order: number;
  /** The split as the engine proposed it or a person corrected it (lines, roles, fields). */
  item: Item;
  /** Workflow status. */
  status: ItemStatus;
  /** The corrected article; starts from the item's fields and source text. */
  content: ArticleContent;
  /** Proofreading flags in this item, with their state. */
  flags: ArticleFlag[];
  /** Bumped on every save; a save names the revision it started from. */
  revision: number;
  /** When it was last saved. */
  updatedAt: number;
}

/** A saved state of an article, for history and restore. */
export interface RevisionRecord {
  /** Auto-incremented key. */
  id?: number;
  /** The item it belongs to (indexed). */
  itemId: ItemId;
  /** The issue (indexed, to delete with it). */
  issueId: IssueId;
  /** The item's revision number this snapshot is. */
  revision: number;
  /** When it was saved. */
  savedAt: number;
  /** Who saved it (the desk's user name setting). */
  author: string;
  /** What changed, in a few words. */
  summary: string;
  /** The content as saved. */
  content: ArticleContent;
  /** The flags as saved (their offsets are into this content). */
  flags: ArticleFlag[];
  /** The status as saved. */
  status: ItemStatus;
}

/** A user setting. */
export interface SettingRecord {
  /** Setting name. */
  key: string;
  /** Its value. */
  value: unknown;
}

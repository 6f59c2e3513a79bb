/** The kinds of item an issue's text is split into. */
export type ItemKind = 'article' | 'teaser' | 'photo' | 'furniture';

/** Detected language of an issue. */
export type Language = 'zh' | 'en';

/** One body paragraph, with the 1-based source lines it is made of. */
export interface Paragraph {
  /** 1-based source line numbers, in reading order. */
  lines: number[];
  /** The paragraph's text, column breaks and end-of-line hyphens joined. */
  text: string;
}

/** One unit of the page: an article, a teaser, a photo or page furniture. */
export interface Item {
  /** What kind of unit this is. */
  kind: ItemKind;
  /** First 1-based source line of the item. */
  startLine: number;
  /** Last 1-based source line of the item (a closing byline included). */
  endLine: number;
  /** Every non-blank 1-based source line that belongs to this item, ascending. */
  lines: number[];
  /** How sure the engine is of this split, 0..1. */
  confidence: number;
  /** Why the item was split here, in plain words. */
  reasons: string[];
  /** Main headline, multi-line headlines joined; null when none. */
  headline: string | null;
  /** Kicker (overline / 引题) above the headline. */
  kicker: string | null;
  /** Subtitles and decks below the headline. */
  subtitles: string[];
  /** Column or section label standing above the item. */
  section: string | null;
  /** Dateline (本报讯, WASHINGTON, June 3 —). */
  dateline: string | null;
  /** Byline names, padding spaces removed. */
  bylines: string[];
  /** Body paragraphs. */
  paragraphs: Paragraph[];
  /** 1-based lines of in-article subheads. */
  crossheads: number[];
  /** Page a teaser or jump line refers to. */
  jumpPage: number | null;
  /** Photo caption. */
  caption: string | null;
  /** 1-based page number the item sits on. */
  page: number;
  /** Section name of the page (from its header), if any. */
  pageSection: string | null;
  /** Role of each line in the item, keyed by 1-based line number. */
  roles: Record<number, LineRole>;
}

/** What a single line does inside its item. */
export type LineRole =
  | 'kicker'
  | 'section'
  | 'headline'
  | 'subtitle'
  | 'dateline'
  | 'byline'
  | 'body'
  | 'crosshead'
  | 'caption'
  | 'credit'
  | 'jump'
  | 'furniture';

/** Kinds of OCR fault the proofreader reports. */
export type FlagType =
  | 'duplicated-word'
  | 'similar-shape'
  | 'stray-latin'
  | 'dropped-reduplication'
  | 'punctuation-width'
  | 'english-lookalike'
  | 'hyphenation'
  | 'broken-paragraph';

/** One suspected OCR fault. */
export interface Flag {
  /** 1-based source line. */
  line: number;
  /** 0-based UTF-16 offset in the source line. */
  column: number;
  /** Length of the flagged text in UTF-16 code units. */
  length: number;
  /** The flagged text, exactly as in the source line. */
  text: string;
  /** Which fault this is. */
  type: FlagType;
  /** Text that replaces exactly the flagged span, or null. */
  suggestion: string | null;
  /** 0..1. */
  confidence: number;
  /** 1 in body text, 2 in headlines and column heads (errors there count double). */
  severity: 1 | 2;
  /** One line for the person reading the flag. */
  message: string;
}

/** A page of the issue. */
export interface PageInfo {
  /** 1-based page number. */
  number: number;
  /** Section name from the page header, if any. */
  section: string | null;
  /** First 1-based source line of the page. */
  startLine: number;
}

/** The analysis of one issue's text. */
export interface Analysis {
  /** Detected language. */
  language: Language;
  /** Items in source order. */
  items: Item[];
  /** Suspected OCR faults. */
  flags: Flag[];
  /** Pages in order. */
  pages: PageInfo[];
  /** Number of source lines. */
  lineCount: number;
}

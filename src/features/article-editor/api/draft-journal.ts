/**
 * The unsaved-edit journal of the article editor.
 *
 * Saving to IndexedDB waits ~600 ms after typing stops, and a write started when the page goes
 * away (reload, navigation, a closed tab) is often lost. So edits are also written here,
 * synchronously, to localStorage, in the same task as the edit (no timer: a crash or a held clock
 * cannot delay it); the entry is removed once IndexedDB has committed the same text. On opening
 * an article, an entry left behind is put back (or, when the article was saved elsewhere
 * meanwhile, offered beside that version). Only the article being edited is kept, so the
 * journal stays small.
 */
import { z } from 'zod';
import type { ArticleContent, ArticleFlag, ItemStatus } from '../../../storage/records.ts';

// DO NOT CHANGE WITHOUT READING OLD ENTRIES: unsaved work may be waiting under this name.
const KEY_PREFIX = 'galley.article-draft.v1:';

/** An unsaved state of one article. */
export interface DraftEntry {
  /** The item it belongs to. */
  itemId: string;
  /** The stored revision the edits were made on. */
  baseRevision: number;
  /** When it was written (ms since epoch). */
  writtenAt: number;
  /** The edited content. */
  content: ArticleContent;
  /** The flags with their state. */
  flags: ArticleFlag[];
  /** The status the next save will write. */
  status: ItemStatus;
}

const fieldTarget = z.object({
  kind: z.literal('field'),
  field: z.enum(['headline', 'kicker', 'section', 'dateline', 'subtitle']),
  index: z.number().int(),
});

const draftSchema = z.object({
  itemId: z.string(),
  baseRevision: z.number().int(),
  writtenAt: z.number(),
  status: z.enum(['detected', 'confirmed', 'corrected', 'approved']),
  content: z.object({
    section: z.string(),
    kicker: z.string(),
    headline: z.string(),
    subtitles: z.array(z.string()),
    dateline: z.string(),
    bylines: z.array(z.string()),
    caption: z.string(),
    body: z.array(
      z.object({
        type: z.enum(['paragraph', 'crosshead']),
        text: z.string(),
        sourceLines: z.array(z.number().int()),
      }),
    ),
  }),
  flags: z.array(
    z.object({
      id: z.string(),
      target: z.union([
        z.object({ kind: z.literal('body'), block: z.number().int() }),
        fieldTarget,
      ]),
      offset: z.number().int(),
      text: z.string(),
      suggestion: z.string().nullable(),
      type: z.enum([
        'duplicated-word',
        'similar-shape',
        'stray-latin',
        'dropped-reduplication',
        'punctuation-width',
        'english-lookalike',
        'hyphenation',
        'broken-paragraph',
      ]),
      message: z.string(),
      confidence: z.number(),
      severity: z.union([z.literal(1), z.literal(2)]),
      state: z.enum(['open', 'applied', 'dismissed']),
      source: z.object({ line: z.number(), column: z.number(), length: z.number() }),
    }),
  ),
});

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    // Some browsers throw on access when storage is disabled.
    return null;
  }
}

// Each body block's JSON, kept while the block object lives (unchanged blocks are shared between
// drafts), so a keystroke re-encodes one paragraph, not the article.
const blockJson = new WeakMap<object, string>();

/** The entry as JSON (parsing to what JSON.stringify would give), reusing unchanged blocks' JSON. */
export function serializeDraft(entry: DraftEntry): string {
  const { content, ...head } = entry;
  const { body, ...fields } = content;
  const blocks = body.map((block) => {
    let json = blockJson.get(block);
    if (json === undefined) {
      json = JSON.stringify(block);
      blockJson.set(block, json);
    }
    return json;
  });
  const headJson = JSON.stringify(head).slice(1, -1);
  const fieldsJson = JSON.stringify(fields).slice(1, -1);
  return `{${headJson},"content":{${fieldsJson},"body":[${blocks.join(',')}]}}`;
}

/** Writes an article's unsaved state; false when the browser refused (storage full or off). */
export function writeDraft(entry: DraftEntry): boolean {
  try {
    storage()?.setItem(KEY_PREFIX + entry.itemId, serializeDraft(entry));
    return true;
  } catch {
    return false;
  }
}

/** The unsaved state left for an article, or null (none, or unreadable). */
export function readDraft(itemId: string): DraftEntry | null {
  const raw = storage()?.getItem(KEY_PREFIX + itemId);
  if (!raw) return null;
  try {
    const parsed = draftSchema.safeParse(JSON.parse(raw));
    return parsed.success && parsed.data.itemId === itemId ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Forgets an article's unsaved state (it is stored now, or was set aside). */
export function clearDraft(itemId: string): void {
  try {
    storage()?.removeItem(KEY_PREFIX + itemId);
  } catch {
    // Nothing to do: a stale entry is recognised by its revision next time.
  }
}

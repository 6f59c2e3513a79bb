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
 *
 * An entry is a head (fields, flags, status and the list of its blocks) and one key per body block,
 * named by the block's content: a keystroke writes one paragraph and the head, not the article.
 * Blocks are written before the head that lists them and removed after the head that dropped
 * them, so a write cut short anywhere leaves the previous entry or the new one, never a mix.
 */
import { z } from 'zod';
import type {
  ArticleContent,
  ArticleFlag,
  BodyBlock,
  ItemStatus,
} from '../../../storage/records.ts';

// DO NOT CHANGE WITHOUT READING OLD ENTRIES: unsaved work may be waiting under these names.
/** Whole entries, one key each, as earlier versions wrote them (still read, and removed). */
const WHOLE_ENTRY_PREFIX = 'galley.article-draft.v1:';
/** Heads of entries: `<prefix><item id>`; their blocks are `<prefix><item id>#<block key>`. */
const HEAD_PREFIX = 'galley.article-draft.v2:';
const BLOCK_SEPARATOR = '#';

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

/** One body block as the journal stores it: its JSON and the key named by that JSON. */
interface StoredBlock {
  json: string;
  key: string;
}

// Each body block's JSON and key, kept while the block object lives (unchanged blocks are shared
// between drafts), so a keystroke encodes one paragraph, not the article.
const storedBlocks = new WeakMap<object, StoredBlock>();

/** A 53-bit hash of `text` (cyrb53), in base 36: a block's key, with its length beside it. */
function hashText(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

function storedBlock(block: BodyBlock): StoredBlock {
  let stored = storedBlocks.get(block);
  if (stored === undefined) {
    const json = JSON.stringify(block);
    stored = { json, key: `${hashText(json)}.${json.length.toString(36)}` };
    storedBlocks.set(block, stored);
  }
  return stored;
}

function headKey(itemId: string): string {
  return HEAD_PREFIX + itemId;
}

function blockKey(itemId: string, key: string): string {
  return HEAD_PREFIX + itemId + BLOCK_SEPARATOR + key;
}

/** The head of an entry as JSON: the entry without its body, and the keys of its blocks. */
function serializeHead(entry: DraftEntry, blocks: readonly string[]): string {
  const { content, ...head } = entry;
  const { body: _body, ...fields } = content;
  return JSON.stringify({ ...head, content: fields, blocks });
}

/** What this page last wrote for an item: its head, and the block keys stored with it. */
interface Written {
  head: string;
  blocks: Set<string>;
}

const writtenByItem = new Map<string, Written>();

/** Every stored key of an item's blocks (read from storage: other pages may have written some). */
function storedBlockKeys(store: Storage, itemId: string): Set<string> {
  const prefix = blockKey(itemId, '');
  const keys = new Set<string>();
  for (let index = 0; index < store.length; index++) {
    const name = store.key(index);
    if (name?.startsWith(prefix)) keys.add(name.slice(prefix.length));
  }
  return keys;
}

/** Writes an article's unsaved state; false when the browser refused (storage full or off). */
export function writeDraft(entry: DraftEntry): boolean {
  const store = storage();
  if (!store) return true;
  const { itemId } = entry;
  try {
    const last = writtenByItem.get(itemId);
    // Another page may have written or cleared this entry since: then what is stored is read again.
    const stored =
      last !== undefined && store.getItem(headKey(itemId)) === last.head
        ? last.blocks
        : storedBlockKeys(store, itemId);
    const keys: string[] = [];
    for (const block of entry.content.body) {
      const { json, key } = storedBlock(block);
      if (!stored.has(key)) {
        store.setItem(blockKey(itemId, key), json);
        stored.add(key);
      }
      keys.push(key);
    }
    const head = serializeHead(entry, keys);
    store.setItem(headKey(itemId), head);
    writtenByItem.set(itemId, { head, blocks: stored });
    // Only now can what the previous entry needed go: the new one is complete.
    store.removeItem(WHOLE_ENTRY_PREFIX + itemId);
    const kept = new Set(keys);
    for (const key of stored) {
      if (kept.has(key)) continue;
      store.removeItem(blockKey(itemId, key));
      stored.delete(key);
    }
    return true;
  } catch {
    return false;
  }
}

const headSchema = draftSchema
  .omit({ content: true })
  .extend({ content: draftSchema.shape.content.omit({ body: true }), blocks: z.array(z.string()) });

/** Reads an entry from its head and blocks; null when any part is missing or unreadable. */
function readHeadEntry(store: Storage, itemId: string): unknown {
  const raw = store.getItem(headKey(itemId));
  if (!raw) return null;
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return null;
  }
  const head = headSchema.safeParse(json);
  if (!head.success) return null;
  const { blocks, content, ...rest } = head.data;
  const body: unknown[] = [];
  for (const key of blocks) {
    const block = store.getItem(blockKey(itemId, key));
    if (block === null) return null;
    try {
      body.push(JSON.parse(block));
    } catch {
      return null;
    }
  }
  return { ...rest, content: { ...content, body } };
}

/** The unsaved state left for an article, or null (none, or unreadable). */
export function readDraft(itemId: string): DraftEntry | null {
  const store = storage();
  if (!store) return null;
  try {
    const parsed = draftSchema.safeParse(
      readHeadEntry(store, itemId) ??
        JSON.parse(store.getItem(WHOLE_ENTRY_PREFIX + itemId) ?? 'null'),
    );
    return parsed.success && parsed.data.itemId === itemId ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Forgets an article's unsaved state (it is stored now, or was set aside). */
export function clearDraft(itemId: string): void {
  const store = storage();
  if (!store) return;
  try {
    // The head goes first: without it, the blocks are never read.
    store.removeItem(headKey(itemId));
    store.removeItem(WHOLE_ENTRY_PREFIX + itemId);
    for (const key of storedBlockKeys(store, itemId)) store.removeItem(blockKey(itemId, key));
    writtenByItem.delete(itemId);
  } catch {
    // Nothing to do: a stale entry is recognised by its revision next time.
  }
}

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
 * An entry is a head (fields, flags, status and the list of its blocks' slots) and one key, a
 * slot, per body block: a keystroke rewrites the slot of the paragraph it changed, not the
 * article. Other changes write new slots before the head that lists them, and remove old ones
 * after the head that dropped them, so a write cut short anywhere leaves the previous entry or the
 * new one, never a mix.
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
/** Heads of entries: `<prefix><item id>`; their blocks are `<prefix><item id>#<slot>`. */
const HEAD_PREFIX = 'galley.article-draft.v2:';
const BLOCK_SEPARATOR = '#';

/** An unsaved state of one article. */
export interface DraftEntry {
  /** The item it belongs to. */
  itemId: string;
  /** The stored revision the edits were made on. */
  baseRevision: number;
  /**
   * When the entry's head was last written (ms since epoch): a keystroke that rewrites only its
   * paragraph leaves it as it was.
   */
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

function headKey(itemId: string): string {
  return HEAD_PREFIX + itemId;
}

function blockKey(itemId: string, slot: string): string {
  return HEAD_PREFIX + itemId + BLOCK_SEPARATOR + slot;
}

// Slot names are new for every block this page stores: a page's own prefix and a counter.
const pagePrefix = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
let slotCount = 0;

// The slot each block object is stored in, while the object lives (unchanged blocks are shared
// between drafts): a block is encoded and written once, when it first appears.
const slotOfBlock = new WeakMap<object, string>();

/**
 * The entry without its body as JSON: what, besides the blocks, must be as stored for a keystroke
 * to be written as its paragraph alone. (`writtenAt` is left out: it says when the head was
 * written.)
 */
function serializeHeadFields(entry: DraftEntry): string {
  const { content, writtenAt: _writtenAt, ...rest } = entry;
  const { body: _body, ...fields } = content;
  return JSON.stringify({ ...rest, content: fields });
}

/** What this page last wrote for an item. */
interface Written {
  /** The head as stored. */
  head: string;
  /** Its fields (see {@link serializeHeadFields}). */
  fields: string;
  /** The body's blocks and the slot each one is stored in, in order. */
  blocks: BodyBlock[];
  slots: string[];
}

const writtenByItem = new Map<string, Written>();

/** Every stored slot of an item's blocks (read from storage: other pages may have written some). */
function storedSlots(store: Storage, itemId: string): string[] {
  const prefix = blockKey(itemId, '');
  const slots: string[] = [];
  for (let index = 0; index < store.length; index++) {
    const name = store.key(index);
    if (name?.startsWith(prefix)) slots.push(name.slice(prefix.length));
  }
  return slots;
}

/** The one index at which `blocks` holds another object than `before`, or -1 (none, or several). */
function onlyChangedBlock(before: readonly BodyBlock[], blocks: readonly BodyBlock[]): number {
  if (before.length !== blocks.length) return -1;
  let changed = -1;
  for (let index = 0; index < blocks.length; index++) {
    if (blocks[index] === before[index]) continue;
    if (changed >= 0) return -1;
    changed = index;
  }
  return changed;
}

/**
 * Writes an article's unsaved state; false when the browser refused (storage full or off).
 *
 * A keystroke changes one paragraph and nothing else: its slot is overwritten, one write, and the
 * entry goes from the old state to the new at once. Any other change writes the new blocks into
 * new slots, then the head that lists them, then removes the slots the head no longer lists.
 */
export function writeDraft(entry: DraftEntry): boolean {
  const store = storage();
  if (!store) return true;
  const { itemId } = entry;
  const body = entry.content.body;
  try {
    let last = writtenByItem.get(itemId);
    // Another page may have written or cleared this entry since: then all of it is written again.
    if (last !== undefined && store.getItem(headKey(itemId)) !== last.head) {
      writtenByItem.delete(itemId);
      last = undefined;
    }
    const fields = serializeHeadFields(entry);
    if (last !== undefined && fields === last.fields) {
      const index = onlyChangedBlock(last.blocks, body);
      const block = body[index];
      const replaced = last.blocks[index];
      const slot = last.slots[index];
      if (block !== undefined && replaced !== undefined && slot !== undefined) {
        store.setItem(blockKey(itemId, slot), JSON.stringify(block));
        slotOfBlock.delete(replaced);
        slotOfBlock.set(block, slot);
        last.blocks[index] = block;
        return true;
      }
      if (
        body.length === last.blocks.length &&
        body.every((item, at) => item === last.blocks[at])
      ) {
        return true;
      }
    }

    const previous = new Set(last?.slots ?? storedSlots(store, itemId));
    const slots = body.map((block) => {
      const known = slotOfBlock.get(block);
      if (known !== undefined && previous.has(known)) return known;
      slotCount += 1;
      const slot = `${pagePrefix}.${slotCount.toString(36)}`;
      store.setItem(blockKey(itemId, slot), JSON.stringify(block));
      slotOfBlock.set(block, slot);
      return slot;
    });
    const head = `{"writtenAt":${JSON.stringify(entry.writtenAt)},"blocks":${JSON.stringify(slots)},${fields.slice(1)}`;
    store.setItem(headKey(itemId), head);
    writtenByItem.set(itemId, { head, fields, blocks: [...body], slots });
    // Only now can what the previous entry needed go: the new one is complete.
    store.removeItem(WHOLE_ENTRY_PREFIX + itemId);
    const kept = new Set(slots);
    for (const slot of previous) {
      if (!kept.has(slot)) store.removeItem(blockKey(itemId, slot));
    }
    return true;
  } catch {
    // Slots written before the refusal are listed by no head: the next write reads what is stored.
    writtenByItem.delete(itemId);
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
    for (const slot of storedSlots(store, itemId)) store.removeItem(blockKey(itemId, slot));
    writtenByItem.delete(itemId);
  } catch {
    // Nothing to do: a stale entry is recognised by its revision next time.
  }
}

import { Node, Point, Text } from 'slate';
import type { DecoratedRange, Editor, NodeEntry, Range } from 'slate';
import { nearestIndexOf } from '../../../core/article/to-article-content.ts';

/** Where a body flag's text starts: a block index and an offset in that block's text. */
export interface BlockOffset {
  /** Top-level block index. */
  block: number;
  /** UTF-16 offset in the block's text. */
  offset: number;
}

/** What decorations need to know of a flag. */
export interface DecoratedFlag {
  /** The flag's id. */
  id: string;
  /** The flagged text. */
  text: string;
  /** 2 in headlines and column heads. */
  severity: 1 | 2;
}

interface AnchorState {
  /** Flag id → the point where its text started when last seen; follows every operation. */
  points: Map<string, Point>;
  /** Bumped whenever an anchor moves, so lookups can be cached. */
  version: number;
  byBlock: { version: number; map: Map<number, string[]> } | null;
}

const STATES = new WeakMap<Editor, AnchorState>();
const NO_RANGES: DecoratedRange[] = [];

function stateOf(editor: Editor): AnchorState {
  let state = STATES.get(editor);
  if (!state) {
    state = { points: new Map(), version: 0, byBlock: null };
    STATES.set(editor, state);
  }
  return state;
}

/**
 * Keeps each body flag's anchor in step with the document: every operation (typing, splitting,
 * merging, undo) moves the anchors as Slate moves points. An anchor whose block is removed is
 * dropped: its flag's text is gone.
 */
export function withFlagAnchors<T extends Editor>(editor: T): T {
  const { apply } = editor;
  editor.apply = (op) => {
    const state = stateOf(editor);
    if (op.type !== 'set_selection' && state.points.size > 0) {
      for (const [id, point] of state.points) {
        const moved = Point.transform(point, op);
        if (!moved) state.points.delete(id);
        else if (moved !== point) state.points.set(id, moved);
      }
      state.version += 1;
    }
    apply(op);
  };
  return editor;
}

/** Replaces the editor's flag anchors (on load, or when a whole new document is set). */
export function setFlagAnchors(editor: Editor, anchors: Iterable<[string, BlockOffset]>): void {
  const state = stateOf(editor);
  state.points.clear();
  for (const [id, { block, offset }] of anchors) {
    state.points.set(id, { path: [block, 0], offset });
  }
  state.version += 1;
}

/** Puts one flag's anchor at a block offset (after its text was replaced there). */
export function moveFlagAnchor(editor: Editor, id: string, { block, offset }: BlockOffset): void {
  const state = stateOf(editor);
  state.points.set(id, { path: [block, 0], offset });
  state.version += 1;
}

/** The block and block-text offset of a flag's anchor, or null when its block is gone. */
export function getFlagAnchor(editor: Editor, id: string): BlockOffset | null {
  const point = stateOf(editor).points.get(id);
  if (!point) return null;
  const [block, leaf = 0] = point.path;
  if (block === undefined || !Node.has(editor, [block])) return null;
  let offset = point.offset;
  // Before normalisation merges them, a block may briefly hold several text leaves.
  for (let index = 0; index < leaf; index += 1) {
    const sibling = Node.has(editor, [block, index]) ? Node.get(editor, [block, index]) : null;
    if (sibling && Text.isText(sibling)) offset += sibling.text.length;
  }
  return { block, offset };
}

/** How far the flagged text may sit from its anchor and still count as the same text. */
function tolerance(text: string): number {
  return Math.max(8, text.length * 2);
}

/**
 * Where a flag's text is now: its text searched near its anchor in its block's current text.
 * Null when the text has been edited away (the flag then disappears).
 */
export function locateFlag(
  editor: Editor,
  flag: Pick<DecoratedFlag, 'id' | 'text'>,
): (BlockOffset & { length: number }) | null {
  const anchor = getFlagAnchor(editor, flag.id);
  if (!anchor) return null;
  const text = Node.string(Node.get(editor, [anchor.block]));
  const found = nearestIndexOf(text, flag.text, anchor.offset);
  if (found < 0 || Math.abs(found - anchor.offset) > tolerance(flag.text)) return null;
  return { block: anchor.block, offset: found, length: flag.text.length };
}

/** A Slate range over `length` characters from `offset` of a block's text. */
export function blockRange(editor: Editor, block: number, offset: number, length: number): Range {
  const point = (target: number): Point => {
    let rest = target;
    let last: Point = { path: [block, 0], offset: 0 };
    for (const [text, path] of Node.texts(Node.get(editor, [block]))) {
      last = { path: [block, ...path], offset: text.text.length };
      if (rest <= text.text.length) return { path: [block, ...path], offset: rest };
      rest -= text.text.length;
    }
    return last;
  };
  return { anchor: point(offset), focus: point(offset + length) };
}

function flagIdsByBlock(editor: Editor): Map<number, string[]> {
  const state = stateOf(editor);
  if (state.byBlock?.version === state.version) return state.byBlock.map;
  const map = new Map<number, string[]>();
  for (const [id, point] of state.points) {
    const block = point.path[0];
    if (block === undefined) continue;
    const ids = map.get(block);
    if (ids) ids.push(id);
    else map.set(block, [id]);
  }
  state.byBlock = { version: state.version, map };
  return map;
}

/**
 * A `decorate` for the body that marks each open flag's current text. It is called for every node
 * on every render, so blocks without flags cost one map lookup.
 */
export function createFlagDecorate(
  editor: Editor,
  flags: readonly DecoratedFlag[],
): (entry: NodeEntry) => DecoratedRange[] {
  const byId = new Map(flags.map((flag) => [flag.id, flag]));
  return ([, path]) => {
    if (path.length !== 1 || byId.size === 0) return NO_RANGES;
    const ids = flagIdsByBlock(editor).get(path[0] ?? -1);
    if (!ids) return NO_RANGES;
    const ranges: DecoratedRange[] = [];
    for (const id of ids) {
      const flag = byId.get(id);
      if (!flag) continue;
      const found = locateFlag(editor, flag);
      if (!found) continue;
      ranges.push({
        ...blockRange(editor, found.block, found.offset, found.length),
        flagId: flag.id,
        flagSeverity: flag.severity,
      });
    }
    return ranges;
  };
}

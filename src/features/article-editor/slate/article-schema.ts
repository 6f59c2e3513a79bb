import { Editor, Element, Node, Path, Range, Text, Transforms } from 'slate';
import type { BaseEditor, BaseRange, Descendant, NodeEntry } from 'slate';
import { HistoryEditor } from 'slate-history';
import type { ReactEditor } from 'slate-react';
import type { BodyBlock } from '../../../storage/records.ts';

/** The two kinds of block an article body is made of. */
export type BlockType = 'paragraph' | 'crosshead';

/** A run of body text. Decoration keys only ever appear on rendered leaves, never in the document. */
export interface ArticleText {
  /** The text. */
  text: string;
  /** Decoration: the OCR flag this run of text belongs to. */
  flagId?: string;
  /** Decoration: 2 for flags in headlines and column heads. */
  flagSeverity?: 1 | 2;
}

/** A paragraph or crosshead of the body: one run of plain text. */
export interface ArticleElement {
  /** Paragraph or in-article subhead. */
  type: BlockType;
  /** The 1-based source lines the block came from (empty for a block a person added). */
  sourceLines: number[];
  /** Text leaves only. */
  children: ArticleText[];
}

/** A decoration range marking an OCR flag. */
export interface FlagRangeProps {
  /** The flag's id. */
  flagId?: string;
  /** Its severity. */
  flagSeverity?: 1 | 2;
}

/** The editor type of the article body. */
export type ArticleEditor = BaseEditor & ReactEditor & HistoryEditor;

declare module 'slate' {
  interface CustomTypes {
    Editor: ArticleEditor;
    Element: ArticleElement;
    Text: ArticleText;
    Range: BaseRange & FlagRangeProps;
  }
}

const BLOCK_TYPES: ReadonlySet<string> = new Set<BlockType>(['paragraph', 'crosshead']);
const ELEMENT_KEYS: ReadonlySet<string> = new Set(['type', 'sourceLines', 'children']);
/** Control characters a body never holds; a line break is handled apart (it splits the block). */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0009\u000B-\u001F\u007F]/;
const LINE_BREAK = /\r\n|[\r\n\u2028\u2029]/;

/** A new, empty paragraph (a block a person added). */
export function createParagraph(text = '', sourceLines: number[] = []): ArticleElement {
  return { type: 'paragraph', sourceLines, children: [{ text }] };
}

/** The Slate document for stored body blocks; never empty. */
export function toBodyValue(body: readonly BodyBlock[]): ArticleElement[] {
  const value = body.map((block): ArticleElement => ({
    type: block.type,
    sourceLines: [...block.sourceLines],
    children: [{ text: block.text }],
  }));
  return value.length > 0 ? value : [createParagraph()];
}

// Slate replaces a node whenever it changes, so an unchanged node's block is reused as it is:
// the journal, written on every keystroke, then only rebuilds the block being typed in.
const blockOfNode = new WeakMap<Descendant, BodyBlock | null>();

function toBodyBlock(child: Descendant): BodyBlock | null {
  let block = blockOfNode.get(child);
  if (block === undefined) {
    const text = Node.string(child);
    block =
      Element.isElement(child) && text.trim().length > 0
        ? { type: child.type, text, sourceLines: [...child.sourceLines] }
        : null;
    blockOfNode.set(child, block);
  }
  return block;
}

/**
 * The body blocks to store for a Slate document: empty blocks are left out. `blockIndex` maps each
 * document block index to its index among the stored blocks (or -1 when it was left out). Blocks
 * are shared between calls while their node is unchanged: treat them as read-only.
 */
export function toBodyBlocks(children: readonly Descendant[]): {
  blocks: BodyBlock[];
  blockIndex: number[];
} {
  const blocks: BodyBlock[] = [];
  const blockIndex: number[] = [];
  for (const child of children) {
    const block = toBodyBlock(child);
    if (!block) {
      blockIndex.push(-1);
      continue;
    }
    blockIndex.push(blocks.length);
    blocks.push(block);
  }
  return { blocks, blockIndex };
}

function isSourceLines(value: unknown): value is number[] {
  return (
    Array.isArray(value) &&
    value.every((line) => typeof line === 'number' && Number.isInteger(line) && line > 0)
  );
}

/** Sorted union of two blocks' source lines. */
function mergeSourceLines(a: readonly number[], b: readonly number[]): number[] {
  return [...new Set([...a, ...b])].sort((x, y) => x - y);
}

/**
 * Fixes the first schema violation of a top-level block, if any; returns true when it changed
 * something (normalisation then runs again on the block).
 */
function normalizeBlock(editor: Editor, node: Node, path: Path): boolean {
  // Properties are read loosely here: a crafted or stale node may carry anything.
  const loose = node as unknown as Record<string, unknown>;
  if (!Element.isElement(node)) {
    Transforms.wrapNodes(editor, createParagraph(), { at: path });
    return true;
  }
  if (typeof loose.type !== 'string' || !BLOCK_TYPES.has(loose.type)) {
    Transforms.setNodes(editor, { type: 'paragraph' }, { at: path });
    return true;
  }
  const extraKeys = Object.keys(loose).filter((key) => !ELEMENT_KEYS.has(key));
  if (extraKeys.length > 0) {
    Transforms.unsetNodes(editor, extraKeys, { at: path });
    return true;
  }
  if (!isSourceLines(loose.sourceLines)) {
    Transforms.setNodes(editor, { sourceLines: [] }, { at: path });
    return true;
  }
  for (const [child, childPath] of Node.children(editor, path)) {
    if (Element.isElement(child)) {
      // Nested blocks, links or anything else: keep the text, drop the wrapper.
      Transforms.unwrapNodes(editor, { at: childPath });
      return true;
    }
    if (!Text.isText(child)) {
      Transforms.removeNodes(editor, { at: childPath });
      return true;
    }
    const marks = Object.keys(child).filter((key) => key !== 'text');
    if (marks.length > 0) {
      Transforms.unsetNodes(editor, marks, { at: childPath });
      return true;
    }
    const lineBreak = LINE_BREAK.exec(child.text);
    if (lineBreak) {
      // A line break inside a block becomes a block boundary.
      const at = { path: childPath, offset: lineBreak.index };
      Editor.withoutNormalizing(editor, () => {
        Transforms.delete(editor, {
          at: { anchor: at, focus: { path: childPath, offset: at.offset + lineBreak[0].length } },
        });
        Transforms.splitNodes(editor, { at, always: true });
      });
      return true;
    }
    const control = CONTROL.exec(child.text);
    if (control) {
      const at = { path: childPath, offset: control.index };
      const replacement = control[0] === '\t' ? ' ' : '';
      Transforms.insertText(editor, replacement, {
        at: { anchor: at, focus: { path: childPath, offset: at.offset + 1 } },
      });
      return true;
    }
  }
  return false;
}

/**
 * Enforces the body schema: only paragraphs and crossheads at the top level, plain text leaves
 * only (no marks, links, nested blocks, line breaks or control characters), never an empty
 * document. Enter in a crosshead continues with a paragraph; Backspace at the start of a crosshead
 * turns it into a paragraph instead of merging it; merged blocks keep both blocks' source lines.
 */
export function withArticleSchema<T extends Editor>(editor: T): T {
  const { normalizeNode, insertBreak, deleteBackward, apply } = editor;

  editor.normalizeNode = (entry: NodeEntry, options) => {
    const [node, path] = entry;
    if (path.length === 0) {
      // Typing changes text inside one block: the top level, whose scan is as long as the
      // article, cannot have changed.
      const operation = options?.operation;
      if (operation?.type === 'insert_text' || operation?.type === 'remove_text') return;
      if (editor.children.length === 0) {
        Transforms.insertNodes(editor, createParagraph(), { at: [0] });
        return;
      }
      // Text at the top level would be dropped by Slate's default rule: wrap it instead.
      for (const [child, childPath] of Node.children(editor, path)) {
        if (!Element.isElement(child)) {
          Transforms.wrapNodes(editor, createParagraph(), { at: childPath });
          return;
        }
      }
    } else if (path.length === 1 && normalizeBlock(editor, node, path)) {
      return;
    }
    normalizeNode(entry, options);
  };

  editor.insertBreak = () => {
    const { selection } = editor;
    const entry = Editor.above(editor, { match: (n) => Element.isElement(n) });
    if (
      selection &&
      entry &&
      Range.isCollapsed(selection) &&
      !Editor.isEmpty(editor, entry[0]) &&
      Editor.isStart(editor, selection.anchor, entry[1])
    ) {
      // Enter at the start of a block opens an empty paragraph above it; the block stays as it was.
      Transforms.insertNodes(editor, createParagraph(), { at: entry[1] });
      return;
    }
    insertBreak();
    if (!selection || !entry || !editor.selection) return;
    // The block the caret moved into is new: a person's block, and after a crosshead, body text.
    const [, newPath] = Editor.node(editor, editor.selection, { depth: 1 });
    if (Path.equals(newPath, entry[1])) return;
    const isEmpty = Editor.isEmpty(editor, Node.get(editor, newPath) as ArticleElement);
    const props: Partial<ArticleElement> = {};
    if (entry[0].type === 'crosshead') props.type = 'paragraph';
    if (isEmpty) props.sourceLines = [];
    if (Object.keys(props).length > 0) Transforms.setNodes(editor, props, { at: newPath });
  };

  editor.insertSoftBreak = () => {
    editor.insertBreak();
  };

  editor.deleteBackward = (unit) => {
    const { selection } = editor;
    if (selection && Range.isCollapsed(selection)) {
      const entry = Editor.above(editor, { match: (n) => Element.isElement(n) });
      if (
        entry &&
        entry[0].type === 'crosshead' &&
        Editor.isStart(editor, selection.anchor, entry[1])
      ) {
        Transforms.setNodes(editor, { type: 'paragraph' }, { at: entry[1] });
        return;
      }
    }
    deleteBackward(unit);
  };

  editor.apply = (op) => {
    // Undo and redo replay recorded operations (the union included); only fresh merges add it.
    if (
      op.type === 'merge_node' &&
      op.path.length === 1 &&
      op.path[0] !== 0 &&
      HistoryEditor.isSaving(editor) !== false
    ) {
      const previousPath = Path.previous(op.path);
      const previous = Node.get(editor, previousPath);
      const merged = (op.properties as Partial<ArticleElement>).sourceLines;
      apply(op);
      if (Element.isElement(previous) && isSourceLines(merged) && merged.length > 0) {
        const union = mergeSourceLines(previous.sourceLines, merged);
        if (union.length !== previous.sourceLines.length) {
          editor.apply({
            type: 'set_node',
            path: previousPath,
            properties: { sourceLines: previous.sourceLines },
            newProperties: { sourceLines: union },
          });
        }
      }
      return;
    }
    apply(op);
  };

  return editor;
}

/** The type of the block the selection starts in, or null without a selection. */
export function currentBlockType(editor: Editor): BlockType | null {
  if (!editor.selection) return null;
  const entry = Editor.above(editor, {
    at: Range.start(editor.selection),
    match: (n) => Element.isElement(n),
  });
  return entry ? entry[0].type : null;
}

/** Turns every block the selection touches into a paragraph or a crosshead. */
export function setBlockType(editor: Editor, type: BlockType): void {
  if (!editor.selection) return;
  Transforms.setNodes(
    editor,
    { type },
    { match: (n) => Element.isElement(n), mode: 'highest', at: editor.selection },
  );
}

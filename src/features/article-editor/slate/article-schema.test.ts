import { Editor, Node, Transforms } from 'slate';
import type { Descendant } from 'slate';
import { describe, expect, it } from 'vitest';
import { createParagraph, setBlockType, toBodyBlocks, toBodyValue } from './article-schema.ts';
import { createArticleEditor } from './create-article-editor.ts';

/** An editor holding `value`, fully normalised, with the caret at `at` when given. */
function editorWith(value: unknown[], at?: { path: number[]; offset: number }) {
  const editor = createArticleEditor();
  editor.children = value as Descendant[];
  Editor.normalize(editor, { force: true });
  if (at) Transforms.select(editor, at);
  return editor;
}

const blocks = (editor: Editor) =>
  editor.children.map((node) => ({
    type: (node as { type?: unknown }).type,
    text: Node.string(node),
  }));

describe('withArticleSchema', () => {
  it('never leaves the document empty', () => {
    const editor = editorWith([]);
    expect(editor.children).toEqual([createParagraph()]);
  });

  it('wraps text that sits at the top level in a paragraph', () => {
    const editor = editorWith([{ text: 'loose' }]);
    expect(editor.children).toEqual([createParagraph('loose')]);
  });

  it('turns an unknown block into a paragraph and strips foreign properties', () => {
    const editor = editorWith([
      { type: 'link', url: 'javascript:alert(1)', children: [{ text: 'click' }] },
      { type: 'crosshead', sourceLines: [4], onclick: 'x', children: [{ text: 'Head' }] },
    ]);
    expect(editor.children).toEqual([
      { type: 'paragraph', sourceLines: [], children: [{ text: 'click' }] },
      { type: 'crosshead', sourceLines: [4], children: [{ text: 'Head' }] },
    ]);
  });

  it('keeps only plain text leaves: marks dropped, nested elements unwrapped', () => {
    const editor = editorWith([
      {
        type: 'paragraph',
        sourceLines: [1],
        children: [
          { text: 'a', bold: true },
          { type: 'link', url: 'https://x', children: [{ text: 'b' }] },
          { text: 'c' },
        ],
      },
    ]);
    expect(editor.children).toEqual([createParagraph('abc', [1])]);
  });

  it('replaces invalid source lines with none', () => {
    const editor = editorWith([
      { type: 'paragraph', sourceLines: ['1', -2], children: [{ text: 'x' }] },
    ]);
    expect(editor.children).toEqual([createParagraph('x')]);
  });

  it('splits a block at a line break and removes control characters', () => {
    const editor = editorWith([
      { type: 'paragraph', sourceLines: [3], children: [{ text: 'one\r\ntwo\u0007\tend' }] },
    ]);
    expect(blocks(editor)).toEqual([
      { type: 'paragraph', text: 'one' },
      { type: 'paragraph', text: 'two end' },
    ]);
  });

  it('continues a crosshead with a paragraph on Enter at its end', () => {
    const editor = editorWith(
      [{ type: 'crosshead', sourceLines: [2], children: [{ text: 'Head' }] }],
      { path: [0, 0], offset: 4 },
    );
    editor.insertBreak();
    expect(editor.children).toEqual([
      { type: 'crosshead', sourceLines: [2], children: [{ text: 'Head' }] },
      createParagraph(),
    ]);
    expect(editor.selection?.anchor.path).toEqual([1, 0]);
  });

  it('opens an empty paragraph above on Enter at the start of a block', () => {
    const editor = editorWith(
      [{ type: 'crosshead', sourceLines: [2], children: [{ text: 'Head' }] }],
      { path: [0, 0], offset: 0 },
    );
    editor.insertBreak();
    expect(editor.children).toEqual([
      createParagraph(),
      { type: 'crosshead', sourceLines: [2], children: [{ text: 'Head' }] },
    ]);
  });

  it('gives a block split off the middle of a paragraph the same source lines', () => {
    const editor = editorWith([createParagraph('abcd', [5, 6])], { path: [0, 0], offset: 2 });
    editor.insertSoftBreak();
    expect(editor.children).toEqual([createParagraph('ab', [5, 6]), createParagraph('cd', [5, 6])]);
  });

  it('turns a crosshead into a paragraph on Backspace at its start instead of merging', async () => {
    const editor = editorWith(
      [
        createParagraph('before', [1]),
        { type: 'crosshead', sourceLines: [2], children: [{ text: 'Head' }] },
      ],
      { path: [1, 0], offset: 0 },
    );
    editor.deleteBackward('character');
    expect(blocks(editor)).toEqual([
      { type: 'paragraph', text: 'before' },
      { type: 'paragraph', text: 'Head' },
    ]);
    // Each keystroke is its own undo step once the editor has flushed its changes.
    await Promise.resolve();
    editor.deleteBackward('character');
    expect(editor.children).toEqual([createParagraph('beforeHead', [1, 2])]);
    editor.undo();
    expect(blocks(editor)).toEqual([
      { type: 'paragraph', text: 'before' },
      { type: 'paragraph', text: 'Head' },
    ]);
    expect((editor.children[0] as { sourceLines: number[] }).sourceLines).toEqual([1]);
    editor.redo();
    expect(editor.children).toEqual([createParagraph('beforeHead', [1, 2])]);
  });

  it('sets the type of every selected block', () => {
    const editor = editorWith([createParagraph('a'), createParagraph('b'), createParagraph('c')]);
    Transforms.select(editor, {
      anchor: { path: [0, 0], offset: 0 },
      focus: { path: [1, 0], offset: 1 },
    });
    setBlockType(editor, 'crosshead');
    expect(blocks(editor).map((block) => block.type)).toEqual([
      'crosshead',
      'crosshead',
      'paragraph',
    ]);
  });
});

describe('body value conversion', () => {
  it('round-trips stored blocks and leaves empty blocks out when storing', () => {
    const body = [
      { type: 'paragraph' as const, text: '第一段', sourceLines: [3] },
      { type: 'crosshead' as const, text: '小标题', sourceLines: [5] },
    ];
    const value = toBodyValue(body);
    expect(toBodyBlocks(value).blocks).toEqual(body);
    const withEmpty = [value[0]!, createParagraph('  '), value[1]!];
    expect(toBodyBlocks(withEmpty)).toEqual({ blocks: body, blockIndex: [0, -1, 1] });
  });

  it('rebuilds only the blocks whose nodes changed', () => {
    const editor = editorWith(
      toBodyValue([
        { type: 'paragraph', text: '第一段。', sourceLines: [40] },
        { type: 'paragraph', text: '第二段。', sourceLines: [41] },
      ]),
    );
    const before = toBodyBlocks(editor.children).blocks;
    Transforms.insertText(editor, '加', { at: { path: [1, 0], offset: 4 } });
    const after = toBodyBlocks(editor.children).blocks;
    expect(after[0]).toBe(before[0]);
    expect(after[1]).not.toBe(before[1]);
    expect(after[1]).toEqual({ type: 'paragraph', text: '第二段。加', sourceLines: [41] });
  });

  it('gives an empty body one empty paragraph to type in', () => {
    expect(toBodyValue([])).toEqual([createParagraph()]);
  });
});

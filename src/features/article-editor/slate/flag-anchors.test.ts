import { Editor, Transforms } from 'slate';
import type { DecoratedRange, Descendant } from 'slate';
import { describe, expect, it } from 'vitest';
import { createParagraph } from './article-schema.ts';
import { createArticleEditor } from './create-article-editor.ts';
import { createFlagDecorate, locateFlag, setFlagAnchors } from './flag-anchors.ts';

const FLAG = { id: '44:80:duplicated-word', text: '阴性阴性', severity: 1 as const };

function setup() {
  const editor = createArticleEditor();
  editor.children = [
    createParagraph('第一段。', [40]),
    createParagraph('核酸检测阴性阴性证明。', [44]),
  ] satisfies Descendant[];
  Editor.normalize(editor, { force: true });
  setFlagAnchors(editor, [[FLAG.id, { block: 1, offset: 4 }]]);
  return editor;
}

/** The decorated text of each block, as [block, text] pairs. */
function decorated(editor: Editor, flags = [FLAG]): [number, string, string | undefined][] {
  const decorate = createFlagDecorate(editor, flags);
  return editor.children.flatMap((node, block) =>
    decorate([node, [block]]).map((range: DecoratedRange): [number, string, string | undefined] => [
      block,
      Editor.string(editor, range),
      range.flagId,
    ]),
  );
}

describe('flag decorations', () => {
  it('marks the flagged text in its block and nothing elsewhere', () => {
    const editor = setup();
    expect(decorated(editor)).toEqual([[1, '阴性阴性', FLAG.id]]);
    expect(createFlagDecorate(editor, [FLAG])([editor.children[0]!, [0]])).toHaveLength(0);
    expect(createFlagDecorate(editor, [FLAG])([editor, []])).toHaveLength(0);
  });

  it('follows typing before the flag', () => {
    const editor = setup();
    Transforms.insertText(editor, '今天', { at: { path: [1, 0], offset: 0 } });
    expect(locateFlag(editor, FLAG)).toEqual({ block: 1, offset: 6, length: 4 });
    expect(decorated(editor)).toEqual([[1, '阴性阴性', FLAG.id]]);
  });

  it('follows a block split before it and a merge back, and undo', () => {
    const editor = setup();
    Transforms.splitNodes(editor, { at: { path: [1, 0], offset: 2 } });
    expect(decorated(editor)).toEqual([[2, '阴性阴性', FLAG.id]]);
    Transforms.mergeNodes(editor, { at: [2] });
    expect(decorated(editor)).toEqual([[1, '阴性阴性', FLAG.id]]);
    Transforms.mergeNodes(editor, { at: [1] });
    expect(locateFlag(editor, FLAG)).toEqual({ block: 0, offset: 8, length: 4 });
    editor.undo();
    expect(decorated(editor)).toEqual([[1, '阴性阴性', FLAG.id]]);
  });

  it('follows a block inserted above it', () => {
    const editor = setup();
    Transforms.insertNodes(editor, createParagraph('新段'), { at: [0] });
    expect(decorated(editor)).toEqual([[2, '阴性阴性', FLAG.id]]);
  });

  it('disappears when its text is edited away, and comes back on undo', () => {
    const editor = setup();
    Transforms.delete(editor, { at: { path: [1, 0], offset: 6 }, distance: 2 });
    expect(decorated(editor)).toEqual([]);
    expect(locateFlag(editor, FLAG)).toBeNull();
    editor.undo();
    expect(decorated(editor)).toEqual([[1, '阴性阴性', FLAG.id]]);
  });

  it('does not jump to the same text far away', () => {
    const editor = setup();
    Transforms.delete(editor, { at: { path: [1, 0], offset: 4 }, distance: 4 });
    Transforms.insertText(editor, '。后面还有一段很长的文字，然后又是阴性阴性', {
      at: { path: [1, 0], offset: 8 },
    });
    expect(decorated(editor)).toEqual([]);
  });

  it('is gone with its block', () => {
    const editor = setup();
    Transforms.removeNodes(editor, { at: [1] });
    expect(locateFlag(editor, FLAG)).toBeNull();
  });

  it('shows only the flags it is given (open ones)', () => {
    const editor = setup();
    expect(decorated(editor, [])).toEqual([]);
  });
});

import { Editor, Node, Transforms } from 'slate';
import type { Descendant } from 'slate';
import { describe, expect, it } from 'vitest';
import { createParagraph } from './article-schema.ts';
import { createArticleEditor } from './create-article-editor.ts';

/** A clipboard holding the given types. */
function clipboard(data: Record<string, string>): DataTransfer {
  return {
    types: Object.keys(data),
    getData: (type: string) => data[type] ?? '',
  } as unknown as DataTransfer;
}

function editorWith(value: Descendant[], at: { path: number[]; offset: number }) {
  const editor = createArticleEditor();
  editor.children = value;
  Editor.normalize(editor, { force: true });
  Transforms.select(editor, at);
  return editor;
}

/** A Slate fragment as slate-react puts it on the clipboard (base64 of URI-encoded JSON). */
function encodeFragment(fragment: unknown): string {
  return btoa(encodeURIComponent(JSON.stringify(fragment)));
}

const payload = [
  { type: 'link', url: 'javascript:alert(document.cookie)', children: [{ text: 'evil' }] },
  { type: 'script', children: [{ text: 'alert(1)' }] },
];

describe('withPlainTextPaste', () => {
  it('pastes one line into the current block', () => {
    const editor = editorWith([createParagraph('ab', [1])], { path: [0, 0], offset: 1 });
    editor.insertData(clipboard({ 'text/plain': 'XY' }));
    expect(editor.children).toEqual([createParagraph('aXYb', [1])]);
  });

  it('splits pasted lines into paragraphs, dropping blank lines and outer spaces', () => {
    const editor = editorWith([createParagraph('ab', [1])], { path: [0, 0], offset: 1 });
    editor.insertData(clipboard({ 'text/plain': 'one\r\n\r\n  two  \nthree' }));
    expect(editor.children.map((node) => Node.string(node))).toEqual(['aone', 'two', 'threeb']);
    expect(editor.children.every((node) => (node as { type: string }).type === 'paragraph')).toBe(
      true,
    );
  });

  it('ignores HTML and Slate fragments: only the plain text gets in', () => {
    const editor = editorWith([createParagraph('', [])], { path: [0, 0], offset: 0 });
    editor.insertData(
      clipboard({
        'application/x-slate-fragment': encodeFragment(payload),
        'text/html': `<a href="javascript:alert(1)" data-slate-fragment="${encodeFragment(payload)}">evil</a><script>alert(1)</script>`,
        'text/plain': 'evil',
      }),
    );
    expect(editor.children).toEqual([createParagraph('evil')]);
  });

  it('inserts nothing when the clipboard has no plain text', () => {
    const editor = editorWith([createParagraph('a')], { path: [0, 0], offset: 1 });
    editor.insertData(
      clipboard({
        'application/x-slate-fragment': encodeFragment(payload),
        'text/html': '<b>x</b>',
      }),
    );
    expect(editor.children).toEqual([createParagraph('a')]);
  });

  it('reduces a fragment inserted by other code to its text', () => {
    const editor = editorWith([createParagraph('[]')], { path: [0, 0], offset: 1 });
    editor.insertFragment(payload as unknown as Descendant[]);
    expect(editor.children.map((node) => Node.string(node))).toEqual(['[evil', 'alert(1)]']);
    expect(JSON.stringify(editor.children)).not.toContain('javascript');
  });

  it('drops control and invisible characters and replaces a selection', () => {
    const editor = editorWith([createParagraph('abc')], { path: [0, 0], offset: 0 });
    Transforms.select(editor, {
      anchor: { path: [0, 0], offset: 0 },
      focus: { path: [0, 0], offset: 2 },
    });
    editor.insertData(clipboard({ 'text/plain': 'x\u0000\u200By\tz' }));
    expect(editor.children).toEqual([createParagraph('xy zc')]);
  });
});

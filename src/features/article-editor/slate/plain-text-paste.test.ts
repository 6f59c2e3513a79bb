import { Editor, Node, Transforms } from 'slate';
import type { Descendant } from 'slate';
import { describe, expect, it } from 'vitest';
import { createParagraph } from './article-schema.ts';
import { createArticleEditor } from './create-article-editor.ts';
import { readFragment, setPasteRefusalHandler } from './plain-text-paste.ts';

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

  it('ignores HTML and crafted Slate fragments: only the plain text gets in', () => {
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

describe('Slate fragments on paste', () => {
  /** What the handler saw, and the editor after pasting `data` into an empty paragraph. */
  function paste(data: Record<string, string>) {
    const editor = editorWith([createParagraph('', [])], { path: [0, 0], offset: 0 });
    let refusals = 0;
    const outcomes: boolean[] = [];
    setPasteRefusalHandler(editor, ({ textPasted }) => {
      refusals += 1;
      outcomes.push(textPasted);
    });
    editor.insertData(clipboard(data));
    return { editor, refusals, outcomes };
  }

  const own = [
    { type: 'crosshead', sourceLines: [40], children: [{ text: '小标题' }] },
    { type: 'paragraph', sourceLines: [41, 42], children: [{ text: '正文' }, { text: '一段' }] },
  ];

  it('accepts the body’s own blocks, crossheads kept, source lines dropped', () => {
    const { editor, refusals } = paste({
      'application/x-slate-fragment': encodeFragment(own),
      'text/plain': '小标题\n正文一段',
    });
    expect(refusals).toBe(0);
    expect(editor.children).toEqual([
      { type: 'crosshead', sourceLines: [], children: [{ text: '小标题' }] },
      createParagraph('正文一段'),
    ]);
  });

  it('accepts them from the data-slate-fragment attribute when the fragment type is missing', () => {
    const { editor, refusals } = paste({
      'text/html': `<p data-slate-fragment="${encodeFragment(own)}">小标题</p>`,
      'text/plain': 'ignored',
    });
    expect(refusals).toBe(0);
    expect(editor.children.map((node) => Node.string(node))).toEqual(['小标题', '正文一段']);
  });

  it.each([
    ['a link', [{ type: 'link', url: 'javascript:alert(1)', children: [{ text: 'x' }] }]],
    [
      'a link inside a paragraph',
      [
        {
          type: 'paragraph',
          children: [{ type: 'link', url: 'javascript:alert(1)', children: [{ text: 'x' }] }],
        },
      ],
    ],
    ['an extra key', [{ type: 'paragraph', onclick: 'alert(1)', children: [{ text: 'x' }] }]],
    ['a mark', [{ type: 'paragraph', children: [{ text: 'x', bold: true }] }]],
    ['an unknown block', [{ type: 'image', src: 'x', children: [{ text: '' }] }]],
    ['a block with no text', [{ type: 'paragraph', children: [] }]],
    ['an object instead of a list', { type: 'paragraph', children: [{ text: 'x' }] }],
    ['an empty list', []],
  ])('refuses %s: only the plain text gets in, and the person is told', (_name, fragment) => {
    const { editor, refusals } = paste({
      'application/x-slate-fragment': encodeFragment(fragment),
      'text/plain': 'plain words',
    });
    expect(refusals).toBe(1);
    expect(editor.children).toEqual([createParagraph('plain words')]);
  });

  it('refuses a crafted fragment with no plain text beside it: nothing goes in', () => {
    const { editor, outcomes } = paste({ 'application/x-slate-fragment': encodeFragment(payload) });
    expect(outcomes).toEqual([false]);
    expect(editor.children).toEqual([createParagraph('', [])]);
    expect(
      paste({ 'application/x-slate-fragment': encodeFragment(payload), 'text/plain': 'x' })
        .outcomes,
    ).toEqual([true]);
  });

  it('refuses data that is not a fragment at all, and a crafted attribute in the HTML', () => {
    expect(paste({ 'application/x-slate-fragment': '%%%', 'text/plain': 'a' }).refusals).toBe(1);
    expect(
      paste({ 'application/x-slate-fragment': btoa('{"unterminated'), 'text/plain': 'a' }).refusals,
    ).toBe(1);
    const crafted = paste({
      'text/html': `<a data-slate-fragment="${encodeFragment(payload)}" href="javascript:alert(1)">evil</a>`,
      'text/plain': 'evil',
    });
    expect(crafted.refusals).toBe(1);
    expect(crafted.editor.children).toEqual([createParagraph('evil')]);
  });

  it('reads no fragment when there is none, and says nothing', () => {
    expect(readFragment(clipboard({ 'text/html': '<b>bold</b>' }))).toEqual({ kind: 'none' });
    const { editor, refusals } = paste({ 'text/html': '<b>bold</b>', 'text/plain': 'bold' });
    expect(refusals).toBe(0);
    expect(editor.children).toEqual([createParagraph('bold')]);
  });

  it('removes a handler only if it is still the current one', () => {
    const editor = createArticleEditor();
    const first = () => undefined;
    const removeFirst = setPasteRefusalHandler(editor, first);
    let calls = 0;
    setPasteRefusalHandler(editor, () => {
      calls += 1;
    });
    removeFirst();
    editor.insertData(clipboard({ 'application/x-slate-fragment': '%%%' }));
    expect(calls).toBe(1);
    // insertFragmentData alone (Slate's own entry point) never takes a refused fragment.
    expect(editor.insertFragmentData(clipboard({ 'application/x-slate-fragment': '%%%' }))).toBe(
      false,
    );
  });
});

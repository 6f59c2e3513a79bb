// @vitest-environment jsdom
import { createEditor } from 'slate';
import { withReact } from 'slate-react';
import type * as SlateReact from 'slate-react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { scrollCaretIntoView } from './scroll-caret-into-view.ts';

const slateScroll = vi.hoisted(() => vi.fn());
vi.mock('slate-react', async (importOriginal) => ({
  ...(await importOriginal<typeof SlateReact>()),
  defaultScrollSelectionIntoView: slateScroll,
}));

function caretAt(box: { top: number; bottom: number; left?: number; width?: number }) {
  const range = document.createRange();
  range.setStart(document.body, 0);
  const left = box.left ?? 100;
  const width = box.width ?? 1;
  range.getBoundingClientRect = () =>
    ({
      top: box.top,
      bottom: box.bottom,
      left,
      right: left + width,
      width,
      height: box.bottom - box.top,
    }) as DOMRect;
  return range;
}

function editorWith(anchor: number, focus: number) {
  const editor = withReact(createEditor());
  editor.children = [{ type: 'paragraph', sourceLines: [], children: [{ text: '正文正文' }] }];
  editor.selection = {
    anchor: { path: [0, 0], offset: anchor },
    focus: { path: [0, 0], offset: focus },
  };
  return editor;
}

afterEach(() => {
  slateScroll.mockClear();
});

describe('scrollCaretIntoView', () => {
  it('leaves the page where it is while the caret is in the window', () => {
    scrollCaretIntoView(editorWith(2, 2), caretAt({ top: 300, bottom: 320 }));
    expect(slateScroll).not.toHaveBeenCalled();
  });

  it('lets Slate scroll when the caret is below, above or beside the window', () => {
    const editor = editorWith(2, 2);
    scrollCaretIntoView(
      editor,
      caretAt({ top: window.innerHeight - 5, bottom: window.innerHeight + 15 }),
    );
    scrollCaretIntoView(editor, caretAt({ top: -30, bottom: -10 }));
    scrollCaretIntoView(editor, caretAt({ top: 300, bottom: 320, left: window.innerWidth + 10 }));
    expect(slateScroll).toHaveBeenCalledTimes(3);
  });

  it('lets Slate decide for a caret without a box and for a selection of text', () => {
    scrollCaretIntoView(editorWith(2, 2), caretAt({ top: 0, bottom: 0, left: 0, width: 0 }));
    scrollCaretIntoView(editorWith(1, 3), caretAt({ top: 300, bottom: 320 }));
    expect(slateScroll).toHaveBeenCalledTimes(2);
  });
});

import { Range } from 'slate';
import { defaultScrollSelectionIntoView } from 'slate-react';
import type { ReactEditor } from 'slate-react';

/**
 * Slate's scroll of the selection into view, skipped while a collapsed caret is already inside
 * the window: telling costs one read of the caret's box, where Slate's own check reads the size and
 * style of every ancestor on each keystroke. The body scrolls with the page (no ancestor of it
 * scrolls), so inside the window means in view.
 */
export function scrollCaretIntoView(editor: ReactEditor, domRange: globalThis.Range): void {
  const { selection } = editor;
  if (selection && Range.isCollapsed(selection)) {
    const box = domRange.getBoundingClientRect();
    const measured = box.width > 0 || box.height > 0;
    const view = domRange.startContainer.ownerDocument?.defaultView;
    if (
      measured &&
      view &&
      box.top >= 0 &&
      box.left >= 0 &&
      box.bottom <= view.innerHeight &&
      box.right <= view.innerWidth
    ) {
      return;
    }
  }
  defaultScrollSelectionIntoView(editor, domRange);
}

/**
 * The slate floor: the article's paragraphs in a plain slate-react editor (the desk's versions of
 * React and Slate, the editor's typography, nothing of the desk), so the bench can say what the
 * editor library costs per keystroke on this machine before the desk adds anything.
 */
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { createEditor } from 'slate';
import type { Descendant } from 'slate';
import { withHistory } from 'slate-history';
import { Editable, Slate, withReact } from 'slate-react';
import type { RenderElementProps } from 'slate-react';
import { SLATE_FLOOR_PARAGRAPHS } from './slate-floor-api.ts';

const paragraphs = (window as unknown as Record<string, unknown>)[SLATE_FLOOR_PARAGRAPHS];
const texts = Array.isArray(paragraphs) ? paragraphs.map(String) : ['No paragraphs were given.'];

function renderElement({ attributes, children }: RenderElementProps) {
  return <p {...attributes}>{children}</p>;
}

function SlateFloor() {
  const [editor] = useState(() => withHistory(withReact(createEditor())));
  const [value] = useState<Descendant[]>(() =>
    texts.map((text) => ({ type: 'paragraph', sourceLines: [], children: [{ text }] })),
  );
  return (
    <Slate editor={editor} initialValue={value}>
      <Editable className="slate-floor" aria-label="Article body" renderElement={renderElement} />
    </Slate>
  );
}

const root = document.getElementById('root');
if (root) createRoot(root).render(<SlateFloor />);

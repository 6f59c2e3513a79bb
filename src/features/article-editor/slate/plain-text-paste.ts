import { Editor, Range } from 'slate';
import type { Node } from 'slate';
import { createParagraph } from './article-schema.ts';

const LINE_BREAKS = /\r\n|[\r\n\u2028\u2029]/;
// Everything below U+0020 except the tab and line feed, and DEL.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F]/g;
// Zero-width and bidi-override characters that have no business in copy.
const INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2060-\u2064\uFEFF]/g;

/** The plain text of whatever a crafted fragment holds: `text` strings only, nothing else read. */
function textOfUnknown(value: unknown): string {
  if (typeof value !== 'object' || value === null) return '';
  const record = value as Record<string, unknown>;
  if (typeof record.text === 'string') return record.text;
  if (!Array.isArray(record.children)) return '';
  return (record.children as unknown[]).map(textOfUnknown).join('');
}

/** Pasted text cleaned to what a body may hold, as lines. */
export function toPlainLines(text: string): string[] {
  return text
    .replace(CONTROL, (char) => (char === '\t' ? ' ' : ''))
    .replace(INVISIBLE, '')
    .split(LINE_BREAKS);
}

/**
 * Inserts plain text at the selection: one line goes into the current block; several lines become
 * paragraphs (blank lines and the spaces around each line dropped).
 */
export function insertPlainText(
  editor: Editor,
  text: string,
  insertFragment = editor.insertFragment,
): void {
  const lines = toPlainLines(text);
  if (lines.length <= 1) {
    const line = lines[0] ?? '';
    if (line.length > 0) editor.insertText(line);
    return;
  }
  const paragraphs = lines.map((line) => line.trim()).filter((line) => line.length > 0);
  if (paragraphs.length === 0) return;
  if (editor.selection && Range.isExpanded(editor.selection)) Editor.deleteFragment(editor);
  insertFragment(paragraphs.map((line) => createParagraph(line)));
}

/**
 * Pasting and dropping take plain text only. HTML is never read, and a Slate fragment
 * (`application/x-slate-fragment`, or a `data-slate-fragment` attribute in pasted HTML) is ignored,
 * so a page a person copies from cannot inject links, scripts or foreign nodes. Any fragment
 * inserted by other code is reduced to its text as well.
 */
export function withPlainTextPaste<T extends Editor>(editor: T): T {
  const { insertFragment } = editor;

  editor.insertData = (data) => {
    editor.insertTextData(data);
  };

  editor.insertFragmentData = () => false;

  editor.insertTextData = (data) => {
    const text = data.getData('text/plain');
    if (!text) return false;
    insertPlainText(editor, text, insertFragment);
    return true;
  };

  editor.insertFragment = (fragment: Node[]) => {
    insertPlainText(editor, fragment.map(textOfUnknown).join('\n'), insertFragment);
  };

  return editor;
}

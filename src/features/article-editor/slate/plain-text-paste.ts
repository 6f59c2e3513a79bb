import { Editor, Range } from 'slate';
import type { Node } from 'slate';
import { z } from 'zod';
import { createParagraph } from './article-schema.ts';
import type { ArticleElement } from './article-schema.ts';

const LINE_BREAKS = /\r\n|[\r\n\u2028\u2029]/;
// Everything below U+0020 except the tab and line feed, and DEL.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F]/g;
// Zero-width and bidi-override characters that have no business in copy.
const INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2060-\u2064\uFEFF]/g;
/** Where slate-react puts a copied fragment in the HTML it writes (base64 of URI-encoded JSON). */
const FRAGMENT_ATTRIBUTE = /data-slate-fragment="([^"]+)"/;
/** Beyond this many blocks a fragment is not one a person copied from an article. */
const MAX_FRAGMENT_BLOCKS = 5_000;

/**
 * A fragment copied from an article body: paragraphs and crossheads of plain text runs, nothing
 * more. Strict objects: any other key (a URL, an event handler, a mark) fails the whole fragment.
 */
const ownFragmentSchema = z
  .array(
    z.strictObject({
      type: z.enum(['paragraph', 'crosshead']),
      sourceLines: z.array(z.number().int().positive()).optional(),
      children: z.array(z.strictObject({ text: z.string() })).min(1),
    }),
  )
  .min(1)
  .max(MAX_FRAGMENT_BLOCKS);

/** What a paste offered as a Slate fragment, and whether it was accepted. */
export type FragmentVerdict =
  { kind: 'none' } | { kind: 'accepted'; blocks: ArticleElement[] } | { kind: 'refused' };

/** Told when a paste's fragment was refused; `textPasted` says whether its plain text went in. */
export type PasteRefusalHandler = (outcome: { textPasted: boolean }) => void;

const refusalHandlers = new WeakMap<Editor, PasteRefusalHandler>();

/**
 * Sets what happens when a paste brings a Slate fragment that is not the article body's own
 * (links, scripts, unknown blocks or marks): the fragment is dropped, the plain text beside it (if
 * any) pasted, and `handler` tells the person. Returns a function that removes the handler.
 */
export function setPasteRefusalHandler(editor: Editor, handler: PasteRefusalHandler): () => void {
  refusalHandlers.set(editor, handler);
  return () => {
    if (refusalHandlers.get(editor) === handler) refusalHandlers.delete(editor);
  };
}

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
 * Reads and validates the Slate fragment of a paste, from `application/x-slate-fragment` or from
 * the `data-slate-fragment` attribute slate-react writes into the HTML (the HTML itself is never
 * parsed). Accepted blocks keep their type and text, cleaned; they lose their source lines, which
 * belong to wherever they were copied from.
 */
export function readFragment(data: Pick<DataTransfer, 'getData'>): FragmentVerdict {
  const encoded =
    data.getData('application/x-slate-fragment') ||
    FRAGMENT_ATTRIBUTE.exec(data.getData('text/html'))?.[1] ||
    '';
  if (encoded === '') return { kind: 'none' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(decodeURIComponent(atob(encoded)));
  } catch {
    // Not even well-formed: someone else's data under Slate's name.
    return { kind: 'refused' };
  }
  const result = ownFragmentSchema.safeParse(parsed);
  if (!result.success) return { kind: 'refused' };
  return {
    kind: 'accepted',
    blocks: result.data.map((block) => ({
      type: block.type,
      sourceLines: [],
      children: [{ text: toPlainLines(block.children.map((run) => run.text).join('')).join('\n') }],
    })),
  };
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
 * Pasting and dropping take the article body's own fragments (paragraphs and crossheads of plain
 * text, validated against that schema, so a crosshead copied between articles stays one) and
 * otherwise plain text only. HTML is never read. A fragment that is not the body's own — from
 * `application/x-slate-fragment` or a `data-slate-fragment` attribute — is refused whole: the
 * plain text is pasted instead and the refusal handler tells the person, so a page a person copies
 * from cannot inject links, scripts or foreign nodes. Any fragment inserted by other code is
 * reduced to its text as well.
 */
export function withPlainTextPaste<T extends Editor>(editor: T): T {
  const { insertFragment } = editor;

  const insertOwnFragment = (blocks: ArticleElement[]) => {
    if (editor.selection && Range.isExpanded(editor.selection)) Editor.deleteFragment(editor);
    insertFragment(blocks);
  };

  editor.insertData = (data) => {
    const verdict = readFragment(data);
    if (verdict.kind === 'accepted') {
      insertOwnFragment(verdict.blocks);
      return;
    }
    const textPasted = editor.insertTextData(data);
    if (verdict.kind === 'refused') refusalHandlers.get(editor)?.({ textPasted });
  };

  editor.insertFragmentData = (data) => {
    const verdict = readFragment(data);
    if (verdict.kind !== 'accepted') return false;
    insertOwnFragment(verdict.blocks);
    return true;
  };

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

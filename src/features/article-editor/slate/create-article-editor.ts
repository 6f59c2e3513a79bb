import { createEditor } from 'slate';
import type { Editor } from 'slate';
import { withHistory } from 'slate-history';
import { withReact } from 'slate-react';
import { withArticleSchema } from './article-schema.ts';
import { withFlagAnchors } from './flag-anchors.ts';
import { withPlainTextPaste } from './plain-text-paste.ts';

/**
 * Body blocks per rendering chunk: an edit re-renders one chunk of blocks, not the body, and the
 * chunks off screen are neither laid out nor painted (`content-visibility` in the editor's CSS).
 */
export const BODY_CHUNK_SIZE = 8;

/** The article body editor with every plugin of the desk: schema, history, flag anchors, plain paste. */
export function createArticleEditor(): Editor {
  const editor = withPlainTextPaste(
    withFlagAnchors(withArticleSchema(withHistory(withReact(createEditor())))),
  );
  editor.getChunkSize = (node) => (node === editor ? BODY_CHUNK_SIZE : null);
  return editor;
}

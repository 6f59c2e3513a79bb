import { createEditor } from 'slate';
import type { Editor } from 'slate';
import { withHistory } from 'slate-history';
import { withReact } from 'slate-react';
import { withArticleSchema } from './article-schema.ts';
import { withFlagAnchors } from './flag-anchors.ts';
import { withPlainTextPaste } from './plain-text-paste.ts';

/** The article body editor with every plugin of the desk: schema, history, flag anchors, plain paste. */
export function createArticleEditor(): Editor {
  return withPlainTextPaste(
    withFlagAnchors(withArticleSchema(withHistory(withReact(createEditor())))),
  );
}

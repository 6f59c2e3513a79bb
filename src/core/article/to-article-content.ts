import type { Flag, Item, Language } from '../analysis-types.ts';

/** A body block of an article as first built from the source. */
export interface SourceBodyBlock {
  /** Paragraph or crosshead. */
  type: 'paragraph' | 'crosshead';
  /** Its text. */
  text: string;
  /** The 1-based source lines it is made of. */
  sourceLines: number[];
}

/** The editable fields and body of an article, as first built from the engine's item. */
export interface SourceArticle {
  section: string;
  kicker: string;
  headline: string;
  subtitles: string[];
  dateline: string;
  bylines: string[];
  caption: string;
  body: SourceBodyBlock[];
}

/** A flag placed in the article: which field or block, and where in its text. */
export interface AnchoredFlag {
  /** The source flag. */
  flag: Flag;
  /** The block or field the flag sits in. */
  target:
    | { kind: 'body'; block: number }
    | {
        kind: 'field';
        field: 'headline' | 'kicker' | 'section' | 'dateline' | 'subtitle';
        index: number;
      };
  /** Offset of the flagged text in that target's text. */
  offset: number;
}

/** Builds an article's editable content from an item and places the item's flags in it. */
export function toArticleContent(
  item: Item,
  flags: readonly Flag[],
  sourceLines: readonly string[],
  language: Language,
): { content: SourceArticle; anchored: AnchoredFlag[] } {
  const body: SourceBodyBlock[] = [];
  const crossheadSet = new Set(item.crossheads);
  const blocks = [
    ...item.paragraphs.map((paragraph) => ({
      type: 'paragraph' as const,
      text: paragraph.text,
      sourceLines: paragraph.lines,
    })),
    ...item.crossheads.map((line) => ({
      type: 'crosshead' as const,
      text: (sourceLines[line - 1] ?? '').replace(/[\f\r]/g, '').trim(),
      sourceLines: [line],
    })),
  ].sort((a, b) => (a.sourceLines[0] ?? 0) - (b.sourceLines[0] ?? 0));
  body.push(...blocks);
  const content: SourceArticle = {
    section: item.section ?? '',
    kicker: item.kicker ?? '',
    headline: item.headline ?? '',
    subtitles: [...item.subtitles],
    dateline: item.dateline ?? '',
    bylines: [...item.bylines],
    caption: item.caption ?? '',
    body,
  };
  const anchored: AnchoredFlag[] = [];
  for (const flag of flags) {
    if (!item.lines.includes(flag.line)) continue;
    const anchor = anchorFlag(flag, item, content, crossheadSet, sourceLines, language);
    if (anchor) anchored.push(anchor);
  }
  return { content, anchored };
}

// Finds the flagged text in the field or block made from the flag's line, nearest to where the line starts.
function anchorFlag(
  flag: Flag,
  item: Item,
  content: SourceArticle,
  crossheads: Set<number>,
  sourceLines: readonly string[],
  language: Language,
): AnchoredFlag | null {
  const role = item.roles[flag.line];
  const fieldTargets: Array<[AnchoredFlag['target'], string]> = [];
  if (role === 'headline')
    fieldTargets.push([{ kind: 'field', field: 'headline', index: 0 }, content.headline]);
  if (role === 'kicker')
    fieldTargets.push([{ kind: 'field', field: 'kicker', index: 0 }, content.kicker]);
  if (role === 'section')
    fieldTargets.push([{ kind: 'field', field: 'section', index: 0 }, content.section]);
  if (role === 'subtitle') {
    content.subtitles.forEach((subtitle, index) =>
      fieldTargets.push([{ kind: 'field', field: 'subtitle', index }, subtitle]),
    );
  }
  for (const [target, text] of fieldTargets) {
    const offset = text.indexOf(flag.text);
    if (offset >= 0) return { flag, target, offset };
  }
  const blockIndex = content.body.findIndex(
    (block) =>
      block.sourceLines.includes(flag.line) &&
      (block.type === 'paragraph' || crossheads.has(flag.line)),
  );
  const block = content.body[blockIndex];
  if (!block) return null;
  // Where the flag's line starts inside the joined block text: the other lines' text comes first.
  const raw = (line: number) => (sourceLines[line - 1] ?? '').replace(/[\f\r]/g, '');
  let expected = 0;
  for (const line of block.sourceLines) {
    if (line === flag.line) break;
    expected += raw(line).trim().length + (language === 'en' ? 1 : 0);
  }
  const leading = raw(flag.line).length - raw(flag.line).trimStart().length;
  const offset = nearestIndexOf(block.text, flag.text, expected + flag.column - leading);
  return offset >= 0 ? { flag, target: { kind: 'body', block: blockIndex }, offset } : null;
}

/** The occurrence of `needle` in `text` closest to `near`, or -1. */
export function nearestIndexOf(text: string, needle: string, near: number): number {
  if (needle.length === 0) return -1;
  let best = -1;
  for (let index = text.indexOf(needle); index >= 0; index = text.indexOf(needle, index + 1)) {
    if (best < 0 || Math.abs(index - near) < Math.abs(best - near)) best = index;
  }
  return best;
}

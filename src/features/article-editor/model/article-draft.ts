import { nearestIndexOf } from '../../../core/article/to-article-content.ts';
import type {
  ArticleContent,
  ArticleFlag,
  BodyBlock,
  FlagState,
  ItemStatus,
} from '../../../storage/records.ts';

/** The structured fields of an article (everything but the body). */
export type ArticleFields = Omit<ArticleContent, 'body'>;

/** Where a flag sits. */
export type FlagTarget = ArticleFlag['target'];

/** A field a flag can sit in. */
export type FlaggableField = Extract<FlagTarget, { kind: 'field' }>['field'];

/** Where a body flag is now, as the editor sees it. */
export interface BodyLocation {
  /** Block index in the editor's document. */
  block: number;
  /** Offset of the flagged text in that block. */
  offset: number;
}

/** The fields of stored content. */
export function toFields(content: ArticleContent): ArticleFields {
  const { body: _body, ...fields } = content;
  return { ...fields, subtitles: [...fields.subtitles], bylines: [...fields.bylines] };
}

/** The text of the field a flag sits in, or null when that field (a removed subtitle) is gone. */
export function fieldText(fields: ArticleFields, target: FlagTarget): string | null {
  if (target.kind !== 'field') return null;
  if (target.field === 'subtitle') return fields.subtitles[target.index] ?? null;
  return fields[target.field];
}

/** A copy of the fields with one field's text replaced. */
export function setFieldText(
  fields: ArticleFields,
  target: FlagTarget,
  text: string,
): ArticleFields {
  if (target.kind !== 'field') return fields;
  if (target.field === 'subtitle') {
    if (target.index < 0 || target.index >= fields.subtitles.length) return fields;
    const subtitles = [...fields.subtitles];
    subtitles[target.index] = text;
    return { ...fields, subtitles };
  }
  return { ...fields, [target.field]: text };
}

/** Where a field flag's text is now (fields are short: anywhere in the field, nearest its offset). */
export function locateFieldFlag(fields: ArticleFields, flag: ArticleFlag): number | null {
  const text = fieldText(fields, flag.target);
  if (text === null) return null;
  const found = nearestIndexOf(text, flag.text, flag.offset);
  return found >= 0 ? found : null;
}

/** Replaces `length` characters at `offset` of a string. */
export function spliceText(
  text: string,
  offset: number,
  length: number,
  replacement: string,
): string {
  return text.slice(0, offset) + replacement + text.slice(offset + length);
}

/** Keeps subtitle flags on their subtitle when one above it is removed; a removed one's flags leave. */
export function shiftSubtitleFlags(flags: readonly ArticleFlag[], removed: number): ArticleFlag[] {
  return flags.map((flag) => {
    const { target } = flag;
    if (target.kind !== 'field' || target.field !== 'subtitle' || target.index < removed)
      return flag;
    return {
      ...flag,
      target: { ...target, index: target.index === removed ? -1 : target.index - 1 },
    };
  });
}

/** Flags in reading order: fields top to bottom, then the body. */
const FIELD_ORDER: Record<FlaggableField, number> = {
  section: 0,
  kicker: 1,
  headline: 2,
  subtitle: 3,
  dateline: 4,
};

/** Sorts flags as a reader meets them, given where body flags are now. */
export function sortFlagsInReadingOrder<F extends ArticleFlag>(
  flags: readonly F[],
  bodyLocation: (flag: F) => BodyLocation | null,
): F[] {
  const key = (flag: F): [number, number, number] => {
    if (flag.target.kind === 'field') {
      return [0, FIELD_ORDER[flag.target.field] * 1000 + flag.target.index, flag.offset];
    }
    const location = bodyLocation(flag);
    return [1, location?.block ?? flag.target.block, location?.offset ?? flag.offset];
  };
  return [...flags].sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    return ka[0] - kb[0] || ka[1] - kb[1] || ka[2] - kb[2];
  });
}

/**
 * The flags as they are to be stored, placed where their text is now. An open flag whose text is
 * gone was corrected by hand, and is stored as applied.
 */
export function placeFlagsForSave(
  flags: readonly ArticleFlag[],
  fields: ArticleFields,
  bodyLocation: (flag: ArticleFlag) => BodyLocation | null,
  blockIndex: readonly number[],
): ArticleFlag[] {
  return flags.map((flag): ArticleFlag => {
    if (flag.target.kind === 'field') {
      const offset = locateFieldFlag(fields, flag);
      if (offset === null) return flag.state === 'open' ? { ...flag, state: 'applied' } : flag;
      return { ...flag, offset };
    }
    const location = bodyLocation(flag);
    const block = location ? (blockIndex[location.block] ?? -1) : -1;
    if (!location || block < 0) return flag.state === 'open' ? { ...flag, state: 'applied' } : flag;
    return { ...flag, target: { kind: 'body', block }, offset: location.offset };
  });
}

/** The status after saving an edit: a first edit makes an article corrected, and an approved
 * article that changes needs approving again. */
export function statusAfterEdit(status: ItemStatus): ItemStatus {
  return status === 'corrected' ? status : 'corrected';
}

/** Two flags are the same fault when their type, text and suggestion match. */
export function isSameFault(a: ArticleFlag, b: ArticleFlag): boolean {
  return a.type === b.type && a.text === b.text && a.suggestion === b.suggestion;
}

/** How many flags are in each state. */
export function countFlags(flags: readonly { state: FlagState }[]): Record<FlagState, number> {
  const counts: Record<FlagState, number> = { open: 0, applied: 0, dismissed: 0 };
  for (const flag of flags) counts[flag.state] += 1;
  return counts;
}

/**
 * Applies a flag's suggestion to stored content (for other items of the issue than the one being
 * edited): replaces exactly the flagged text where it is found near its offset. Returns null when
 * the flag is not open, has no suggestion, or its text is no longer there.
 */
export function applyFlagToContent(
  content: ArticleContent,
  flags: readonly ArticleFlag[],
  flagId: string,
): { content: ArticleContent; flags: ArticleFlag[] } | null {
  const flag = flags.find((candidate) => candidate.id === flagId);
  if (flag?.state !== 'open' || flag.suggestion === null) return null;
  const { suggestion } = flag;
  const reach = Math.max(8, flag.text.length * 2);
  let next: ArticleContent;
  if (flag.target.kind === 'body') {
    const blockIndex = flag.target.block;
    const block = content.body[blockIndex];
    if (!block) return null;
    const offset = nearestIndexOf(block.text, flag.text, flag.offset);
    if (offset < 0 || Math.abs(offset - flag.offset) > reach) return null;
    const body: BodyBlock[] = content.body.map((candidate, index) =>
      index === blockIndex
        ? { ...candidate, text: spliceText(candidate.text, offset, flag.text.length, suggestion) }
        : candidate,
    );
    next = { ...content, body };
  } else {
    const fields = toFields(content);
    const offset = locateFieldFlag(fields, flag);
    const text = fieldText(fields, flag.target);
    if (offset === null || text === null) return null;
    next = {
      ...setFieldText(fields, flag.target, spliceText(text, offset, flag.text.length, suggestion)),
      body: content.body,
    };
  }
  return {
    content: next,
    flags: flags.map((candidate) =>
      candidate.id === flagId ? { ...candidate, state: 'applied' } : candidate,
    ),
  };
}

/** A character count as a copy editor means it: every character but spaces. */
export function countCharacters(text: string): number {
  const visible = text.replace(/\s+/g, '');
  // A character outside the Basic Multilingual Plane is two UTF-16 units but one character.
  let pairs = 0;
  for (let index = 0; index < visible.length; index += 1) {
    const code = visible.charCodeAt(index);
    if (code >= 0xd800 && code <= 0xdbff) pairs += 1;
  }
  return visible.length - pairs;
}

/** The parts of an article a save can change, for the revision summary. */
export type ArticlePart = keyof ArticleContent;

const PARTS: readonly ArticlePart[] = [
  'section',
  'kicker',
  'headline',
  'subtitles',
  'dateline',
  'bylines',
  'caption',
  'body',
];

/** Which parts differ between two versions of an article. */
export function changedParts(before: ArticleContent, after: ArticleContent): ArticlePart[] {
  return PARTS.filter((part) => JSON.stringify(before[part]) !== JSON.stringify(after[part]));
}

/** True when two versions of an article hold the same text in every part. */
export function isSameContent(a: ArticleContent, b: ArticleContent): boolean {
  return changedParts(a, b).length === 0;
}

/** An article as plain text, one field or block a line, for comparing versions. */
export function articleToText(content: ArticleContent): string {
  const lines = [
    content.section,
    content.kicker,
    content.headline,
    ...content.subtitles,
    content.dateline,
    content.bylines.join(' '),
    content.caption,
    ...content.body.map((block) => block.text),
  ];
  return lines.filter((line) => line.trim().length > 0).join('\n');
}

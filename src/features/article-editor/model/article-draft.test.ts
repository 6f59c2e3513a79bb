import { describe, expect, it } from 'vitest';
import type { ArticleContent, ArticleFlag } from '../../../storage/records.ts';
import {
  applyFlagToContent,
  articleToText,
  changedParts,
  countCharacters,
  placeFlagsForSave,
  shiftSubtitleFlags,
  sortFlagsInReadingOrder,
  statusAfterEdit,
  toFields,
} from './article-draft.ts';

const CONTENT: ArticleContent = {
  section: '',
  kicker: '',
  headline: '退役军人招聘会 千余岗位等你来',
  subtitles: ['副题一', '副题二'],
  dateline: '本报讯',
  bylines: ['郝晓炜'],
  caption: '',
  body: [
    { type: 'paragraph', text: '第一段。', sourceLines: [40] },
    { type: 'paragraph', text: '核酸检测阴性阴性证明。', sourceLines: [44] },
  ],
};

function flag(overrides: Partial<ArticleFlag>): ArticleFlag {
  return {
    id: '44:17:duplicated-word',
    target: { kind: 'body', block: 1 },
    offset: 4,
    text: '阴性阴性',
    suggestion: '阴性',
    type: 'duplicated-word',
    message: 'The word is printed twice.',
    confidence: 0.9,
    severity: 1,
    state: 'open',
    source: { line: 44, column: 17, length: 4 },
    ...overrides,
  };
}

describe('applyFlagToContent', () => {
  it('replaces exactly the flagged text of a body block and marks the flag applied', () => {
    const result = applyFlagToContent(CONTENT, [flag({})], '44:17:duplicated-word');
    expect(result?.content.body[1]?.text).toBe('核酸检测阴性证明。');
    expect(result?.content.body[0]).toBe(CONTENT.body[0]);
    expect(result?.flags[0]?.state).toBe('applied');
  });

  it('replaces text in a field', () => {
    const headlineFlag = flag({
      id: 'h',
      target: { kind: 'field', field: 'headline', index: 0 },
      offset: 8,
      text: '千余',
      suggestion: '千个',
    });
    const result = applyFlagToContent(CONTENT, [headlineFlag], 'h');
    expect(result?.content.headline).toBe('退役军人招聘会 千个岗位等你来');
  });

  it('does nothing when the text is gone, the flag is closed or has no suggestion', () => {
    const edited = {
      ...CONTENT,
      body: [CONTENT.body[0]!, { ...CONTENT.body[1]!, text: '核酸检测阴性证明。' }],
    };
    expect(applyFlagToContent(edited, [flag({})], '44:17:duplicated-word')).toBeNull();
    expect(
      applyFlagToContent(CONTENT, [flag({ state: 'dismissed' })], '44:17:duplicated-word'),
    ).toBeNull();
    expect(
      applyFlagToContent(CONTENT, [flag({ suggestion: null })], '44:17:duplicated-word'),
    ).toBeNull();
  });
});

describe('placeFlagsForSave', () => {
  const fields = toFields(CONTENT);

  it('stores body flags where their text is now, in stored block numbering', () => {
    const placed = placeFlagsForSave(
      [flag({})],
      fields,
      () => ({ block: 2, offset: 6 }),
      [0, -1, 1],
    );
    expect(placed[0]?.target).toEqual({ kind: 'body', block: 1 });
    expect(placed[0]?.offset).toBe(6);
    expect(placed[0]?.state).toBe('open');
  });

  it('stores an open flag whose text was corrected by hand as applied', () => {
    const placed = placeFlagsForSave([flag({})], fields, () => null, [0, 1]);
    expect(placed[0]?.state).toBe('applied');
    const dismissed = placeFlagsForSave([flag({ state: 'dismissed' })], fields, () => null, [0, 1]);
    expect(dismissed[0]?.state).toBe('dismissed');
  });

  it('finds field flags in the field text', () => {
    const headlineFlag = flag({
      target: { kind: 'field', field: 'headline', index: 0 },
      offset: 0,
      text: '千余',
    });
    expect(placeFlagsForSave([headlineFlag], fields, () => null, [])[0]?.offset).toBe(8);
  });
});

describe('fields, order and status', () => {
  it('moves subtitle flags up when a subtitle above is removed, and drops the removed one’s', () => {
    const first = flag({ id: 'a', target: { kind: 'field', field: 'subtitle', index: 0 } });
    const second = flag({ id: 'b', target: { kind: 'field', field: 'subtitle', index: 1 } });
    const shifted = shiftSubtitleFlags([first, second], 0);
    expect(shifted.map((entry) => entry.target)).toEqual([
      { kind: 'field', field: 'subtitle', index: -1 },
      { kind: 'field', field: 'subtitle', index: 0 },
    ]);
  });

  it('sorts flags as a reader meets them: fields first, then the body in order', () => {
    const body2 = flag({ id: 'b2', target: { kind: 'body', block: 2 } });
    const body0 = flag({ id: 'b0', target: { kind: 'body', block: 0 } });
    const headline = flag({ id: 'h', target: { kind: 'field', field: 'headline', index: 0 } });
    const kicker = flag({ id: 'k', target: { kind: 'field', field: 'kicker', index: 0 } });
    const sorted = sortFlagsInReadingOrder([body2, headline, body0, kicker], () => null);
    expect(sorted.map((entry) => entry.id)).toEqual(['k', 'h', 'b0', 'b2']);
  });

  it('makes an edited article corrected, also an approved one', () => {
    expect(statusAfterEdit('detected')).toBe('corrected');
    expect(statusAfterEdit('confirmed')).toBe('corrected');
    expect(statusAfterEdit('approved')).toBe('corrected');
  });

  it('names the parts that changed and counts characters without spaces', () => {
    expect(changedParts(CONTENT, { ...CONTENT, headline: 'x', bylines: [] })).toEqual([
      'headline',
      'bylines',
    ]);
    expect(countCharacters('退役 军人\n招聘 a b')).toBe(8);
    expect(countCharacters('𠮷野家')).toBe(3);
    expect(articleToText(CONTENT).split('\n')).toHaveLength(7);
  });
});

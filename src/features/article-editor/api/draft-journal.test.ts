// @vitest-environment jsdom
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { BodyBlock } from '../../../storage/records.ts';
import { clearDraft, readDraft, writeDraft } from './draft-journal.ts';
import type { DraftEntry } from './draft-journal.ts';

function entry(body: BodyBlock[]): DraftEntry {
  return {
    itemId: 'issue:23',
    baseRevision: 4,
    writtenAt: 1_700_000_000_000,
    status: 'corrected',
    content: {
      section: '',
      kicker: '引题',
      headline: '韦韬带队走访省直有关部门',
      subtitles: ['副题'],
      dateline: '本报讯',
      bylines: ['殷雪鸢', '梁 涛'],
      caption: '',
      body,
    },
    flags: [
      {
        id: '44:12:duplicated-word',
        target: { kind: 'body', block: 1 },
        offset: 12,
        text: '阴性阴性',
        suggestion: '阴性',
        type: 'duplicated-word',
        message: 'Repeated word',
        confidence: 0.9,
        severity: 1,
        state: 'open',
        source: { line: 44, column: 12, length: 4 },
      },
    ],
  };
}

afterEach(() => {
  localStorage.clear();
  vi.restoreAllMocks();
});

describe('the draft journal', () => {
  it('keeps an article’s unsaved state until it is cleared', () => {
    const draft = entry([
      { type: 'paragraph', text: '第一段 "引号" \\ 与换行\n', sourceLines: [40] },
      { type: 'crosshead', text: '小标题', sourceLines: [] },
    ]);
    expect(writeDraft(draft)).toBe(true);
    expect(readDraft('issue:23')).toEqual(draft);
    expect(readDraft('issue:24')).toBeNull();
    clearDraft('issue:23');
    expect(readDraft('issue:23')).toBeNull();
  });

  it('writes a keystroke as the typed block and the head, and removes the block it replaced', () => {
    const kept: BodyBlock = { type: 'paragraph', text: '不变的段落', sourceLines: [40, 41] };
    const typing: BodyBlock = { type: 'paragraph', text: '正在输入', sourceLines: [42] };
    writeDraft(entry([kept, typing]));
    const setItem = vi.spyOn(Storage.prototype, 'setItem');
    const removeItem = vi.spyOn(Storage.prototype, 'removeItem');
    const typed = entry([kept, { ...typing, text: '正在输入字' }]);
    writeDraft(typed);

    const written = setItem.mock.calls.map(([, value]) => value);
    expect(written).toHaveLength(2);
    expect(JSON.parse(written[0]!)).toEqual(typed.content.body[1]);
    expect(written[1]).not.toContain('不变的段落');
    // The replaced block goes, after the head that no longer lists it.
    const removed = removeItem.mock.calls.map(([key]) => key);
    expect(removed.some((key) => key.includes('#'))).toBe(true);
    expect(setItem.mock.invocationCallOrder[1]!).toBeLessThan(
      removeItem.mock.invocationCallOrder.at(-1)!,
    );
    expect(readDraft('issue:23')).toEqual(typed);
    expect(localStorage.length).toBe(3);
  });

  it('leaves the previous entry or the new one when a write is cut short anywhere', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.constantFrom('甲', '乙', '丙', '丁'), { maxLength: 4 }), {
          minLength: 1,
          maxLength: 4,
        }),
        fc.array(fc.constantFrom('甲', '乙', '丙', '丁', '戊'), { maxLength: 5 }),
        fc.nat(12),
        (before, after, cutAt) => {
          localStorage.clear();
          const blocks = (texts: string[]) =>
            texts.map((text, index): BodyBlock => ({
              type: 'paragraph',
              text,
              sourceLines: [index + 1],
            }));
          const previous = entry(blocks(before.map((chars) => chars.join(''))));
          writeDraft(previous);
          const next = entry(blocks(after));
          let calls = 0;
          const cut = () => {
            calls += 1;
            if (calls > cutAt) throw new Error('the page is gone');
          };
          // Bound now, before the spies: they still reach the real storage.
          const setItem = localStorage.setItem.bind(localStorage);
          const removeItem = localStorage.removeItem.bind(localStorage);
          vi.spyOn(Storage.prototype, 'setItem').mockImplementation((key, value) => {
            cut();
            setItem(key, value);
          });
          vi.spyOn(Storage.prototype, 'removeItem').mockImplementation((key) => {
            cut();
            removeItem(key);
          });
          writeDraft(next);
          vi.restoreAllMocks();
          const read = readDraft('issue:23');
          expect([previous, next]).toContainEqual(read);
        },
      ),
    );
  });

  it('reads an entry in the shape earlier versions wrote, and replaces it at the next write', () => {
    const old = entry([{ type: 'paragraph', text: '旧的草稿', sourceLines: [40] }]);
    localStorage.setItem('galley.article-draft.v1:issue:23', JSON.stringify(old));
    expect(readDraft('issue:23')).toEqual(old);
    const next = entry([{ type: 'paragraph', text: '新的草稿', sourceLines: [40] }]);
    writeDraft(next);
    expect(localStorage.getItem('galley.article-draft.v1:issue:23')).toBeNull();
    expect(readDraft('issue:23')).toEqual(next);
    clearDraft('issue:23');
    expect(localStorage.length).toBe(0);
  });

  it('stores every block again when another page cleared the entry meanwhile', () => {
    const kept: BodyBlock = { type: 'paragraph', text: '不变的段落', sourceLines: [40] };
    writeDraft(entry([kept, { type: 'paragraph', text: '一', sourceLines: [41] }]));
    // Another tab saved the article and let go of the journal.
    for (const key of Object.keys(localStorage)) localStorage.removeItem(key);
    const typed = entry([kept, { type: 'paragraph', text: '一二', sourceLines: [41] }]);
    writeDraft(typed);
    expect(readDraft('issue:23')).toEqual(typed);
  });

  it('says so when the browser refuses to store it', () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    expect(writeDraft(entry([]))).toBe(false);
  });

  it('ignores an entry it cannot read', () => {
    localStorage.setItem('galley.article-draft.v1:issue:23', '{"itemId":"issue:23"');
    expect(readDraft('issue:23')).toBeNull();
    localStorage.setItem('galley.article-draft.v1:issue:23', '{"itemId":"issue:23"}');
    expect(readDraft('issue:23')).toBeNull();
    localStorage.clear();
    writeDraft(entry([{ type: 'paragraph', text: '段落', sourceLines: [40] }]));
    const blockKey = Object.keys(localStorage).find((key) => key.includes('#'))!;
    localStorage.setItem(blockKey, '{"type":');
    expect(readDraft('issue:23')).toBeNull();
    localStorage.removeItem(blockKey);
    expect(readDraft('issue:23')).toBeNull();
    localStorage.setItem('galley.article-draft.v2:issue:23', '{"itemId"');
    expect(readDraft('issue:23')).toBeNull();
  });
});

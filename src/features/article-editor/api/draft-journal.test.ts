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

  it('writes a keystroke as the typed paragraph alone', () => {
    const kept: BodyBlock = { type: 'paragraph', text: '不变的段落', sourceLines: [40, 41] };
    const typing: BodyBlock = { type: 'paragraph', text: '正在输入', sourceLines: [42] };
    writeDraft(entry([kept, typing]));
    const setItem = vi.spyOn(Storage.prototype, 'setItem');
    const removeItem = vi.spyOn(Storage.prototype, 'removeItem');
    const typed = entry([kept, { ...typing, text: '正在输入字' }]);
    writeDraft(typed);

    expect(setItem.mock.calls.map(([, value]) => JSON.parse(value) as unknown)).toEqual([
      typed.content.body[1],
    ]);
    expect(removeItem).not.toHaveBeenCalled();
    expect(readDraft('issue:23')).toEqual(typed);
    expect(localStorage.length).toBe(3);
  });

  it('writes a new paragraph, then the head that lists it, then removes what the head dropped', () => {
    const kept: BodyBlock = { type: 'paragraph', text: '不变的段落', sourceLines: [40] };
    const split: BodyBlock = { type: 'paragraph', text: '前半后半', sourceLines: [41] };
    writeDraft(entry([kept, split]));
    const setItem = vi.spyOn(Storage.prototype, 'setItem');
    const removeItem = vi.spyOn(Storage.prototype, 'removeItem');
    const next = entry([
      kept,
      { ...split, text: '前半' },
      { type: 'paragraph', text: '后半', sourceLines: [] },
    ]);
    writeDraft(next);

    const written = setItem.mock.calls.map(([key]) => key);
    expect(written).toHaveLength(3);
    expect(written[2]).toBe('galley.article-draft.v2:issue:23');
    // The kept paragraph was not written again; the split one's old slot went last.
    expect(setItem.mock.calls.some(([, value]) => value.includes('不变的段落'))).toBe(false);
    expect(
      removeItem.mock.calls.map(([key]) => key).filter((key) => key.includes('#')),
    ).toHaveLength(1);
    expect(setItem.mock.invocationCallOrder[2]!).toBeLessThan(
      removeItem.mock.invocationCallOrder.at(-1)!,
    );
    expect(readDraft('issue:23')).toEqual(next);
    expect(localStorage.length).toBe(4);
  });

  it('writes a paragraph again when an earlier state of it comes back with another change', () => {
    const first: BodyBlock = { type: 'paragraph', text: '原文', sourceLines: [40] };
    const other: BodyBlock = { type: 'paragraph', text: '另一段', sourceLines: [41] };
    writeDraft(entry([first, other]));
    writeDraft(entry([{ ...first, text: '原文改' }, other]));
    const back = entry([first, { type: 'paragraph', text: '新段', sourceLines: [] }]);
    writeDraft(back);
    expect(readDraft('issue:23')).toEqual(back);
  });

  it('leaves the previous entry or the new one when a write is cut short anywhere', () => {
    type Edit =
      | { kind: 'type'; at: number; char: string }
      | { kind: 'split'; at: number }
      | { kind: 'remove'; at: number }
      | { kind: 'status' }
      | { kind: 'undo' };
    const edit = fc.oneof(
      fc.record({
        kind: fc.constant('type' as const),
        at: fc.nat(9),
        char: fc.constantFrom('甲', '乙', '"', '\\'),
      }),
      fc.record({ kind: fc.constant('split' as const), at: fc.nat(9) }),
      fc.record({ kind: fc.constant('remove' as const), at: fc.nat(9) }),
      fc.record({ kind: fc.constant('status' as const) }),
      fc.record({ kind: fc.constant('undo' as const) }),
    );
    // Unchanged blocks keep their object, as the editor's drafts share them; an undo brings back
    // the draft before the last one, objects and all.
    const apply = (history: DraftEntry[], change: Edit): DraftEntry => {
      const draft = history.at(-1)!;
      if (change.kind === 'undo') return history.at(-2) ?? draft;
      const body = [...draft.content.body];
      const at = 'at' in change && body.length > 0 ? change.at % body.length : 0;
      const block = body[at];
      if (change.kind === 'status') {
        return { ...draft, status: draft.status === 'corrected' ? 'approved' : 'corrected' };
      }
      if (change.kind === 'type' && block) body[at] = { ...block, text: block.text + change.char };
      if (change.kind === 'split' && block) {
        body.splice(
          at,
          1,
          { ...block, text: block.text.slice(0, 1) },
          {
            type: 'paragraph',
            text: block.text.slice(1),
            sourceLines: [],
          },
        );
      }
      if (change.kind === 'remove' && block) body.splice(at, 1);
      return { ...draft, content: { ...draft.content, body } };
    };
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('甲乙', '丙', '丁戊己'), { minLength: 1, maxLength: 4 }),
        fc.array(edit, { minLength: 1, maxLength: 8 }),
        fc.nat(8),
        (texts, edits, cutAt) => {
          localStorage.clear();
          const history = [
            entry(
              texts.map((text, index): BodyBlock => ({
                type: 'paragraph',
                text,
                sourceLines: [index + 1],
              })),
            ),
          ];
          writeDraft(history[0]!);
          for (const change of edits.slice(0, -1)) {
            history.push(apply(history, change));
            writeDraft(history.at(-1)!);
            expect(readDraft('issue:23')).toEqual(history.at(-1));
          }
          const previous = history.at(-1)!;
          const next = apply(history, edits.at(-1)!);
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
          expect([previous, next]).toContainEqual(readDraft('issue:23'));
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

  it('leaves nothing behind from a write the browser refused halfway', () => {
    const kept: BodyBlock = { type: 'paragraph', text: '不变的段落', sourceLines: [40] };
    writeDraft(entry([kept]));
    const setItem = localStorage.setItem.bind(localStorage);
    let calls = 0;
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation((key, value) => {
      calls += 1;
      if (calls > 1) throw new DOMException('full', 'QuotaExceededError');
      setItem(key, value);
    });
    const added = (text: string): BodyBlock => ({ type: 'paragraph', text, sourceLines: [] });
    expect(writeDraft(entry([kept, added('一'), added('二')]))).toBe(false);
    vi.restoreAllMocks();
    const next = entry([kept, added('三')]);
    expect(writeDraft(next)).toBe(true);
    expect(readDraft('issue:23')).toEqual(next);
    expect(localStorage.length).toBe(3);
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

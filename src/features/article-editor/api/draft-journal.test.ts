// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { BodyBlock } from '../../../storage/records.ts';
import { clearDraft, readDraft, serializeDraft, writeDraft } from './draft-journal.ts';
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

  it('encodes a draft as JSON.stringify would, with an unchanged block’s JSON reused', () => {
    const kept: BodyBlock = { type: 'paragraph', text: '不变的段落', sourceLines: [40, 41] };
    const first = entry([kept, { type: 'paragraph', text: '正在输入', sourceLines: [42] }]);
    expect(JSON.parse(serializeDraft(first))).toEqual(JSON.parse(JSON.stringify(first)));
    const stringify = vi.spyOn(JSON, 'stringify');
    const typed = entry([kept, { type: 'paragraph', text: '正在输入字', sourceLines: [42] }]);
    const json = serializeDraft(typed);
    expect(JSON.parse(json)).toEqual(JSON.parse(JSON.stringify(typed)));
    // The kept paragraph was not encoded again, the typed one was.
    const encoded = stringify.mock.calls.map(([value]): unknown => value);
    expect(encoded).not.toContain(kept);
    expect(encoded).toContain(typed.content.body[1]);
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
  });
});

import { describe, expect, it } from 'vitest';
import { countDiff, diffVersions, hasChanges } from './diff-versions.ts';
import type { DiffPart } from './diff-versions.ts';

const zhWords = new Intl.Segmenter('zh', { granularity: 'word' });

/** The text of the earlier version, rebuilt from the parts. */
function beforeOf(parts: readonly DiffPart[]): string {
  return parts
    .filter((part) => part.kind !== 'inserted')
    .map((part) => part.text)
    .join('');
}

/** The text of the later version, rebuilt from the parts. */
function afterOf(parts: readonly DiffPart[]): string {
  return parts
    .filter((part) => part.kind !== 'deleted')
    .map((part) => part.text)
    .join('');
}

describe('diffVersions', () => {
  it('takes a repeated Chinese word out as one word', () => {
    const before = '出示48小时核酸检测阴性阴性证明。';
    const after = '出示48小时核酸检测阴性证明。';
    const parts = diffVersions(before, after, { language: 'zh', segmenter: zhWords });
    expect(parts).toEqual([
      { kind: 'same', text: '出示48小时核酸检测阴性' },
      { kind: 'deleted', text: '阴性' },
      { kind: 'same', text: '证明。' },
    ]);
  });

  it('replaces the word that holds a misread Chinese character', () => {
    const parts = diffVersions('他入组织考察', '他人组织考察', {
      language: 'zh',
      segmenter: zhWords,
    });
    expect(beforeOf(parts)).toBe('他入组织考察');
    expect(afterOf(parts)).toBe('他人组织考察');
    expect(parts.filter((part) => part.kind === 'deleted').map((part) => part.text)).toEqual([
      expect.stringContaining('入'),
    ]);
    expect(parts.filter((part) => part.kind === 'inserted').map((part) => part.text)).toEqual([
      expect.stringContaining('人'),
    ]);
    expect(parts.at(-1)).toEqual({ kind: 'same', text: '组织考察' });
  });

  it('compares Chinese character by character without a segmenter', () => {
    const parts = diffVersions('阴性阴性证明', '阴性证明', { language: 'zh' });
    expect(countDiff(parts)).toEqual({ inserted: 0, deleted: 2 });
    expect(afterOf(parts)).toBe('阴性证明');
  });

  it('shows an added space and a joined paragraph as changes', () => {
    const space = diffVersions('有关部门并举行', '有关部门 并举行', {
      language: 'zh',
      segmenter: zhWords,
    });
    expect(space).toEqual([
      { kind: 'same', text: '有关部门' },
      { kind: 'inserted', text: ' ' },
      { kind: 'same', text: '并举行' },
    ]);
    const joined = diffVersions('第一段。\n第二段。', '第一段。第二段。', {
      language: 'zh',
      segmenter: zhWords,
    });
    expect(joined).toContainEqual({ kind: 'deleted', text: '\n' });
    expect(hasChanges(joined)).toBe(true);
  });

  it('compares English word by word, whole words replaced', () => {
    const parts = diffVersions('The mayor said tbe plan', 'The mayor said the plan', {
      language: 'en',
    });
    expect(parts).toEqual([
      { kind: 'same', text: 'The mayor said ' },
      { kind: 'deleted', text: 'tbe' },
      { kind: 'inserted', text: 'the' },
      { kind: 'same', text: ' plan' },
    ]);
    expect(countDiff(parts)).toEqual({ inserted: 3, deleted: 3 });
  });

  it('finds nothing between equal texts, and everything against an empty one', () => {
    const same = diffVersions('本报讯 记者', '本报讯 记者', { language: 'zh', segmenter: zhWords });
    expect(same).toEqual([{ kind: 'same', text: '本报讯 记者' }]);
    expect(hasChanges(same)).toBe(false);
    const fresh = diffVersions('', '新稿件', { language: 'zh', segmenter: zhWords });
    expect(fresh).toEqual([{ kind: 'inserted', text: '新稿件' }]);
    expect(diffVersions('', '', { language: 'en' })).toEqual([]);
  });

  it('falls back to whole lines when the fine comparison runs out of time', () => {
    const before = Array.from(
      { length: 400 },
      (_, index) => `line ${index} ${'x'.repeat(index % 7)}`,
    );
    const after = before.map((line, index) => (index % 2 === 0 ? `${line} changed` : line));
    const parts = diffVersions(before.join('\n'), after.join('\n'), {
      language: 'en',
      timeoutMs: 0,
    });
    expect(beforeOf(parts)).toBe(before.join('\n'));
    expect(afterOf(parts)).toBe(after.join('\n'));
    // Line level: every changed run is whole lines.
    for (const part of parts.filter((entry) => entry.kind !== 'same')) {
      expect(part.text.startsWith('line ')).toBe(true);
    }
  });

  it('counts characters, not code units or spaces', () => {
    expect(
      countDiff([
        { kind: 'inserted', text: '𠮷 野家' },
        { kind: 'deleted', text: ' a b ' },
        { kind: 'same', text: 'unchanged' },
      ]),
    ).toEqual({ inserted: 3, deleted: 2 });
  });
});

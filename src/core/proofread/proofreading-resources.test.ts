import dictionary from 'dictionary-en';
import nspell from 'nspell';
import { describe, expect, it } from 'vitest';
import {
  createProofreadingResources,
  isOneSegment,
  spellFromNspell,
  wordsFromNspell,
} from './proofreading-resources.ts';

describe('createProofreadingResources', () => {
  it('counts a string as a Chinese word when the segmenter keeps it whole or the second opinion knows it', () => {
    const resources = createProofreadingResources({
      cutZh: (text) => (text === '他人' ? ['他人'] : Array.from(text)),
      isZhWordElsewhere: (word) => word === '上手',
    });
    expect(resources.isZhWord?.('他人')).toBe(true);
    expect(resources.isZhWord?.('上手')).toBe(true);
    expect(resources.isZhWord?.('他入')).toBe(false);
    expect(resources.isZhWord?.('')).toBe(false);
    expect(resources.segmentZh?.('他入')).toEqual(['他', '入']);
  });

  it('treats engines that throw as silent', () => {
    const resources = createProofreadingResources({
      cutZh: () => {
        throw new Error('no wasm');
      },
      spellEn: () => {
        throw new Error('no dictionary');
      },
      listEnWords: () => {
        throw new Error('no list');
      },
    });
    expect(resources.segmentZh?.('他人')).toEqual(['他', '人']);
    expect(resources.isZhWord?.('他人')).toBe(false);
    expect(resources.isEnWord?.('the')).toBe(false);
    expect([...(resources.listEnWords?.() ?? ['x'])]).toEqual([]);
  });

  it('leaves out what the platform does not provide', () => {
    expect(createProofreadingResources({})).toEqual({});
  });

  it('wraps an Intl word segmenter as a one-word test', () => {
    const isWord = isOneSegment(new Intl.Segmenter('zh', { granularity: 'word' }));
    expect(isWord('人民')).toBe(true);
    expect(isWord('他入')).toBe(false);
    expect(isWord('')).toBe(false);
  });
});

describe('spellFromNspell', () => {
  const spell = nspell({ aff: Buffer.from(dictionary.aff), dic: Buffer.from(dictionary.dic) });
  const fast = spellFromNspell(spell);

  it('agrees with nspell on words, cases, contractions and ordinals', () => {
    const words = [
      'the',
      'The',
      'THE',
      'tHe',
      'democrats',
      'Illinois',
      'illinois',
      "don't",
      'don’t',
      '21st',
      '3d',
      'tlio',
      'rnodern',
      'U.S.',
      'kindlIness',
      ' the ',
    ];
    for (const word of words) expect(fast(word)).toBe(spell.correct(word));
  });

  it('falls back to nspell itself without its table of forms', () => {
    const check = spellFromNspell({ correct: (word) => word === 'ok' });
    expect([check('ok'), check('no')]).toEqual([true, false]);
    expect(wordsFromNspell({ correct: () => true })).toEqual([]);
    expect(wordsFromNspell(spell).length).toBeGreaterThan(50_000);
  });
});

import { describe, expect, it } from 'vitest';
import { chooseLookalike, hasAlienTrigrams, misreadCost, skeleton } from './english-misreads.ts';

describe('english misreads', () => {
  it('gives a misread word and the word meant one skeleton', () => {
    expect(skeleton('tlio')).toBe(skeleton('the'));
    expect(skeleton('rnodern')).toBe(skeleton('modern'));
    expect(skeleton('clecided')).toBe(skeleton('decided'));
    expect(skeleton('cat')).not.toBe(skeleton('dog'));
    expect(skeleton('a-b')).toBe('');
  });

  it('makes common confusions cheap and other edits dear', () => {
    expect(misreadCost('tlio', 'the')).toBeCloseTo(0.6);
    expect(misreadCost('rnodern', 'modern')).toBeCloseTo(0.3);
    expect(misreadCost('tlio', 'trio')).toBeCloseTo(1);
    expect(misreadCost('cat', 'dog')).toBe(3);
    expect(misreadCost('', 'ab')).toBe(2);
  });

  it('lets the words of the page tip the choice', () => {
    const candidates = [
      { word: 'filo', cost: 0.6 },
      { word: 'the', cost: 1.0 },
    ];
    expect(chooseLookalike(candidates, new Map())?.word).toBe('filo');
    expect(chooseLookalike(candidates, new Map([['the', 200]]))?.word).toBe('the');
    expect(chooseLookalike([{ word: 'tho', cost: 0.3 }], new Map())?.word).toBe('the');
    expect(chooseLookalike([{ word: 'far', cost: 0.9 }], new Map())).toBeNull();
  });

  it('spots letter groups no dictionary word has', () => {
    const trigrams = new Uint8Array(128 * 128 * 128);
    expect(hasAlienTrigrams('Nalhnniol', trigrams)).toBe(true);
    expect(hasAlienTrigrams('abc', trigrams)).toBe(false);
    expect(hasAlienTrigrams('Nalhnniol', null)).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import {
  segmentBatch,
  tokenAt,
  tokenBoundaries,
  ZhBigramCache,
  zhBigramCacheFor,
} from './segment-batch.ts';

/** A toy segmenter: longest match over a word list, other characters alone. */
function toySegmenter(words: readonly string[]): (text: string) => string[] {
  return (text) => {
    const out: string[] = [];
    let i = 0;
    while (i < text.length) {
      const word = [...words]
        .sort((a, b) => b.length - a.length)
        .find((entry) => text.startsWith(entry, i));
      const piece = word ?? text.charAt(i);
      out.push(piece);
      i += piece.length;
    }
    return out;
  };
}

describe('segmentBatch', () => {
  const segment = toySegmenter(['他人', '永远', '去年']);

  it('segments many windows in one call and splits them back', () => {
    let calls = 0;
    const counting = (text: string): string[] => {
      calls++;
      return segment(text);
    };
    expect(segmentBatch(['带给他人永远', '去年，铁路', ''], counting)).toEqual([
      ['带', '给', '他人', '永远'],
      ['去年', '，', '铁', '路'],
      [],
    ]);
    expect(calls).toBe(1);
  });

  it('keeps separator-like characters of a window in their place', () => {
    expect(segmentBatch(['A&B他人\n'], segment)).toEqual([['A', '&', 'B', '他人', '\n']]);
  });

  it('falls back to single characters when the segmenter misbehaves', () => {
    expect(segmentBatch(['他人', '去年'], () => ['x'])).toEqual([
      ['他', '人'],
      ['去', '年'],
    ]);
    expect(
      segmentBatch(['他人'], () => {
        throw new Error('broken');
      }),
    ).toEqual([['他', '人']]);
  });

  it('reads boundaries and the token at an offset', () => {
    expect(tokenBoundaries(['带', '他人'])).toEqual([0, 1, 3]);
    expect(tokenAt(['带', '他人'], 2)).toEqual([1, 3]);
    expect(tokenAt(['带'], 5)).toBeNull();
  });
});

describe('ZhBigramCache', () => {
  it('answers pairs from one batched call and remembers them', () => {
    let calls = 0;
    const segment = toySegmenter(['他人', '去年']);
    const cache = new ZhBigramCache((text) => {
      calls++;
      return segment(text);
    });
    const key = (pair: string): number => ZhBigramCache.key(pair.charCodeAt(0), pair.charCodeAt(1));
    cache.prefetch([key('他人'), key('他入'), key('去年')]);
    expect([
      cache.isWord(key('他人')),
      cache.isWord(key('他入')),
      cache.isWord(key('去年')),
    ]).toEqual([true, false, true]);
    expect(calls).toBe(1);
    expect(cache.isWord(key('去手'))).toBe(false);
    expect(calls).toBe(2);
  });

  it('shares one cache per segmenter', () => {
    const segment = toySegmenter([]);
    expect(zhBigramCacheFor(segment)).toBe(zhBigramCacheFor(segment));
  });
});

import { describe, expect, it } from 'vitest';
import { loadProofreadingResources } from './load-proofreading-resources.ts';

describe('loadProofreadingResources', () => {
  it('loads jieba and nspell once and answers from both', async () => {
    const first = loadProofreadingResources();
    expect(loadProofreadingResources()).toBe(first);
    const resources = await first;
    expect(resources.isZhWord?.('他人')).toBe(true);
    expect(resources.isZhWord?.('他入')).toBe(false);
    expect(resources.segmentZh?.('带给他人永远')).toEqual(['带给', '他人', '永远']);
    expect(resources.isEnWord?.('modern')).toBe(true);
    expect(resources.isEnWord?.('rnodern')).toBe(false);
    expect([...(resources.listEnWords?.() ?? [])].length).toBeGreaterThan(50_000);
  });
});

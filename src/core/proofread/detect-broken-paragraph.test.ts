import { describe, expect, it } from 'vitest';
import { detectBrokenParagraph } from './detect-broken-paragraph.ts';
import { buildProofreadLines } from './proofread-line.ts';

describe('detectBrokenParagraph', () => {
  const lines = buildProofreadLines(['严格落实联防联控；严', '', '查工地违法违规。'], []);

  it('hints at the last character of the line the paragraph may continue from', () => {
    const flags = detectBrokenParagraph(lines, [{ fromLine: 1, toLine: 3, confidence: 0.55 }]);
    expect(flags).toEqual([
      expect.objectContaining({
        line: 1,
        column: 9,
        length: 1,
        text: '严',
        type: 'broken-paragraph',
        suggestion: null,
      }),
    ]);
    expect(flags[0]?.confidence).toBeLessThanOrEqual(0.5);
  });

  it('ignores joins on lines it does not proofread and bad confidences', () => {
    expect(detectBrokenParagraph(lines, [{ fromLine: 2, toLine: 3, confidence: 0.5 }])).toEqual([]);
    expect(detectBrokenParagraph(lines, [{ fromLine: 9, toLine: 10, confidence: 0.5 }])).toEqual(
      [],
    );
    expect(detectBrokenParagraph(lines, [{ fromLine: 1, toLine: 3, confidence: NaN }])).toEqual([]);
  });

  it('keeps a surrogate pair whole', () => {
    const flags = detectBrokenParagraph(buildProofreadLines(['句末𠀀'], []), [
      { fromLine: 1, toLine: 2, confidence: 0.2 },
    ]);
    expect(flags[0]?.text).toBe('𠀀');
  });
});

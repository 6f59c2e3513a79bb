import dictionary from 'dictionary-en';
import nspell from 'nspell';
import { describe, expect, it } from 'vitest';
import type { Item } from '../analysis-types.ts';
import { detectHyphenation } from './detect-hyphenation.ts';
import { buildProofreadLines } from './proofread-line.ts';
import { createProofreadingResources, spellFromNspell } from './proofreading-resources.ts';
import { buildTestItem } from '../testing/build-test-item.ts';

const spell = nspell({ aff: Buffer.from(dictionary.aff), dic: Buffer.from(dictionary.dic) });
const resources = createProofreadingResources({ spellEn: spellFromNspell(spell) });

function paragraphItem(lines: number[], text: string): Item {
  const roles = Object.fromEntries(lines.map((line) => [line, 'body' as const]));
  return buildTestItem(lines, { paragraphs: [{ lines, text }], roles });
}

describe('detectHyphenation', () => {
  it('flags a line-end hyphen a reflow left inside the line', () => {
    const flags = detectHyphenation(
      buildProofreadLines(['cowards or the demo- crats of'], []),
      resources,
      'en',
    );
    expect(flags.map((flag) => [flag.column, flag.text, flag.suggestion])).toEqual([
      [15, 'demo- crats', 'democrats'],
    ]);
  });

  it('leaves compounds and suspended hyphens alone', () => {
    const lines = [
      'a bran-new school, pre- and post-war years, four-powered treaty',
      'self- government',
    ];
    expect(detectHyphenation(buildProofreadLines(lines, []), resources, 'en')).toEqual([]);
  });

  it('flags a line-end hyphen the paragraph text still carries', () => {
    const source = ['the demo-', 'crats of Illinois'];
    const kept = detectHyphenation(
      buildProofreadLines(source, [paragraphItem([1, 2], 'the demo- crats of Illinois')]),
      resources,
      'en',
    );
    expect(kept.map((flag) => [flag.line, flag.column, flag.text, flag.suggestion])).toEqual([
      [1, 8, '-', ''],
    ]);
    const joined = detectHyphenation(
      buildProofreadLines(source, [paragraphItem([1, 2], 'the democrats of Illinois')]),
      resources,
      'en',
    );
    expect(joined).toEqual([]);
    expect(detectHyphenation(buildProofreadLines(source, []), resources, 'en')).toEqual([]);
  });

  it('stays silent without a dictionary and in Chinese', () => {
    const lines = buildProofreadLines(['the demo- crats'], []);
    expect(detectHyphenation(lines, {}, 'en')).toEqual([]);
    expect(detectHyphenation(lines, resources, 'zh')).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { isOneEditApart, repairEnglishHeadline } from './repair-english-headline.ts';

const words = new Set([
  'of',
  'off',
  'friends',
  'belief',
  'the',
  'bottom',
  'sent',
  'to',
  'was',
  'a',
  'job',
  'prison',
  'get',
  'mover',
]);
const isEnWord = (word: string) => words.has(word.toLowerCase());

describe('isOneEditApart', () => {
  it('accepts one insertion, deletion, substitution or swap', () => {
    expect(isOneEditApart('olf', 'of')).toBe(true);
    expect(isOneEditApart('bttom', 'bottom')).toBe(true);
    expect(isOneEditApart('aci', 'act')).toBe(true);
    expect(isOneEditApart('teh', 'the')).toBe(true);
    expect(isOneEditApart('wor', 'work')).toBe(true);
    expect(isOneEditApart('woril', 'work')).toBe(false);
    expect(isOneEditApart('same', 'same')).toBe(false);
  });
});

describe('repairEnglishHeadline', () => {
  it('replaces a misread word by the article word one edit away, in the headline’s case', () => {
    const body =
      'Friends of the warden say he will get a prison job. The belief of many is that the of';
    expect(
      repairEnglishHeadline('MOYER TO GET PRISON JOB, BELIEF Olf FRIENDS', body, isEnWord),
    ).toEqual({
      headline: 'MOYER TO GET PRISON JOB, BELIEF OF FRIENDS',
      changes: [{ from: 'Olf', to: 'OF' }],
    });
  });

  it('leaves names alone when the body prints them the same way', () => {
    expect(repairEnglishHeadline('MOYER TO GO', 'Moyer was a mover of men.', isEnWord)).toBeNull();
  });

  it('does nothing when two candidates are as likely', () => {
    expect(repairEnglishHeadline('Olf', 'of off', isEnWord)).toBeNull();
  });

  it('does nothing without a candidate in the article', () => {
    expect(repairEnglishHeadline('SENT TO BTTOM', 'It was sent to sea.', isEnWord)).toBeNull();
  });
});

import dictionary from 'dictionary-en';
import nspell from 'nspell';
import { describe, expect, it } from 'vitest';
import { detectEnglishLookalike } from './detect-english-lookalike.ts';
import { buildProofreadLines } from './proofread-line.ts';
import {
  createProofreadingResources,
  spellFromNspell,
  wordsFromNspell,
} from './proofreading-resources.ts';

const spell = nspell({ aff: Buffer.from(dictionary.aff), dic: Buffer.from(dictionary.dic) });
const resources = createProofreadingResources({
  spellEn: spellFromNspell(spell),
  listEnWords: () => wordsFromNspell(spell),
});

function detect(lines: string[], using = resources): string[] {
  return detectEnglishLookalike(buildProofreadLines(lines, []), using, 'en').map(
    (flag) => `${flag.line}:${flag.column} ${flag.text}→${flag.suggestion ?? 'null'}`,
  );
}

describe('detectEnglishLookalike', () => {
  const cases: [string, string[], string[]][] = [
    ['rn read for m', ['the rnodern school'], ['1:4 rnodern→modern']],
    ['li read for h, o for e', ['one of tlio best, the most'], ['1:7 tlio→the']],
    ['cl read for d', ['he clecided to go'], ['1:3 clecided→decided']],
    ['tb read for th', ['into tbe house'], ['1:5 tbe→the']],
    [
      'a digit read for a letter',
      ['the c0unty 1earned of it'],
      ['1:4 c0unty→county', '1:11 1earned→learned'],
    ],
    ['a letter read for a digit', ['in l871 the party'], ['1:3 l871→1871']],
    ['a common real-word misread', ['tho democrats said ho would'], ['1:0 tho→the', '1:19 ho→he']],
    ['a capital I in mid-sentence', ['shared In common by all'], ['1:7 In→in']],
    [
      'a capital inside a word',
      ['a kindlIness and a plaIn word'],
      ['1:2 kindlIness→kindliness', '1:19 plaIn→plain'],
    ],
    [
      'garbled words without a suggestion',
      ['the hIiouIJ and iiiiHi!iluienls here'],
      ['1:4 hIiouIJ→null', '1:16 iiiiHi!iluienls→null'],
    ],
    ['a stray apostrophe', ["I'liis it Saturday"], ["1:0 I'liis→null"]],
    [
      'correct words, names, contractions and numbers',
      ["Mr. Moyer's men don't go to Occoquan at 4:30 on the 21st of June, 1921."],
      [],
    ],
    ['initials and abbreviations', ['W. H. Moyer of the U.S. Navy, A.M., arrived at 5 p.m.'], []],
    [
      'a word split by a lost line-end hyphen',
      ['would admit that the dem', 'ocrats of Illinois'],
      [],
    ],
    ['a word split inside the line', ['to recover dou ble damages'], []],
    ['a tail opening the line', ['dition the house'], []],
    ['capitalised names', ['Whittaker, Stinnes and Shawmut met Geddes.'], []],
    ['sentence-initial capitals', ['It was late. In the end. If not now, when?'], []],
  ];
  it.each(cases)('%s', (_name, lines, expected) => {
    expect(detect(lines)).toEqual(expected);
  });

  it('prefers the reading the page itself uses', () => {
    const page = [...Array.from({ length: 40 }, () => 'the house'), 'and flio house'];
    expect(detect(page).filter((flag) => flag.startsWith('41:'))).toEqual(['41:4 flio→the']);
  });

  it('falls back to single swaps without a word list, and stays silent without a dictionary', () => {
    const bare = createProofreadingResources({ spellEn: spellFromNspell(spell) });
    expect(detect(['the rnodern school'], bare)).toEqual(['1:4 rnodern→modern']);
    expect(detect(['the rnodern school'], {})).toEqual([]);
    expect(detectEnglishLookalike(buildProofreadLines(['rnodern'], []), resources, 'zh')).toEqual(
      [],
    );
  });
});

import { expect, test } from '@playwright/test';
import {
  buildScorecard,
  countRecordedViolations,
  describeScorecardGaps,
  formatScorecard,
} from './build-scorecard.ts';
import type { ScoredTest } from './build-scorecard.ts';

// Plain Node tests of the scorecard's counting: no browser is started.

const scored = (tags: string[], passed: boolean, cspViolations = 0): ScoredTest => ({
  title: `${tags.join(' ')} ${passed ? 'passing' : 'failing'}`,
  tags,
  passed,
  cspViolations,
});

test.describe('the scorecard', () => {
  test('counts passes over tagged tests, and sums recorded violations', () => {
    const card = buildScorecard([
      scored(['@fault'], true),
      scored(['@fault'], false),
      scored(['@fault', '@slow'], true),
      scored(['@input'], true, 2),
      scored(['@paste'], true),
      scored([], true, 1),
    ]);
    expect(formatScorecard(card)).toBe(
      'Scorecard: 2/3 faults, 1/1 inputs, 1/1 paste, 0/0 export, 3 CSP violations',
    );
    expect(card.violatingTests).toEqual(['@input passing', ' passing']);
  });

  test('warns about categories with fewer tests than the issue lists, and about violations', () => {
    const tests = [
      ...Array.from({ length: 14 }, () => scored(['@fault'], true)),
      ...Array.from({ length: 13 }, () => scored(['@input'], true)),
      ...Array.from({ length: 9 }, () => scored(['@paste'], true)),
      ...Array.from({ length: 7 }, () => scored(['@export'], true)),
    ];
    const card = buildScorecard(tests);
    expect(formatScorecard(card)).toBe(
      'Scorecard: 14/14 faults, 13/13 inputs, 9/9 paste, 7/7 export, 0 CSP violations',
    );
    expect(describeScorecardGaps(card)).toEqual([
      'Scorecard warning: 7 @export tests ran; issue 6 lists 9 export.',
    ]);
    expect(describeScorecardGaps(buildScorecard([...tests, scored(['@export'], true, 1)]))).toEqual(
      [
        'Scorecard warning: 8 @export tests ran; issue 6 lists 9 export.',
        'Scorecard warning: CSP violations recorded in “@export passing”.',
      ],
    );
  });

  test('reads an attachment as an array of violations; anything else counts as one', () => {
    expect(countRecordedViolations('[]')).toBe(0);
    expect(countRecordedViolations('[{"directive":"script-src-elem"},{}]')).toBe(2);
    expect(countRecordedViolations('{"directive":"script-src-elem"}')).toBe(1);
    expect(countRecordedViolations('not json')).toBe(1);
  });
});

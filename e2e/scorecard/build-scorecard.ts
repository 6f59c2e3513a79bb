/**
 * The fault and bad-input scorecard: every number is counted from the tests that ran, never typed
 * in. A category's total is the number of tests carrying its tag; its score, how many of them
 * passed. CSP violations are summed from the attachments the tests record.
 */

/** Name of the JSON attachment (an array of recorded violations) that tests add for the scorecard. */
export const CSP_VIOLATIONS_ATTACHMENT = 'csp-violations';

/** A scored category: the Playwright tag its tests carry and how the scorecard line names it. */
export interface ScorecardCategory {
  /** Playwright tag, e.g. '@fault'. */
  tag: string;
  /** The word after the fraction on the scorecard line. */
  label: string;
  /** How many cases issue 6 lists for it: used only to warn about missing tests, never as a score. */
  listed: number;
}

/** The four categories of issue 6, in the order of the scorecard line. */
export const SCORECARD_CATEGORIES: readonly ScorecardCategory[] = [
  { tag: '@fault', label: 'faults', listed: 14 },
  { tag: '@input', label: 'inputs', listed: 13 },
  { tag: '@paste', label: 'paste', listed: 9 },
  { tag: '@export', label: 'export', listed: 9 },
];

/** What the scorecard needs to know of one test. */
export interface ScoredTest {
  /** Its title path, for warnings. */
  title: string;
  /** Its tags, inherited ones included. */
  tags: readonly string[];
  /** True when its final attempt passed and it was expected to pass. */
  passed: boolean;
  /** Violations recorded by all its attempts. */
  cspViolations: number;
}

/** One category's count. */
export interface CategoryScore extends ScorecardCategory {
  /** Tests of the category that passed. */
  passed: number;
  /** Tests carrying the category's tag. */
  total: number;
}

/** The counted scorecard. */
export interface Scorecard {
  /** Each category, in {@link SCORECARD_CATEGORIES} order. */
  categories: CategoryScore[];
  /** CSP violations recorded by every test of the run. */
  cspViolations: number;
  /** Tests that recorded violations, for the warning lines. */
  violatingTests: string[];
}

/** Counts the scorecard of a run. */
export function buildScorecard(
  tests: readonly ScoredTest[],
  categories: readonly ScorecardCategory[] = SCORECARD_CATEGORIES,
): Scorecard {
  return {
    categories: categories.map((category) => {
      const tagged = tests.filter((test) => test.tags.includes(category.tag));
      return {
        ...category,
        passed: tagged.filter((test) => test.passed).length,
        total: tagged.length,
      };
    }),
    cspViolations: tests.reduce((sum, test) => sum + test.cspViolations, 0),
    violatingTests: tests.filter((test) => test.cspViolations > 0).map((test) => test.title),
  };
}

/** The scorecard line: `Scorecard: 14/14 faults, 13/13 inputs, 9/9 paste, 9/9 export, 0 CSP violations`. */
export function formatScorecard(card: Scorecard): string {
  const parts = card.categories.map(
    (category) => `${category.passed}/${category.total} ${category.label}`,
  );
  const violations = `${card.cspViolations} CSP violation${card.cspViolations === 1 ? '' : 's'}`;
  return `Scorecard: ${[...parts, violations].join(', ')}`;
}

/** Warnings to print above the line: categories with fewer tests than the issue lists, violating tests. */
export function describeScorecardGaps(card: Scorecard): string[] {
  const gaps = card.categories
    .filter((category) => category.total < category.listed)
    .map(
      (category) =>
        `Scorecard warning: ${category.total} ${category.tag} test${category.total === 1 ? '' : 's'} ran; issue 6 lists ${category.listed} ${category.label}.`,
    );
  const violations = card.violatingTests.map(
    (title) => `Scorecard warning: CSP violations recorded in “${title}”.`,
  );
  return [...gaps, ...violations];
}

/**
 * How many violations one attachment body records (a JSON array); a body that is not one counts
 * as one violation, so a broken recorder cannot hide violations.
 */
export function countRecordedViolations(body: string): number {
  try {
    const parsed: unknown = JSON.parse(body);
    return Array.isArray(parsed) ? parsed.length : 1;
  } catch {
    return 1;
  }
}

import { readFileSync } from 'node:fs';
import type { FullConfig, Reporter, Suite, TestCase, TestResult } from '@playwright/test/reporter';
import {
  CSP_VIOLATIONS_ATTACHMENT,
  buildScorecard,
  countRecordedViolations,
  describeScorecardGaps,
  formatScorecard,
} from './build-scorecard.ts';
import type { ScoredTest } from './build-scorecard.ts';

function violationsIn(result: TestResult): number {
  let count = 0;
  for (const attachment of result.attachments) {
    if (attachment.name !== CSP_VIOLATIONS_ATTACHMENT) continue;
    const body =
      attachment.body?.toString('utf8') ??
      (attachment.path === undefined ? '' : readFileSync(attachment.path, 'utf8'));
    count += countRecordedViolations(body);
  }
  return count;
}

function toScoredTest(test: TestCase): ScoredTest {
  const outcome = test.outcome();
  return {
    title: test.titlePath().filter(Boolean).join(' › '),
    tags: test.tags,
    // Flaky means it passed on a retry; a test marked to fail does not count as a pass.
    passed: test.expectedStatus === 'passed' && (outcome === 'expected' || outcome === 'flaky'),
    cspViolations: test.results.reduce((sum, result) => sum + violationsIn(result), 0),
  };
}

/**
 * Prints the scorecard of issue 6 after the run, counted from the tests' tags, results and
 * recorded CSP violations. Runs next to the `list` reporter.
 */
export default class ScorecardReporter implements Reporter {
  private root: Suite | undefined;

  onBegin(_config: FullConfig, suite: Suite): void {
    this.root = suite;
  }

  onEnd(): void {
    if (!this.root) return;
    const card = buildScorecard(this.root.allTests().map(toScoredTest));
    for (const warning of describeScorecardGaps(card)) console.log(warning);
    console.log(formatScorecard(card));
  }

  printsToStdio(): boolean {
    // The list reporter owns the terminal; this one adds its lines at the end.
    return false;
  }
}

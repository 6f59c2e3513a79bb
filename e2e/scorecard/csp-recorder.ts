import { test as base } from '@playwright/test';
import type { BrowserContext, TestInfo } from '@playwright/test';
import { CSP_VIOLATIONS_ATTACHMENT } from './build-scorecard.ts';

/** A `securitypolicyviolation` event, as the page reported it. */
export interface RecordedViolation {
  /** The directive that blocked something, e.g. 'script-src-elem' or 'require-trusted-types-for'. */
  directive: string;
  /** What was blocked ('inline', 'eval', 'trusted-types-sink', or a URL). */
  blockedURI: string;
  /** The script that tried, when known. */
  sourceFile: string;
  /** Its line. */
  line: number;
  /** The first characters of the blocked code, when the policy reports them. */
  sample: string;
  /** The page it happened on. */
  documentURI: string;
  /** 'enforce' or 'report'. */
  disposition: string;
}

const BINDING = '__galleyRecordCspViolation';

/**
 * Records every `securitypolicyviolation` event of every page and frame of the context, across
 * navigations, into the returned array (which fills as they happen). The listener is installed
 * by an init script and reports through a binding; neither is subject to the page's policy.
 */
export async function recordCspViolations(context: BrowserContext): Promise<RecordedViolation[]> {
  const violations: RecordedViolation[] = [];
  await context.exposeBinding(BINDING, (_source, violation: RecordedViolation) => {
    violations.push(violation);
  });
  await context.addInitScript((binding) => {
    document.addEventListener(
      'securitypolicyviolation',
      (event) => {
        const report = (window as unknown as Record<string, unknown>)[binding] as
          ((violation: unknown) => void) | undefined;
        if (typeof report !== 'function') return;
        report({
          directive: event.effectiveDirective,
          blockedURI: event.blockedURI,
          sourceFile: event.sourceFile,
          line: event.lineNumber,
          sample: event.sample,
          documentURI: event.documentURI,
          disposition: event.disposition,
        });
      },
      true,
    );
  }, BINDING);
  return violations;
}

/** Attaches violations to the test for the scorecard (for contexts a test made itself). */
export async function attachCspViolations(
  testInfo: TestInfo,
  violations: readonly RecordedViolation[],
): Promise<void> {
  await testInfo.attach(CSP_VIOLATIONS_ATTACHMENT, {
    body: JSON.stringify(violations, null, 2),
    contentType: 'application/json',
  });
}

/**
 * Playwright's `test` with every test's CSP violations recorded and attached for the scorecard
 * (attachment {@link CSP_VIOLATIONS_ATTACHMENT}), pass or fail. Tests read them as `cspViolations`.
 */
export const test = base.extend<{ cspViolations: RecordedViolation[] }>({
  cspViolations: [
    async ({ context }, use, testInfo) => {
      const violations = await recordCspViolations(context);
      await use(violations);
      await attachCspViolations(testInfo, violations);
    },
    { auto: true },
  ],
});

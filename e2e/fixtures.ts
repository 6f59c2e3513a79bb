import { test as recording } from './scorecard/csp-recorder.ts';

/**
 * Playwright's `test`, the base every screen's page objects extend (`e2e/pages/<screen>.ts`
 * registers its own through `test.extend`). Every test's CSP violations are recorded for the
 * scorecard.
 */
export const test = recording;

export { expect } from '@playwright/test';

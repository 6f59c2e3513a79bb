import { test as base } from '@playwright/test';

/**
 * Playwright's `test`, the base every screen's page objects extend (`e2e/pages/<screen>.ts`
 * registers its own through `test.extend`).
 */
export const test = base;

export { expect } from '@playwright/test';

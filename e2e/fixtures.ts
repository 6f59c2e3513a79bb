import { test as base } from '@playwright/test';
import { AnalysisPage } from './pages/analysis-page.ts';

/** Page objects every spec can ask for by name. */
interface GalleyFixtures {
  /** The sample analysis page, not yet opened. */
  analysisPage: AnalysisPage;
}

/** Playwright's `test` with Galley's page objects. */
export const test = base.extend<GalleyFixtures>({
  analysisPage: async ({ page }, use) => {
    await use(new AnalysisPage(page));
  },
});

export { expect } from '@playwright/test';

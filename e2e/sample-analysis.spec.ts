import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures.ts';

test.describe('the built-in sample issue', () => {
  test('is analysed in the worker and summarised', async ({ analysisPage, page }, testInfo) => {
    await analysisPage.open();
    await analysisPage.waitForAnalysis();

    await expect(analysisPage.error).toHaveCount(0);
    await expect(page.getByRole('heading', { level: 1, name: /Taiyuan Daily/ })).toBeVisible();
    await expect(analysisPage.figure('Language')).toHaveText('Chinese (zh)');
    await expect(analysisPage.figure('Encoding')).toHaveText('UTF-8');
    await expect(analysisPage.figure('Pages')).toHaveText(/^\d+$/);
    await expect(analysisPage.figure('Items')).toHaveText(/^\d+$/);
    await expect(analysisPage.figure('Flags')).toHaveText(/^\d+$/);

    await page.screenshot({ path: testInfo.outputPath('sample-analysis.png'), fullPage: true });
  });

  test('lists its nine items with their headlines', async ({ analysisPage }) => {
    await analysisPage.open();
    await analysisPage.waitForAnalysis();

    await expect(analysisPage.items).toBeVisible();
    await expect(analysisPage.cardWithHeadline('市委常委会召开会议')).toBeVisible();
    await expect(analysisPage.storyCards()).toHaveCount(9);
    await expect(analysisPage.cardsOfKind('Article')).toHaveCount(6);
    await expect(analysisPage.cardsOfKind('Teaser')).toHaveCount(2);
    await expect(analysisPage.cardsOfKind('Photo')).toHaveCount(1);
    await expect(analysisPage.figure('Items')).toHaveText('9');
  });

  test('has no serious or critical accessibility violations', async ({ analysisPage, page }) => {
    await analysisPage.open();
    await analysisPage.waitForAnalysis();

    const results = await new AxeBuilder({ page }).analyze();
    const blocking = results.violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map((violation) => ({
        rule: violation.id,
        impact: violation.impact,
        targets: violation.nodes.map((node) => node.target.join(' ')),
      }));
    expect(blocking).toEqual([]);
  });

  test('says clearly when the sample cannot be loaded', async ({ analysisPage, page }) => {
    await page.route('**/samples/*.txt', (route) => route.fulfill({ status: 404, body: '' }));
    await analysisPage.open();
    await analysisPage.waitForAnalysis();

    await expect(analysisPage.error).toContainText('could not be loaded (HTTP 404)');
    await expect(page.getByRole('button', { name: 'Try again' })).toBeEnabled();
  });
});

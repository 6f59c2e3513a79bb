import { expect, test } from './pages/section-review.ts';
import { expectNoSeriousViolations } from './accessibility.ts';

/** The sample issue's page 1 in page order: headlines, the photo by its caption. */
const PAGE_ONE = [
  '市委常委会召开会议',
  '韦韬带队走访省直有关部门并举行工作会谈',
  '退役军人招聘会 千余岗位等你来',
  '“山西这十年” 系列主题新闻发布会 举行省发展改革委专场',
  '加快汾河流域生态保护和高质量发展倡议书',
  /^9月20日，清徐县徐沟镇清德铺村/,
  '彰显道德力量 奏响文明乐章',
  '中德共话循环经济',
  '市安全生产专班 加速完成全年任务',
];

test.describe('the section review', () => {
  test('shows the nine items of page 1 as cards in page order', async ({ sectionReview }) => {
    await sectionReview.openFromLibrary();

    const cards = sectionReview.cardsOnPage(1);
    await expect(cards).toHaveCount(9);
    await expect(cards.getByRole('heading', { level: 3 })).toHaveText(PAGE_ONE);
    await expect(cards.filter({ hasText: 'Teaser' })).toHaveCount(2);

    const first = sectionReview.card('市委常委会召开会议');
    await expect(first).toContainText('殷雪鸢');
    await expect(first.getByRole('definition').first()).toHaveText(/^\d[\d,]*$/);
    await expect(first.getByRole('link', { name: 'Edit “市委常委会召开会议”' })).toHaveAttribute(
      'href',
      /#\/issues\/.+\/articles\/.+/,
    );

    // Furniture is hidden until asked for.
    await sectionReview.furnitureToggle().check();
    await expect(cards).toHaveCount(10);
  });

  test('says that both teasers point to pages not in this issue', async ({ sectionReview }) => {
    await sectionReview.openFromLibrary();

    await expect(
      sectionReview.card('“山西这十年” 系列主题新闻发布会 举行省发展改革委专场'),
    ).toContainText('Page 3 is not in this issue');
    await expect(sectionReview.card('加快汾河流域生态保护和高质量发展倡议书')).toContainText(
      'Page 2 is not in this issue',
    );
  });

  test('filters by status with the buttons and the number keys', async ({
    sectionReview,
    page,
  }) => {
    await sectionReview.openFromLibrary();
    const cards = sectionReview.cardsOnPage(1);

    await sectionReview.statusFilter('Approved').click();
    await expect(sectionReview.statusFilter('Approved')).toHaveAttribute('aria-pressed', 'true');
    await expect(cards).toHaveCount(0);
    await expect(sectionReview.pageSection(1)).toContainText('Nothing on this page matches');

    await page.keyboard.press('1');
    await expect(cards).toHaveCount(9);

    const detected = await sectionReview.status(cards).filter({ hasText: 'Detected' }).count();
    await page.keyboard.press('2');
    await expect(cards).toHaveCount(detected);
    await expect(sectionReview.statusFilter('Detected')).toHaveAttribute('aria-pressed', 'true');
  });

  test('approves a card, by button and by key, and keeps it after a reload', async ({
    sectionReview,
    page,
  }) => {
    await sectionReview.openFromLibrary();
    const first = sectionReview.card('市委常委会召开会议');
    const second = sectionReview.card('韦韬带队走访省直有关部门并举行工作会谈');

    await sectionReview.approveButton(first).click();
    await expect(sectionReview.status(first)).toHaveText('Approved');
    await expect(
      page.getByRole('status').filter({ hasText: 'Approved “市委常委会召开会议”' }),
    ).toBeVisible();

    // j moves to the next card, a approves it.
    await first.focus();
    await page.keyboard.press('j');
    await expect(second).toBeFocused();
    await page.keyboard.press('a');
    await expect(sectionReview.status(second)).toHaveText('Approved');

    await page.reload();
    await expect(sectionReview.status(sectionReview.card('市委常委会召开会议'))).toHaveText(
      'Approved',
    );
    await expect(
      sectionReview.status(sectionReview.card('韦韬带队走访省直有关部门并举行工作会谈')),
    ).toHaveText('Approved');
    await sectionReview.statusFilter('Approved').click();
    await expect(sectionReview.cardsOnPage(1)).toHaveCount(2);
  });

  test('moves between cards with j and k and opens the editor with Enter', async ({
    sectionReview,
    page,
  }) => {
    await sectionReview.openFromLibrary();

    await page.keyboard.press('j');
    await expect(sectionReview.card('市委常委会召开会议')).toBeFocused();
    await page.keyboard.press('j');
    await page.keyboard.press('j');
    await page.keyboard.press('k');
    await expect(sectionReview.card('韦韬带队走访省直有关部门并举行工作会谈')).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#\/issues\/.+\/articles\/.+/);
  });

  test('prints the pages without the desk around them', async ({
    sectionReview,
    page,
  }, testInfo) => {
    await sectionReview.openFromLibrary();
    await expect(sectionReview.masthead).toBeVisible();
    await expect(sectionReview.printButton).toBeVisible();

    await page.emulateMedia({ media: 'print' });
    await expect(sectionReview.masthead).toBeHidden();
    await expect(sectionReview.printButton).toBeHidden();
    await expect(sectionReview.toolbar).toBeHidden();
    await expect(
      sectionReview.card('市委常委会召开会议').getByRole('link', { name: /^Edit/ }),
    ).toBeHidden();
    await expect(sectionReview.cardsOnPage(1)).toHaveCount(9);
    await expect(sectionReview.heading).toBeVisible();
    const colours = await sectionReview
      .cardsOnPage(1)
      .first()
      .evaluate((card) => {
        const style = getComputedStyle(card);
        return { color: style.color, background: style.backgroundColor };
      });
    expect(colours).toEqual({ color: 'rgb(0, 0, 0)', background: 'rgb(255, 255, 255)' });
    await page.screenshot({
      path: testInfo.outputPath('section-review-print.png'),
      fullPage: true,
    });

    await page.emulateMedia({ media: 'screen' });
    await expect(sectionReview.masthead).toBeVisible();
  });

  test('speaks Chinese when the desk does', async ({ sectionReview, page }) => {
    await sectionReview.openFromLibrary();
    await page.getByRole('button', { name: '中文' }).click();

    await expect(page.getByRole('region', { name: /^第1版/ })).toBeVisible();
    await expect(sectionReview.card('加快汾河流域生态保护和高质量发展倡议书')).toContainText(
      '第2版不在本期中',
    );
    await expect(page.getByRole('button', { name: /^打印/ })).toBeVisible();
  });

  test('has no serious or critical accessibility violations', async ({ sectionReview, page }) => {
    await sectionReview.openFromLibrary();
    await sectionReview.furnitureToggle().check();

    await expectNoSeriousViolations(page);
  });

  test('looks like a page plan', async ({ sectionReview, page }, testInfo) => {
    await page.setViewportSize({ width: 1360, height: 1000 });
    await sectionReview.openFromLibrary();
    await sectionReview.approveButton(sectionReview.card('中德共话循环经济')).click();
    await sectionReview.card('韦韬带队走访省直有关部门并举行工作会谈').focus();
    await page.evaluate(() => {
      window.scrollTo(0, 0);
    });
    await page.screenshot({ path: testInfo.outputPath('section-review.png'), fullPage: true });

    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: testInfo.outputPath('section-review-dark.png'), fullPage: true });
  });
});

import { fileURLToPath } from 'node:url';
import { expect, test } from './pages/import-library.ts';
import { SAMPLE_TITLE } from './pages/library.ts';
import { expectNoSeriousViolations } from './accessibility.ts';

/**
 * A front page in GB18030, as many Chinese newsroom systems still export it: two articles under
 * a page header that names the paper and the date. Made with
 * `python3 -c "open(path, 'wb').write(text.encode('gb18030'))"`; it is not valid UTF-8.
 */
const GB18030_PAGE = fileURLToPath(
  new URL('./fixtures/jinyang-evening-2023-10-09.gb18030.txt', import.meta.url),
);
const GB18030_TITLE = '晋阳晚报 · 2023-10-09';

/** The smallest valid PNG: one transparent pixel. */
const TINY_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);

/** A short page of text with its own header, as a copy editor might paste it. */
const PASTED_PAGE = [
  '晋阳晚报 2023年10月10日 星期二',
  '',
  '迎泽大街夜间施工公告',
  '',
  '本报讯（记者 赵 强）为加快迎泽大街地下管廊建设，10月12日至10月20日每晚22时至次日6时，迎泽大街部分路段将封闭施工，请过往车辆提前绕行。',
  '',
  '施工期间，公交车将临时改道，具体线路可在公交集团网站查询。',
].join('\n');
const PASTED_TITLE = '晋阳晚报 · 2023-10-10';

test.describe('the issue library', () => {
  test('shows the sample issue on first start, with its nine items', async ({
    library,
    page,
  }, testInfo) => {
    await library.open();
    await library.waitForIssues(1);

    await expect(library.heading).toHaveText('Library');
    await expect(library.rows).toHaveCount(1);
    const sample = library.row(SAMPLE_TITLE);
    await expect(library.cell(sample, 'date')).toHaveText('21 Sept 2022');
    await expect(library.cell(sample, 'pages')).toHaveText('1');
    await expect(library.cell(sample, 'articles')).toHaveText('6of 9 items');
    await expect(library.cell(sample, 'progress')).toContainText('0 of 9 approved');
    await expect(library.cell(sample, 'progress')).toContainText('Detected 9');
    await expect(library.cell(sample, 'language')).toHaveText('Chinese');

    // Loaded once: a reload does not add it again.
    await page.reload();
    await library.waitForIssues(1);
    await expect(library.rows).toHaveCount(1);

    await page.screenshot({ path: testInfo.outputPath('library.png'), fullPage: true });
  });

  test('opens an issue with the keyboard', async ({ library, page }) => {
    await library.open();
    await library.waitForIssues(1);

    await page.keyboard.press('j');
    await expect(library.titleLink(SAMPLE_TITLE)).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#\/issues\/[^/]+\/splits$/);
    await expect(page.getByRole('navigation', { name: 'This issue' })).toContainText('Splits');
  });

  test('renames an issue in place', async ({ library, page }) => {
    await library.open();
    await library.waitForIssues(1);

    await library.action(library.row(SAMPLE_TITLE), 'Rename').click();
    await library.renameField().fill('太原日报 · 晨版');
    await library.renameField().press('Escape');
    await expect(library.titleLink(SAMPLE_TITLE)).toBeFocused();

    await page.keyboard.press('F2');
    await library.renameField().fill('太原日报 · 晨版');
    await library.renameField().press('Enter');
    await expect(library.titleLink('太原日报 · 晨版')).toBeFocused();

    await page.reload();
    await library.waitForIssues(1);
    await expect(library.titleLink('太原日报 · 晨版')).toBeVisible();
  });

  test('deletes an issue after asking, and undoes the deletion', async ({ library, page }) => {
    await library.open();
    await library.waitForIssues(1);

    await library.action(library.row(SAMPLE_TITLE), 'Delete').click();
    await expect(library.confirmDialog).toBeVisible();
    await expect(library.confirmDialog).toHaveAccessibleName(`Delete “${SAMPLE_TITLE}”?`);
    await library.confirmDialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(library.confirmDialog).toBeHidden();
    await expect(library.rows).toHaveCount(1);

    // The Delete key asks too; Enter confirms.
    await library.titleLink(SAMPLE_TITLE).focus();
    await page.keyboard.press('Delete');
    await expect(library.confirmDialog).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(library.table).toBeHidden();
    await expect(page.getByRole('heading', { name: 'No issues yet' })).toBeVisible();
    await expect(library.notifications).toContainText(`Deleted “${SAMPLE_TITLE}”.`);

    await library.notifications.getByRole('button', { name: 'Undo' }).click();
    await library.waitForIssues(1);
    await expect(library.titleLink(SAMPLE_TITLE)).toBeVisible();

    // Restored in storage, not only on screen; and the sample is not loaded a second time.
    await page.reload();
    await library.waitForIssues(1);
    await expect(library.rows).toHaveCount(1);
  });
});

test.describe('importing an issue', () => {
  test('reads a GB18030 file, stores it and opens its split review', async ({
    library,
    importScreen,
    shell,
    page,
  }) => {
    await library.open();
    await library.waitForIssues(1);
    await shell.navLink('Import').click();
    await expect(importScreen.heading).toHaveText('Import an issue');

    await importScreen.chooseFile(GB18030_PAGE);
    await expect(page).toHaveURL(/#\/issues\/[^/]+\/splits$/);

    await shell.navLink('Library').click();
    await library.waitForIssues(2);
    const row = library.row(GB18030_TITLE);
    await expect(library.cell(row, 'articles')).toHaveText('2of 2 items');
    await expect(library.cell(row, 'language')).toHaveText('Chinese');
    await expect(library.cell(row, 'date')).toHaveText('9 Oct 2023');
  });

  test('refuses a PNG with a clear message and stores nothing', async ({
    library,
    importScreen,
  }) => {
    await library.open();
    await library.waitForIssues(1);
    await importScreen.open();

    await importScreen.chooseFile({
      name: 'front-page.png',
      mimeType: 'image/png',
      buffer: TINY_PNG,
    });
    await expect(importScreen.refusal).toBeVisible();
    await expect(importScreen.refusal).toContainText('“front-page.png” was not imported');
    await expect(importScreen.refusal).toContainText('This is a PNG image, not text.');
    await expect(importScreen.refusal).toContainText('Nothing was stored.');
    await expect(importScreen.refusal).toBeFocused();

    // The same refusal for a PNG dropped on the screen.
    await importScreen.refusal.getByRole('button', { name: 'Dismiss' }).click();
    await importScreen.dropFile('scan.png', 'image/png', TINY_PNG);
    await expect(importScreen.refusal).toContainText('“scan.png” was not imported');

    await library.open();
    await library.waitForIssues(1);
    await expect(library.rows).toHaveCount(1);
  });

  test('analyses pasted text, from the paste box or pasted anywhere', async ({
    library,
    importScreen,
    page,
  }) => {
    await library.open();
    await library.waitForIssues(1);
    await importScreen.open();

    await expect(importScreen.analyseButton).toBeDisabled();
    await importScreen.pasteBox.fill(PASTED_PAGE);
    await importScreen.analyseButton.click();
    await expect(page).toHaveURL(/#\/issues\/[^/]+\/splits$/);

    await importScreen.open();
    await importScreen.pasteOnPage(PASTED_PAGE.replace('迎泽大街', '并州路'));
    await expect(page).toHaveURL(/#\/issues\/[^/]+\/splits$/);

    await library.open();
    await library.waitForIssues(3);
    await expect(library.row(PASTED_TITLE)).toHaveCount(2);
    await expect(library.cell(library.row(PASTED_TITLE).first(), 'articles')).toHaveText(
      '1of 1 items',
    );
  });
});

test.describe('the desk shell', () => {
  test('switches the interface to Chinese and back, and remembers the choice', async ({
    library,
    shell,
    page,
  }) => {
    await library.open();
    await library.waitForIssues(1);
    await expect(shell.language('en')).toHaveAttribute('aria-pressed', 'true');

    await shell.language('zh').click();
    await expect(library.heading).toHaveText('稿库');
    await expect(shell.navLink('导入')).toBeVisible();
    await expect(library.cell(library.row(SAMPLE_TITLE), 'language')).toHaveText('中文');
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');

    await page.reload();
    await expect(library.heading).toHaveText('稿库');

    await shell.language('en').click();
    await expect(library.heading).toHaveText('Library');
    await expect(shell.navLink('Import')).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });

  test('shows the keyboard shortcuts with ?', async ({ library, shell, page }) => {
    await library.open();
    await library.waitForIssues(1);

    await page.keyboard.press('?');
    await expect(shell.shortcutOverlay).toBeVisible();
    await expect(shell.shortcutOverlay.getByRole('heading', { name: 'Library' })).toBeVisible();
    await expect(shell.shortcutOverlay).toContainText('Next issue');
    await expect(shell.shortcutOverlay).toContainText('Rename the issue');
    await expect(shell.shortcutOverlay.getByRole('heading', { name: 'Everywhere' })).toBeVisible();
    await expect(shell.shortcutOverlay).toContainText('Go to the library');
    // Keys pressed in the overlay do not reach the page behind it.
    await page.keyboard.press('j');
    await expect(library.titleLink(SAMPLE_TITLE)).not.toBeFocused();

    await page.keyboard.press('Escape');
    await expect(shell.shortcutOverlay).toBeHidden();

    await page.keyboard.press('ControlOrMeta+Shift+U');
    await expect(page).toHaveURL(/#\/import$/);
    await page.keyboard.press('ControlOrMeta+Shift+L');
    await expect(page).toHaveURL(/#\/$/);
  });

  test('says clearly when the browser will not open its storage', async ({ page }) => {
    await page.addInitScript(() => {
      IDBFactory.prototype.open = () => {
        throw new DOMException(
          'The user denied permission to access the database.',
          'UnknownError',
        );
      };
    });
    await page.goto('/');
    const alert = page.getByRole('alert');
    await expect(
      alert.getByRole('heading', { name: 'Galley cannot open its storage' }),
    ).toBeVisible();
    await expect(alert).toContainText('Nothing has been changed.');
    await expect(alert.getByRole('button', { name: 'Try again' })).toBeEnabled();
  });

  test('shows a screen for an address that leads nowhere', async ({ page }) => {
    await page.goto('/#/nowhere');
    await expect(page.getByRole('heading', { name: 'There is no such screen' })).toBeVisible();
    await page.getByRole('link', { name: 'Go to the library' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();
  });

  test('has no serious or critical accessibility violations on the library and import screens', async ({
    library,
    importScreen,
    page,
  }) => {
    await library.open();
    await library.waitForIssues(1);
    await expectNoSeriousViolations(page);

    await importScreen.open();
    await expectNoSeriousViolations(page);

    await importScreen.chooseFile({
      name: 'front-page.png',
      mimeType: 'image/png',
      buffer: TINY_PNG,
    });
    await expect(importScreen.refusal).toBeVisible();
    await expectNoSeriousViolations(page);
  });
});

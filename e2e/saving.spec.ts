import type { BrowserContext, CDPSession, Page } from '@playwright/test';
import { expectNoSeriousViolations } from './accessibility.ts';
import { ArticleEditorScreen, expect, test } from './pages/article-editor.ts';
import { ExportScreen } from './pages/export.ts';

/** The sample's article 2 starts on line 23; its second paragraph ends with this. */
const ARTICLE = 23;
const SECOND_PARAGRAPH_END = '广泛共识。';

/**
 * Holds the page's clock (installed before the page loaded): no timer fires until it is resumed,
 * so the autosave's delay never runs out. Every page of the context shares the clock.
 */
async function holdClock(page: Page): Promise<void> {
  const now = await page.evaluate(() => Date.now());
  await page.clock.pauseAt(now + 5_000);
}

/** The origin the desk is served from. */
function originOf(page: Page): string {
  return new URL(page.url()).origin;
}

/** The origin's quota while the desk starts: ample for it, small enough to use up at once. */
const STARTUP_QUOTA = 16 * 1024 * 1024;

/**
 * Lowers the origin's quota to what it uses now, and makes the browser hold to it at once.
 * Chromium hands out IndexedDB space from an allowance it checked with the quota manager up to
 * 30 s before; a write larger than that allowance (here to a scratch database, and refused) makes
 * it check again, so from then on every write meets the lowered quota.
 */
async function useUpStorage(page: Page, cdp: CDPSession, origin: string): Promise<void> {
  const { usage } = await cdp.send('Storage.getUsageAndQuota', { origin });
  await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: usage });
  const outcome = await page.evaluate(
    async (bytes) => {
      const opening = indexedDB.open('quota-scratch', 1);
      opening.onupgradeneeded = () => opening.result.createObjectStore('filler');
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        opening.onsuccess = () => {
          resolve(opening.result);
        };
        opening.onerror = () => {
          reject(opening.error ?? new Error('scratch database not opened'));
        };
      });
      const filler = new Uint8Array(bytes);
      for (let at = 0; at < bytes; at += 65_536) {
        crypto.getRandomValues(filler.subarray(at, Math.min(bytes, at + 65_536)));
      }
      const tx = db.transaction('filler', 'readwrite');
      tx.objectStore('filler').put(filler, 1);
      const result = await new Promise<string>((resolve) => {
        tx.oncomplete = () => {
          resolve('stored');
        };
        tx.onabort = () => {
          resolve(tx.error?.name ?? 'aborted');
        };
      });
      db.close();
      indexedDB.deleteDatabase('quota-scratch');
      return result;
    },
    STARTUP_QUOTA + 1024 * 1024,
  );
  expect(outcome).toBe('QuotaExceededError');
}

/** A CDP session on the page, kept open by the caller for as long as its overrides must hold. */
async function cdpSession(context: BrowserContext, page: Page) {
  return context.newCDPSession(page);
}

/**
 * `length` Chinese characters that do not repeat: the database compresses what it stores, so a
 * repeated phrase would hardly use any room.
 */
function unrepeatedText(length: number, seed: number): string {
  let state = seed;
  let text = '';
  for (let index = 0; index < length; index += 1) {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    text += String.fromCharCode(0x4e00 + (state % 20_000));
  }
  return text;
}

/**
 * Types `text` at the end of the second paragraph with the clock held, so nothing but the journal
 * can have kept it, and checks that it is on screen and unsaved.
 */
async function typeWithoutSaving(screen: ArticleEditorScreen, text: string): Promise<void> {
  await screen.caretAtEndOfBlock(1);
  await holdClock(screen.page);
  await screen.page.keyboard.type(text);
  await expect(screen.body).toContainText(`${SECOND_PARAGRAPH_END}${text}`);
  await expect(screen.saveStatus).toHaveText(/^Unsaved changes/);
}

/** After the page is back: the text is there, gets saved, and the journal lets go of it. */
async function expectKeptThenSaved(screen: ArticleEditorScreen, text: string): Promise<void> {
  await expect(screen.body).toContainText(`${SECOND_PARAGRAPH_END}${text}`);
  await screen.waitUntilSaved();
  await expect.poll(() => screen.journalEntry()).toBeNull();
  // Now from IndexedDB alone.
  await screen.page.reload();
  await expect(screen.body).toContainText(`${SECOND_PARAGRAPH_END}${text}`);
  await expect(screen.saveStatus).toHaveText(/^Saved/);
}

test.describe('nothing typed is lost', () => {
  test.beforeEach(async ({ page }) => {
    await page.clock.install();
  });

  test(
    'a reload while typing, before the autosave ran',
    { tag: '@fault' },
    async ({ articleEditor, page }) => {
      await articleEditor.openSampleArticle(ARTICLE);
      await typeWithoutSaving(articleEditor, '重载前输入');
      await page.reload();
      await page.clock.resume();
      await expectKeptThenSaved(articleEditor, '重载前输入');
    },
  );

  test(
    'going to another screen of the desk and back',
    { tag: '@fault' },
    async ({ articleEditor, page }) => {
      await articleEditor.openSampleArticle(ARTICLE);
      const article = page.url();
      await typeWithoutSaving(articleEditor, '离开前输入');
      // A document navigation within the desk's origin, to the library.
      await page.goto('/index.html#/');
      await page.clock.resume();
      await expect(
        page.getByRole('link', { name: 'Taiyuan Daily · 2022-09-21', exact: true }),
      ).toBeVisible();
      await page.goto(article);
      await expectKeptThenSaved(articleEditor, '离开前输入');
    },
  );

  test(
    'closing the tab, then opening the article in a new one',
    { tag: '@fault' },
    async ({ articleEditor, page, context }) => {
      await articleEditor.openSampleArticle(ARTICLE);
      const article = page.url();
      await typeWithoutSaving(articleEditor, '关闭前输入');
      await page.close();
      const next = await context.newPage();
      await next.goto(article);
      await next.clock.resume();
      await expectKeptThenSaved(new ArticleEditorScreen(next), '关闭前输入');
    },
  );
});

test.describe('two tabs on one article', () => {
  for (const choice of ['Keep mine', 'Take theirs'] as const) {
    test(
      `the second save asks; “${choice}” is stored and the other version stays in the history`,
      choice === 'Keep mine' ? { tag: '@fault' } : {},
      async ({ articleEditor: first, page, context }) => {
        await page.clock.install();
        await first.openSampleArticle(ARTICLE);
        const second = new ArticleEditorScreen(await context.newPage());
        await second.page.goto(page.url());
        await expect(second.saveStatus).toHaveText(/^Saved/);

        // Both edit different words before either saves; the clock is held so that neither
        // autosaves on its own.
        await first.caretAtEndOfBlock(0);
        await second.caretAtEndOfBlock(1);
        await holdClock(page);
        await page.keyboard.type('甲方改');
        await second.page.keyboard.type('乙方改');
        await page.keyboard.press('Control+s');
        await first.waitUntilSaved();
        await second.page.keyboard.press('Control+s');

        const dialog = second.conflictDialog();
        await expect(dialog).toBeVisible();
        await expect(second.conflictVersion('mine')).toContainText('乙方改');
        await expect(second.conflictVersion('mine')).not.toContainText('甲方改');
        await expect(second.conflictVersion('theirs')).toContainText('甲方改');
        await expect(second.conflictVersion('theirs')).not.toContainText('乙方改');
        await page.clock.resume();
        await dialog.getByRole('button', { name: choice }).click();
        await expect(dialog).toBeHidden();
        await second.waitUntilSaved();

        const [kept, other] = choice === 'Keep mine' ? ['乙方改', '甲方改'] : ['甲方改', '乙方改'];
        await expect(second.body).toContainText(kept);
        await expect(second.body).not.toContainText(other);
        // The first tab, with nothing unsaved, follows.
        await expect(first.body).toContainText(kept);
        await expect(first.body).not.toContainText(other);

        // Stored: the kept version is current, and the other is a revision of its own.
        await second.page.reload();
        await expect(second.body).toContainText(kept);
        await expect(second.body).not.toContainText(other);
        await second.tab('History').click();
        const entries = second.historyEntries();
        await expect(entries.first()).toContainText(
          choice === 'Keep mine'
            ? 'Kept this tab’s version over another tab’s'
            : 'Took the other tab’s version',
        );
        const holdsOther = entries.filter({
          hasText: choice === 'Keep mine' ? 'Edited body' : 'This tab’s version, kept in history',
        });
        await expect(holdsOther).toHaveCount(1);
        await holdsOther.click();
        const detail = second.historyDetail();
        if (choice === 'Keep mine') {
          // The other tab's save was the article's first.
          await expect(detail).toContainText('The first save: compared with the scanned text.');
        } else {
          await detail.getByRole('radio', { name: 'The scanned text' }).check();
        }
        await expect(detail.locator('ins')).toContainText([other]);
      },
    );
  }
});

test('history: every save with what it changed; an earlier revision restored as a new one', async ({
  articleEditor,
  page,
}) => {
  await articleEditor.openSampleArticle(ARTICLE);
  await articleEditor.caretAtEndOfBlock(0);
  await page.keyboard.type('（一改）');
  await page.keyboard.press('Control+s');
  await articleEditor.waitUntilSaved();
  await page.keyboard.type('（二改）');
  await page.keyboard.press('Control+s');
  await articleEditor.waitUntilSaved();

  // h, outside the text, opens the history.
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('h');
  await expect(articleEditor.tab('History')).toBeFocused();
  await expect(articleEditor.tab('History')).toHaveAttribute('aria-selected', 'true');
  const entries = articleEditor.historyEntries();
  await expect(entries).toHaveCount(2);
  await expect(entries.nth(0)).toContainText('Revision 2');
  await expect(entries.nth(0)).toContainText('Edited body');
  await expect(entries.nth(0)).toContainText('Corrected');
  await expect(entries.nth(1)).toContainText('Revision 1');

  // The newest against the one before it: only the second edit, announced as an insertion.
  const detail = articleEditor.historyDetail();
  await expect(detail).toContainText('Revision 1 before it');
  await expect(detail.locator('ins')).toHaveText(['insertion: （二改） end of insertion']);
  await expect(detail.locator('del')).toHaveCount(0);
  await detail.getByRole('radio', { name: 'The scanned text' }).check();
  await expect(detail.locator('ins')).toContainText(['（一改）（二改）']);
  await expectNoSeriousViolations(page);

  // Revision 1 against the scanned text, then restored: saved again as revision 3.
  await entries.nth(1).click();
  await expect(detail).toContainText('The first save: compared with the scanned text.');
  await expect(detail.locator('ins')).toContainText(['（一改）']);
  await expect(detail).not.toContainText('（二改）');
  await detail.getByRole('button', { name: 'Restore this revision' }).click();
  await expect(articleEditor.notifications).toContainText('Restored revision 1.');
  await expect(articleEditor.body).toContainText('（一改）');
  await expect(articleEditor.body).not.toContainText('（二改）');
  await expect(entries).toHaveCount(3);
  await expect(entries.nth(0)).toContainText('Revision 3');
  await expect(entries.nth(0)).toContainText('Restored revision 1');
  await expect(entries.nth(0)).toContainText('current');
  await expect(articleEditor.saveStatus).toHaveText(/^Saved/);

  await page.reload();
  await expect(articleEditor.body).toContainText('（一改）');
  await expect(articleEditor.body).not.toContainText('（二改）');
});

test(
  'storage full: the desk says so, and the text stays in the editor and in the journal',
  { tag: '@fault' },
  async ({ articleEditor, page, context, baseURL }) => {
    const origin = new URL(baseURL ?? '').origin;
    // The session keeps the lowered quota for as long as it is open.
    const cdp = await cdpSession(context, page);
    await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: STARTUP_QUOTA });
    await articleEditor.openSampleArticle(ARTICLE);
    // Two saved revisions before the storage fills up.
    await articleEditor.caretAtEndOfBlock(0);
    for (const edit of ['（满前一）', '（满前二）']) {
      await page.keyboard.type(edit);
      await page.keyboard.press('Control+s');
      await articleEditor.waitUntilSaved();
    }
    await useUpStorage(page, cdp, origin);

    // A long paste (text that does not repeat, so it does not compress away), then a save.
    await articleEditor.caretAtEndOfBlock(1);
    await page.keyboard.insertText(`【整版粘贴】${unrepeatedText(20_000, 1)}`);
    await page.keyboard.press('Control+s');
    const alert = articleEditor.storageAlert();
    await expect(alert).toContainText('Storage is full: your latest changes are not saved');
    await expect(articleEditor.saveStatus).toHaveText(/^Not saved: .*full/);
    await expect(articleEditor.body).toContainText('【整版粘贴】');
    expect(await articleEditor.journalEntry()).toContain('【整版粘贴】');

    // Export reads what is stored, so it still works with the storage full; the text on screen stays.
    await page.getByRole('link', { name: 'Export this article' }).click();
    const exportScreen = new ExportScreen(page);
    await expect(exportScreen.downloadButton).toBeEnabled();
    const exported = await exportScreen.download('txt');
    expect(exported.bytes.toString('utf8')).toContain('（满前二）');
    await page.goBack();
    await expect(articleEditor.body).toContainText('【整版粘贴】');
    await expect(articleEditor.storageAlert()).toContainText('Storage is full');

    // Restoring an earlier revision now asks first, and replaces nothing it could not save.
    await articleEditor.tab('History').click();
    await articleEditor.historyEntries().filter({ hasText: 'Revision 1' }).click();
    await articleEditor
      .historyDetail()
      .getByRole('button', { name: 'Restore this revision' })
      .click();
    const ask = page.getByRole('dialog', { name: 'Restore revision 1?' });
    await ask.getByRole('button', { name: 'Save them and restore' }).click();
    await expect(articleEditor.notifications).toContainText(
      'Revision 1 was not restored: your changes could not be saved first',
    );
    await expect(articleEditor.body).toContainText('【整版粘贴】');
    await expect(articleEditor.body).toContainText('（满前二）');

    // A reload finds the text again, from the journal, and the desk still says it is not saved.
    await page.reload();
    await expect(articleEditor.body).toContainText('【整版粘贴】');
    await expect(articleEditor.storageAlert()).toContainText('Storage is full');
    await cdp.detach();
  },
);

test(
  'storage cleared while an article is open: warned, text kept, the issue put back',
  { tag: '@fault' },
  async ({ articleEditor, page, context }) => {
    await articleEditor.openSampleArticle(ARTICLE);
    await articleEditor.caretAtEndOfBlock(1);
    await page.keyboard.type('清除前修改');
    const cdp = await cdpSession(context, page);
    await cdp.send('Storage.clearDataForOrigin', {
      origin: originOf(page),
      storageTypes: 'indexeddb',
    });

    await expect(
      page.getByRole('alert').filter({ hasText: 'The browser cleared Galley’s storage.' }),
    ).toBeVisible();
    const alert = articleEditor.storageAlert();
    await expect(alert).toContainText('This issue is no longer in Galley’s storage');
    await expect(articleEditor.body).toContainText(`${SECOND_PARAGRAPH_END}清除前修改`);
    await expect.poll(() => articleEditor.journalEntry()).toContain('清除前修改');
    await expectNoSeriousViolations(page);

    await alert.getByRole('button', { name: 'Put the issue back' }).click();
    await expect(articleEditor.notifications).toContainText(
      'The issue is stored again, with this article as it is on screen.',
    );
    await expect(alert).toBeHidden();
    await articleEditor.waitUntilSaved();
    await expect.poll(() => articleEditor.journalEntry()).toBeNull();

    // Stored again: the article with its edit, its neighbours, and the issue in the library.
    await page.reload();
    await expect(articleEditor.body).toContainText(`${SECOND_PARAGRAPH_END}清除前修改`);
    await expect(articleEditor.position()).toHaveText('Item 2 of 9');
    await articleEditor.nextLink().click();
    await expect(articleEditor.position()).toHaveText('Item 3 of 9');
    await page.goto('/#/');
    await expect(
      page.getByRole('link', { name: 'Taiyuan Daily · 2022-09-21', exact: true }),
    ).toBeVisible();
    await cdp.detach();
  },
);

test('storage cleared, then the page reloaded: the unsaved text is still there to copy', async ({
  articleEditor,
  page,
  context,
}) => {
  await articleEditor.openSampleArticle(ARTICLE);
  const article = page.url();
  await articleEditor.caretAtEndOfBlock(1);
  await page.keyboard.type('清除后重载');
  const cdp = await cdpSession(context, page);
  await cdp.send('Storage.clearDataForOrigin', {
    origin: originOf(page),
    storageTypes: 'indexeddb',
  });
  await expect(articleEditor.storageAlert()).toContainText('no longer in Galley’s storage');
  await cdp.detach();

  await page.goto(article);
  await page.reload();
  await expect(
    page.getByRole('heading', { name: 'This article is no longer in the issue.' }),
  ).toBeVisible();
  const kept = page.getByRole('region', { name: /not saved is still kept in this browser/ });
  await expect(kept).toContainText(`${SECOND_PARAGRAPH_END}清除后重载`);
  await expect(kept.getByRole('button', { name: 'Copy the article text' })).toBeVisible();
});

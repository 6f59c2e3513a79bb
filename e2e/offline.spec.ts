import { fileURLToPath } from 'node:url';
import type { Response } from '@playwright/test';
import { expectNoSeriousViolations } from './accessibility.ts';
import { ArticleEditorScreen, expect, test } from './pages/article-editor.ts';
import { ImportScreen } from './pages/import.ts';
import { LibraryScreen } from './pages/library.ts';
import { OfflineDesk, startDeployProxy } from './pages/offline.ts';
import { recordCspViolations } from './scorecard/csp-recorder.ts';

/** A front page in GB18030 (see import-library.spec.ts): analysing it needs the jieba wasm. */
const GB18030_PAGE = fileURLToPath(
  new URL('./fixtures/jinyang-evening-2023-10-09.gb18030.txt', import.meta.url),
);
const GB18030_TITLE = '晋阳晚报 · 2023-10-09';

/** Article 2 of the sample issue, before and after the copy editor's fix. */
const HEADLINE = '韦韬带队走访省直有关部门并举行工作会谈';

test.describe('offline', () => {
  test(
    'reloads with no network, opens the sample and saves an edit',
    { tag: '@fault' },
    async ({ articleEditor, context, page }, testInfo) => {
      const offline = new OfflineDesk(page);
      await articleEditor.openSampleArticle(23);
      await offline.waitUntilControlled();
      await expect(offline.offlineNotice).toHaveCount(0);

      // Playwright's offline mode cuts the service worker's own fetches too: only its cache is left.
      await context.setOffline(true);
      await expect(offline.offlineNotice).toHaveText('Offline — saving still works');
      await page.reload();
      await expect(articleEditor.headline).toHaveValue(HEADLINE);
      await expect(offline.offlineNotice).toBeVisible();
      await expectNoSeriousViolations(page);
      await page.screenshot({ path: testInfo.outputPath('offline-editor.png') });

      // The library, the issue and its articles open from the cache and the store.
      await articleEditor.openSampleArticle(23);
      await articleEditor.headline.click();
      await articleEditor.headline.press('End');
      await articleEditor.headline.pressSequentially('（离线）');
      await articleEditor.waitUntilSaved();

      await page.reload();
      await expect(articleEditor.headline).toHaveValue(`${HEADLINE}（离线）`);
      await expect(articleEditor.statusBadge()).toHaveText('Corrected');

      await context.setOffline(false);
      await expect(offline.offlineNotice).toHaveCount(0);
    },
  );

  test(
    'starts cold in a new tab with no network, imports a file and saves',
    { tag: '@fault' },
    async ({ context, page }) => {
      const library = new LibraryScreen(page);
      await library.open();
      await library.waitForIssues(1);
      await new OfflineDesk(page).waitUntilControlled();
      await context.setOffline(true);
      await page.close();

      const tab = await context.newPage();
      const responses: Response[] = [];
      tab.on('response', (response) => responses.push(response));
      const desk = new LibraryScreen(tab);
      await desk.open();
      await desk.waitForIssues(1);
      await expect(new OfflineDesk(tab).offlineNotice).toBeVisible();

      // Importing runs the analysis worker, which loads the jieba wasm: all from the cache.
      const importScreen = new ImportScreen(tab);
      await importScreen.open();
      await importScreen.chooseFile(GB18030_PAGE);
      // The worker compiles the 4 MB wasm first: allow for a busy machine.
      await expect(tab).toHaveURL(/#\/issues\/[^/]+\/splits$/, { timeout: 30_000 });
      const wasm = responses.filter((response) => response.url().endsWith('.wasm'));
      expect(wasm.map((response) => [response.status(), response.fromServiceWorker()])).toEqual([
        [200, true],
      ]);

      const editor = new ArticleEditorScreen(tab);
      await tab
        .getByRole('navigation', { name: 'This issue' })
        .getByRole('link', { name: 'Articles' })
        .click();
      await editor.headline.waitFor();
      const headline = await editor.headline.inputValue();
      await editor.headline.click();
      await editor.headline.press('End');
      await editor.headline.pressSequentially('！');
      await editor.waitUntilSaved();

      await tab.reload();
      await expect(editor.headline).toHaveValue(`${headline}！`);
      await desk.open();
      await desk.waitForIssues(2);
      await expect(desk.row(GB18030_TITLE)).toHaveCount(1);
    },
  );

  test(
    'offers a new version while an edit is unsaved, and reloads only after saving it',
    {
      tag: '@fault',
    },
    async ({ browser, baseURL, cspViolations }, testInfo) => {
      // Its own server and context: the next deploy has to come from a server (see startDeployProxy).
      const server = await startDeployProxy(baseURL ?? '');
      const context = await browser.newContext({ baseURL: server.url });
      const violations = await recordCspViolations(context);
      try {
        const page = await context.newPage();
        const articleEditor = new ArticleEditorScreen(page);
        const offline = new OfflineDesk(page);
        // Fake timers, so the autosave cannot fire while the update arrives.
        await page.clock.install();
        await articleEditor.openSampleArticle(23);
        await offline.waitUntilControlled();

        await page.clock.pauseAt(Date.now() + 5_000);
        await articleEditor.headline.click();
        await articleEditor.headline.press('End');
        await articleEditor.headline.pressSequentially('（更新）');
        await expect(articleEditor.saveStatus).toHaveText(/^Unsaved changes/);
        await page.evaluate(() => {
          // Marks this document: a reload would lose the mark.
          (window as unknown as { galleyBeforeUpdate?: boolean }).galleyBeforeUpdate = true;
          // What the save state said as the page went away, kept across the reload.
          window.addEventListener('pagehide', () => {
            const states = [...document.querySelectorAll('[role="status"]')].map(
              (element) => element.textContent,
            );
            const state = states.find((text) => /^(Saved|Unsaved|Saving|Not saved)/.test(text));
            sessionStorage.setItem('save-state-at-unload', state ?? 'none');
          });
        });

        server.deployNext();
        await offline.checkForUpdate();
        // The new worker installs first (its files are already cached): allow for a slow machine.
        await expect(offline.updatePrompt).toBeVisible({ timeout: 15_000 });
        await offline.updatePrompt.screenshot({ path: testInfo.outputPath('update-prompt.png') });
        await expect(offline.updatePrompt).toContainText(
          'Your unsaved changes are saved first, then Galley reloads.',
        );
        // Nothing reloaded by itself: the same document, the edit still unsaved in the editor.
        expect(
          await page.evaluate(
            () => (window as unknown as { galleyBeforeUpdate?: boolean }).galleyBeforeUpdate,
          ),
        ).toBe(true);
        await expect(articleEditor.headline).toHaveValue(`${HEADLINE}（更新）`);
        await expect(articleEditor.saveStatus).toHaveText(/^Unsaved changes/);

        const reloaded = page.waitForEvent('load');
        // A click event that leaves the focus in the headline: leaving the field would save by itself.
        await offline.reloadNow.dispatchEvent('click');
        await reloaded;
        await page.clock.resume();

        // The clock never ran: the save that committed before the reload was the prompt's flush.
        expect(await page.evaluate(() => sessionStorage.getItem('save-state-at-unload'))).toMatch(
          /^Saved/,
        );
        expect(
          await page.evaluate(
            () => (window as unknown as { galleyBeforeUpdate?: boolean }).galleyBeforeUpdate,
          ),
        ).toBeUndefined();
        await expect(articleEditor.headline).toHaveValue(`${HEADLINE}（更新）`);
        await expect(articleEditor.saveStatus).toHaveText(/^Saved/);
        await expect(offline.updatePrompt).toHaveCount(0);
      } finally {
        cspViolations.push(...violations);
        await context.close();
        await server.close();
      }
    },
  );
});

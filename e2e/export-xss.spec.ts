import { writeFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from '@playwright/test';
import { expect, test } from './fixtures/shared-desk.ts';
import { XSS_PAYLOADS } from './fixtures/xss-payloads.ts';
import { ArticleEditorScreen } from './pages/article-editor.ts';
import { ExportScreen } from './pages/export.ts';
import { attachCspViolations, recordCspViolations } from './scorecard/csp-recorder.ts';

/*
 * Issue 6, nothing gets in: each of the nine payloads written into an article (its headline and a
 * paragraph, as a copy editor could type them), the article exported to HTML through the export
 * screen, and the file opened in a browser of its own. Nothing may run, the markup must arrive as
 * text, and the document must hold no script, handler or script URL even without its own
 * Content-Security-Policy. One test per payload, tagged @export for the scorecard.
 */

/**
 * Each shared desk's article, the sample's from line 62 (the paste suite edits another): found once,
 * then opened by its address.
 */
const articles = new WeakMap<Page, { issueId: string; itemId: string }>();

async function openArticle(page: Page): Promise<{ issueId: string; itemId: string }> {
  const editor = new ArticleEditorScreen(page);
  const article = articles.get(page);
  if (article) {
    const route = `/#/issues/${encodeURIComponent(article.issueId)}/articles/${encodeURIComponent(article.itemId)}`;
    await page.goto(route);
    await editor.headline.waitFor();
    return article;
  }
  await editor.openSampleArticle(62);
  const match = /#\/issues\/([^/]+)\/articles\/([^/?]+)/.exec(page.url());
  if (!match?.[1] || !match[2]) throw new Error(`No article in ${page.url()}`);
  const found = { issueId: decodeURIComponent(match[1]), itemId: decodeURIComponent(match[2]) };
  articles.set(page, found);
  return found;
}

/** What opening an exported file did: scripts that ran, dialogs, violations, and its content. */
async function openExport(browser: Browser, path: string) {
  const context = await browser.newContext();
  const violations = await recordCspViolations(context);
  const ran: string[] = [];
  await context.exposeBinding('__xss', (_source, name: string) => {
    ran.push(name);
  });
  const dialogs: string[] = [];
  context.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const page = await context.newPage();
  await page.goto(pathToFileURL(path).href);
  // Everything that could run on load (handlers, frames, meta refresh) has had its chance.
  await page.waitForLoadState('load');
  const content = await page.evaluate(() => {
    const dangerous: string[] = [];
    for (const element of document.querySelectorAll('*')) {
      const name = element.localName;
      if (['script', 'iframe', 'object', 'embed', 'svg', 'math', 'form', 'img'].includes(name)) {
        dangerous.push(name);
      }
      if (name === 'style' && element.parentElement !== document.head) dangerous.push('style');
      for (const attribute of element.attributes) {
        // eslint-disable-next-line no-control-regex -- browsers drop these inside a URL scheme
        const value = attribute.value.replace(/[\u0000-\u0020\u007f-\u009f]/g, '').toLowerCase();
        if (attribute.name.startsWith('on') || /^(javascript|vbscript|data):/.test(value)) {
          dangerous.push(`${name}[${attribute.name}]`);
        }
      }
    }
    return {
      dangerous,
      headline: document.querySelector('h1')?.textContent ?? '',
      text: document.body.textContent,
    };
  });
  await context.close();
  return { ran, dialogs, violations, ...content };
}

for (const payload of XSS_PAYLOADS) {
  test(
    `an article holding the ${payload.name} payload exports to HTML that runs nothing`,
    { tag: '@export' },
    async ({ desk, browser }, testInfo) => {
      const { page } = desk;
      const editor = new ArticleEditorScreen(page);
      const { issueId, itemId } = await openArticle(page);
      await editor.headline.fill(payload.html);
      await editor.caretAtEndOfBlock(0);
      await page.keyboard.insertText(payload.html);
      await editor.body.press('Control+s');
      await editor.waitUntilSaved();

      await page.goto(
        `/#/issues/${encodeURIComponent(issueId)}/export?scope=article:${encodeURIComponent(itemId)}`,
      );
      const exportScreen = new ExportScreen(page);
      await expect(exportScreen.downloadButton).toBeEnabled();
      const file = await exportScreen.download('html');
      const path = testInfo.outputPath(file.name);
      await writeFile(path, file.bytes);

      const opened = await openExport(browser, path);
      await attachCspViolations(testInfo, opened.violations);
      expect(opened.headline).toBe(payload.html);
      expect(opened.text).toContain(payload.html);
      expect(opened.dangerous).toEqual([]);
      expect(opened.ran).toEqual([]);
      expect(opened.dialogs).toEqual([]);
      expect(opened.violations).toEqual([]);
      expect(desk.xssCalls).toEqual([]);
      expect(desk.violations).toEqual([]);
    },
  );
}

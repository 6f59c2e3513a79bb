import type { Page } from '@playwright/test';
import { copyFromPage } from './fixtures/copy-from-page.ts';
import { dispatchPaste } from './fixtures/dispatch-paste.ts';
import { readGalleyRecord } from './fixtures/galley-database.ts';
import { expect, test } from './fixtures/shared-desk.ts';
import { XSS_PAYLOADS, encodeSlateFragment } from './fixtures/xss-payloads.ts';
import { ArticleEditorScreen } from './pages/article-editor.ts';

/*
 * Issue 6, nothing gets in: nine script-injection payloads pasted into an article's body as HTML
 * (through the real clipboard and as a raw paste event) and as a Slate fragment (the fragment type
 * and the data-slate-fragment attribute). After each: no script ran, no dialog opened, no CSP
 * violation, no script URL anywhere in the document, and the saved article holds plain text only.
 * One test per payload, tagged @paste for the scorecard; they share one page and article.
 */

/** Every attribute in the document whose value is a script URL, as `tag[attribute]=value`. */
async function scriptUrlsInDocument(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    for (const element of document.querySelectorAll('*')) {
      for (const attribute of element.attributes) {
        // eslint-disable-next-line no-control-regex -- browsers drop these inside a URL scheme
        const squeezed = attribute.value.replace(/[\u0000-\u0020\u007f-\u009f]/g, '').toLowerCase();
        if (/^(javascript|vbscript):|^data:text\/html/.test(squeezed)) {
          found.push(`${element.localName}[${attribute.name}]=${attribute.value}`);
        }
      }
    }
    return found;
  });
}

/** Opens the sample's second article in the shared page unless it is open already; returns its id. */
async function openArticle(articleEditor: ArticleEditorScreen): Promise<string> {
  const { page } = articleEditor;
  if (!/\/articles\//.test(page.url())) {
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await articleEditor.openSampleArticle(23);
  }
  return decodeURIComponent(/\/articles\/([^/?]+)/.exec(page.url())?.[1] ?? '');
}

for (const payload of XSS_PAYLOADS) {
  test(
    `pasting the ${payload.name} payload runs nothing and saves plain text`,
    { tag: '@paste' },
    async ({ desk }) => {
      const { page } = desk;
      const articleEditor = new ArticleEditorScreen(page);
      const itemId = await openArticle(articleEditor);
      const notice = page.getByRole('alert').filter({ hasText: 'Pasted as plain text only' });
      const encoded = encodeSlateFragment(payload.fragment);
      const pasted = {
        clipboard: `${payload.text}（网页）`,
        html: `${payload.text}（源码）`,
        fragment: `${payload.text}（片段）`,
        attribute: `${payload.text}（属性）`,
      };

      // As HTML through the system clipboard and Ctrl+V.
      await copyFromPage(desk.context, { html: payload.html, text: pasted.clipboard });
      await page.bringToFront();
      await articleEditor.caretAtEndOfBlock(0);
      await page.keyboard.press('Control+v');
      await expect(articleEditor.body).toContainText(pasted.clipboard);

      // As raw HTML in a paste event, unsanitised by the clipboard.
      await articleEditor.caretAtEndOfBlock(0);
      await dispatchPaste(articleEditor.body, {
        'text/html': payload.html,
        'text/plain': pasted.html,
      });
      await expect(articleEditor.body).toContainText(pasted.html);
      await expect(notice).toHaveCount(0);

      // As a Slate fragment: its own type, and the attribute in the HTML as slate-react writes it.
      await articleEditor.caretAtEndOfBlock(0);
      await dispatchPaste(articleEditor.body, {
        'application/x-slate-fragment': encoded,
        'text/html': `<div data-slate-fragment="${encoded}">${payload.html}</div>`,
        'text/plain': pasted.fragment,
      });
      await expect(articleEditor.body).toContainText(pasted.fragment);
      await expect(notice).toBeVisible();
      await notice.getByRole('button', { name: 'Dismiss' }).click();
      await expect(notice).toHaveCount(0);

      // As a fragment in the HTML's data-slate-fragment attribute only, through the system clipboard.
      await copyFromPage(desk.context, {
        html: `<div data-slate-fragment="${encoded}">${payload.html}</div>`,
        text: pasted.attribute,
      });
      await page.bringToFront();
      await articleEditor.caretAtEndOfBlock(0);
      await page.keyboard.press('Control+v');
      await expect(articleEditor.body).toContainText(pasted.attribute);
      await expect(notice).toBeVisible();
      await notice.getByRole('button', { name: 'Dismiss' }).click();

      await expect(
        articleEditor.body.locator(
          'a, img, svg, math, iframe, script, style, form, button, object, embed',
        ),
      ).toHaveCount(0);
      expect(await scriptUrlsInDocument(page)).toEqual([]);

      await articleEditor.body.press('Control+s');
      await articleEditor.waitUntilSaved();
      const record = await readGalleyRecord(page, 'items', itemId);
      const body = (record?.content as { body: Record<string, unknown>[] }).body;
      for (const block of body) {
        expect(Object.keys(block).sort()).toEqual(['sourceLines', 'text', 'type']);
        expect(['paragraph', 'crosshead']).toContain(block.type);
        expect(typeof block.text).toBe('string');
      }
      expect(String(body[0]?.text)).toContain(
        [pasted.clipboard, pasted.html, pasted.fragment, pasted.attribute].join(''),
      );
      const saved = JSON.stringify(record);
      expect(saved).not.toMatch(/javascript|vbscript|__xss|data:text/i);
      expect(saved).not.toMatch(
        /<\s*\/?\s*(a|img|svg|script|iframe|style|p|div|math|maction|form|button)\b/i,
      );

      expect(desk.xssCalls).toEqual([]);
      expect(desk.dialogs).toEqual([]);
      expect(desk.violations).toEqual([]);
    },
  );
}

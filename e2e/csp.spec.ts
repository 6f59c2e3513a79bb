import { fileURLToPath } from 'node:url';
import { test as plain } from '@playwright/test';
import type { ConsoleMessage, Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { ArticleEditorScreen } from './pages/article-editor.ts';
import { ImportScreen } from './pages/import.ts';
import { LibraryScreen, SAMPLE_TITLE } from './pages/library.ts';
import { SectionReviewScreen } from './pages/section-review.ts';
import { SplitsReviewScreen } from './pages/splits-review.ts';
import { recordCspViolations } from './scorecard/csp-recorder.ts';

/*
 * Issue 6, Content-Security-Policy: the built desk runs a whole editing session under its policy
 * (script-src 'self', Trusted Types) with no `securitypolicyviolation` event, and the policy is
 * really enforced — in the page and in the analysis worker that compiles jieba's WebAssembly.
 */

const GB18030_PAGE = fileURLToPath(
  new URL('./fixtures/jinyang-evening-2023-10-09.gb18030.txt', import.meta.url),
);

/** Console messages of the page and its workers that report a blocked load or a policy breach. */
function watchPolicyMessages(page: Page): string[] {
  const messages: string[] = [];
  const take = (message: ConsoleMessage) => {
    const text = message.text();
    if (/Content Security Policy|Trusted Type|TrustedScriptURL|TrustedHTML/i.test(text)) {
      messages.push(text);
    }
  };
  page.on('console', take);
  page.on('worker', (worker) => worker.on('console', take));
  return messages;
}

test('a full editing session runs under the policy with no violation', async ({
  page,
  cspViolations,
}) => {
  test.setTimeout(120_000);
  const messages = watchPolicyMessages(page);
  const library = new LibraryScreen(page);
  const importScreen = new ImportScreen(page);
  const splitsReview = new SplitsReviewScreen(page);
  const articleEditor = new ArticleEditorScreen(page);
  const sectionReview = new SectionReviewScreen(page);

  // The first start imports the sample issue; then a GB18030 page through the picker.
  await library.open();
  await library.waitForIssues(1);
  const policy = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content');
  expect(policy).toContain("script-src 'self';");
  expect(policy).toContain("require-trusted-types-for 'script'");
  await importScreen.open();
  await importScreen.chooseFile(GB18030_PAGE);
  await expect(page).toHaveURL(/#\/issues\/[^/]+\/splits$/);

  // The analysis worker's script comes (through the service worker, once it has cached it) with
  // the worker policy: WebAssembly allowed for jieba, nothing else.
  const worker = page.workers().find((candidate) => /analysis-worker/.test(candidate.url()));
  if (!worker) throw new Error('The analysis worker did not start.');
  const workerPolicy = await page.evaluate(async (url) => {
    const response = await fetch(url);
    return response.headers.get('content-security-policy');
  }, worker.url());
  expect(workerPolicy).toBe(
    "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; object-src 'none'; base-uri 'none'",
  );

  // Split review: accept one split, then all the others.
  await splitsReview.openSampleFromLibrary();
  await splitsReview.action(splitsReview.split(1), 'Accept').click();
  await expect(splitsReview.status(splitsReview.split(1))).toHaveText('Confirmed');
  await splitsReview.tool('Accept all remaining').click();
  await expect(splitsReview.progress).toHaveText(/^(\d+) of \1 decided$/);
  await expect(splitsReview.saveStatus).toHaveText('Saved');

  // Editor: apply the 阴性阴性 suggestion, type, save.
  await articleEditor.openSampleArticle(38);
  await articleEditor.flagMark('阴性阴性').click();
  await articleEditor.flagPopover().getByRole('button', { name: 'Apply', exact: true }).click();
  await expect(articleEditor.flagMark('阴性阴性')).toHaveCount(0);
  await articleEditor.caretAtEndOfBlock(0);
  await page.keyboard.insertText('（本报记者核实）');
  await page.keyboard.press('Control+s');
  await articleEditor.waitUntilSaved();
  await expect(articleEditor.statusBadge()).toHaveText('Corrected');

  // Section review of the sample: approve a card.
  await library.open();
  await library.action(library.row(SAMPLE_TITLE), 'Section review').click();
  const card = sectionReview.card('市委常委会召开会议');
  await sectionReview.approveButton(card).click();
  await expect(sectionReview.status(card)).toHaveText('Approved');

  // The service worker runs too, controlling the page, its script under the worker policy.
  const serviceWorker = await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    const script = registration.active?.scriptURL ?? '';
    const response = await fetch(script, { cache: 'no-store' });
    return {
      state: registration.active?.state,
      controlled: navigator.serviceWorker.controller !== null,
      policy: response.headers.get('content-security-policy'),
    };
  });
  expect(serviceWorker).toEqual({
    state: 'activated',
    controlled: true,
    policy: expect.stringContaining("script-src 'self'") as unknown,
  });

  expect(cspViolations).toEqual([]);
  expect(messages).toEqual([]);
});

// Deliberate breaches, to prove the policy is enforced and the recorder hears it. They run in a
// context of their own whose violations are checked here and not added to the scorecard.
plain(
  'the policy blocks inline and foreign scripts and HTML sinks, in the page and the worker',
  async ({ browser }, testInfo) => {
    const context = await browser.newContext({ baseURL: testInfo.project.use.baseURL });
    const violations = await recordCspViolations(context);
    const page = await context.newPage();
    const library = new LibraryScreen(page);
    await library.open();
    await library.waitForIssues(1);

    // The header `vite preview` sends is the meta tag's policy plus what only a header can carry.
    const meta = await page
      .locator('meta[http-equiv="Content-Security-Policy"]')
      .getAttribute('content');
    const response = await page.request.get('/');
    expect(response.headers()['content-security-policy']).toBe(`${meta}; frame-ancestors 'none'`);

    const inPage = await page.evaluate(async () => {
      const attempt = async (run: () => unknown): Promise<string> => {
        try {
          await run();
          return 'ran';
        } catch (error) {
          return (error as Error).name;
        }
      };
      const dataModule = 'data:text/javascript,window.breached = true';
      const flag = window as unknown as { breached?: boolean };
      // (page.evaluate itself is exempt from the policy, eval included: sinks and loads are tried.)
      return {
        innerHTML: await attempt(() => {
          document.createElement('div').innerHTML = '<img src=x>';
        }),
        inlineScript: await attempt(() => {
          const script = document.createElement('script');
          script.text = 'window.breached = true';
          document.body.append(script);
        }),
        // The default policy passes Galley's own script URLs and refuses any other.
        ownWorker: await attempt(() => {
          new Worker('/assets/no-such-worker.js', { type: 'module' }).terminate();
        }),
        foreignWorker: await attempt(() => new Worker('https://example.com/worker.js')),
        dataImport: await attempt(() => import(dataModule)),
        breached: flag.breached === true,
      };
    });
    expect(inPage).toEqual({
      innerHTML: 'TypeError',
      inlineScript: 'TypeError',
      ownWorker: 'ran',
      foreignWorker: 'TypeError',
      dataImport: 'TypeError',
      breached: false,
    });

    // The analysis worker (started by the sample's import) runs under its own policy.
    const worker = page.workers().find((candidate) => /analysis-worker/.test(candidate.url()));
    if (!worker) throw new Error('The analysis worker did not start.');
    expect(
      await worker.evaluate(async () => {
        const attempt = async (run: () => unknown): Promise<string> => {
          try {
            await run();
            return 'ran';
          } catch (error) {
            return (error as Error).name;
          }
        };
        const emptyModule = new Uint8Array([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00]);
        // A module from a data: URL is not 'self': refused by the worker's script-src.
        const dataModule = 'data:text/javascript,export default 1';
        return {
          dataImport: await attempt(() => import(dataModule)),
          wasm: await attempt(() => WebAssembly.compile(emptyModule)),
        };
      }),
    ).toEqual({ dataImport: 'TypeError', wasm: 'ran' });

    const directives = new Set(violations.map((violation) => violation.directive));
    expect(directives).toEqual(new Set(['script-src-elem', 'require-trusted-types-for']));
    await context.close();
  },
);

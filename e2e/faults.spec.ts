/*
 * Faults 4, 5, 8 and 13 of the scorecard, in real Chromium. An edit counts as acknowledged when
 * the desk has said so: "Saved" once IndexedDB committed it, or, for unsaved text on screen, the
 * draft journal holding it. Each test breaks something on purpose and then looks for every
 * acknowledged edit, in IndexedDB and on screen.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expectNoSeriousViolations } from './accessibility.ts';
import { buildStorageModule, STORAGE_MODULE_GLOBAL } from './fixtures/build-storage-module.ts';
import { readGalleyRecord } from './fixtures/galley-database.ts';
import {
  buildNextDeskVersion,
  NEXT_DESK_PATH,
  NEXT_VERSION_STORE,
  serveNextDeskVersion,
} from './fixtures/next-desk-version.ts';
import type { NextDeskVersion } from './fixtures/next-desk-version.ts';
import { launchPersistentChromium } from './fixtures/persistent-chromium.ts';
import type { PersistentChromium } from './fixtures/persistent-chromium.ts';
import { ArticleEditorScreen, expect, journalEntryOf, test } from './pages/article-editor.ts';
import { SAMPLE_TITLE } from './pages/library.ts';
import { attachCspViolations, recordCspViolations } from './scorecard/csp-recorder.ts';
import type { RecordedViolation } from './scorecard/csp-recorder.ts';

/** The sample's article 2 starts on line 23. */
const ARTICLE = 23;

/** Holds the page's clock: no timer fires until it is resumed, so no autosave can run. */
async function holdClock(page: Page): Promise<void> {
  const now = await page.evaluate(() => Date.now());
  await page.clock.pauseAt(now + 5_000);
}

/** Crashes the page's renderer process (CDP `Page.crash`) and waits until Playwright sees it. */
async function crashRenderer(page: Page): Promise<void> {
  const crashed = page.waitForEvent('crash');
  const cdp = await page.context().newCDPSession(page);
  // The command never answers: the process it would answer from is gone.
  cdp.send('Page.crash').catch(() => undefined);
  await crashed;
}

/** The body text of a stored article, and its revision, read from IndexedDB behind the desk's back. */
async function storedArticle(
  page: Page,
  itemId: string,
): Promise<{ revision: number; text: string }> {
  const record = await readGalleyRecord(page, 'items', itemId);
  const content = record?.content as { body?: { text: string }[] } | undefined;
  return {
    revision: typeof record?.revision === 'number' ? record.revision : -1,
    text: (content?.body ?? []).map((block) => block.text).join('\n'),
  };
}

/**
 * Types `marker` at the end of the first paragraph, saves, and waits until the desk acknowledges
 * it: the indicator says Saved and the journal has let go of the edit (the editor clears it only
 * once IndexedDB has committed a save that contains it, so an earlier "Saved" cannot pass for
 * this one). Resolves with the revision stored then.
 */
async function saveAcknowledged(screen: ArticleEditorScreen, marker: string): Promise<number> {
  await screen.caretAtEndOfBlock(0);
  await screen.page.keyboard.type(marker);
  await expect(screen.body).toContainText(marker);
  await screen.page.keyboard.press('Control+s');
  await expect(screen.saveStatus).toHaveText(/^Saved/, { timeout: 15_000 });
  await expect.poll(() => screen.journalEntry(), { timeout: 15_000 }).toBeNull();
  const stored = await storedArticle(screen.page, screen.itemId());
  expect(stored.text).toContain(marker);
  return stored.revision;
}

test(
  'fault 4: a renderer crash loses no edit the desk had saved or journaled',
  { tag: '@fault' },
  async ({ articleEditor, page, context }) => {
    await page.clock.install();
    await articleEditor.openSampleArticle(ARTICLE);
    const article = page.url();

    // Acknowledged by the save indicator: committed to IndexedDB.
    await saveAcknowledged(articleEditor, '（崩溃前已保存）');

    // Acknowledged by the journal alone: on screen, unsaved (the clock is held, so no autosave
    // runs), and in the journal.
    await articleEditor.caretAtEndOfBlock(1);
    await holdClock(page);
    await page.keyboard.type('（崩溃前未保存）');
    await expect(articleEditor.body).toContainText('（崩溃前未保存）');
    await expect(articleEditor.saveStatus).toHaveText(/^Unsaved changes/);
    expect(await articleEditor.journalEntry()).toContain('（崩溃前未保存）');
    await crashRenderer(page);
    // The context's clock cannot be moved while a crashed page is part of it.
    await page.close();

    const next = new ArticleEditorScreen(await context.newPage());
    await next.page.goto(article);
    // The context's clock is still held: let the new page's timers run.
    await next.page.clock.resume();
    await expect(next.body).toContainText('（崩溃前已保存）');
    await expect(next.body).toContainText('（崩溃前未保存）');
    await next.waitUntilSaved();
    await expect.poll(() => next.journalEntry()).toBeNull();
    // From IndexedDB alone now.
    await next.page.reload();
    await expect(next.body).toContainText('（崩溃前已保存）');
    await expect(next.body).toContainText('（崩溃前未保存）');
    await expect(next.saveStatus).toHaveText(/^Saved/);
  },
);

test(
  'fault 5: the whole browser killed (SIGKILL) three times loses no save the desk acknowledged',
  { tag: '@fault' },
  async ({ baseURL }, testInfo) => {
    test.setTimeout(180_000);
    const origin = baseURL ?? 'http://127.0.0.1:4173';
    const profile = await mkdtemp(join(tmpdir(), 'galley-fault-5-'));
    const violations: RecordedViolation[][] = [];
    /** Every acknowledged save: its marker and the revision stored when the desk said Saved. */
    const acknowledged: { marker: string; revision: number }[] = [];
    let browser: PersistentChromium | undefined;
    let article = '';

    /** Starts the browser on the profile and opens the article (the first time, via the library). */
    const start = async (): Promise<ArticleEditorScreen> => {
      browser = await launchPersistentChromium(profile);
      violations.push(await recordCspViolations(browser.context));
      const page = browser.context.pages()[0] ?? (await browser.context.newPage());
      const screen = new ArticleEditorScreen(page);
      if (article) {
        await page.goto(article);
      } else {
        // The first start loads the sample issue.
        await page.goto(`${origin}/#/`);
        await page
          .getByRole('link', { name: SAMPLE_TITLE, exact: true })
          .first()
          .click({ timeout: 60_000 });
        await page
          .getByRole('navigation', { name: 'This issue' })
          .getByRole('link', { name: 'Articles' })
          .click();
      }
      await screen.headline.waitFor({ timeout: 30_000 });
      article = page.url();
      return screen;
    };

    const save = async (screen: ArticleEditorScreen, marker: string): Promise<void> => {
      acknowledged.push({ marker, revision: await saveAcknowledged(screen, marker) });
    };

    /**
     * After a restart: every acknowledged save is in IndexedDB, then on screen. A journal entry
     * the kill left behind (localStorage reaches the disk late, so an entry already saved can
     * come back) is either put back, or, when the article was saved after it was written, offered
     * beside the saved version, which must hold every acknowledged save; the saved one is kept.
     */
    const expectAcknowledged = async (screen: ArticleEditorScreen): Promise<void> => {
      const stored = await storedArticle(screen.page, screen.itemId());
      const last = acknowledged.at(-1)?.revision ?? 0;
      expect(stored.revision, 'the stored revision went back').toBeGreaterThanOrEqual(last);
      for (const { marker } of acknowledged) expect(stored.text).toContain(marker);

      const recovered = screen.page.getByRole('dialog', {
        name: 'Unsaved changes kept from before, and a newer saved version',
      });
      const settled = async () =>
        (await recovered.isVisible()) ? 'offered' : (await screen.journalEntry()) ? '' : 'clean';
      await expect.poll(settled, { timeout: 15_000 }).not.toBe('');
      if ((await settled()) === 'offered') {
        testInfo.annotations.push({ type: 'kept changes offered', description: article });
        await screen.page.screenshot({
          path: testInfo.outputPath(`kept-changes-offered-${acknowledged.length}.png`),
        });
        const saved = recovered
          .locator('section')
          .filter({ has: screen.page.getByRole('heading', { name: /^The other version/ }) });
        for (const { marker } of acknowledged) await expect(saved).toContainText(marker);
        await recovered.getByRole('button', { name: 'Take theirs' }).click();
        await expect(recovered).toBeHidden();
      }
      for (const { marker } of acknowledged) await expect(screen.body).toContainText(marker);
    };

    const kill = async (): Promise<void> => {
      await browser?.kill();
      browser = undefined;
    };

    try {
      // 1. Killed the moment the second save is acknowledged.
      let screen = await start();
      await save(screen, '（第一次保存）');
      await save(screen, '（第二次保存）');
      await kill();

      // 2. Killed in the middle of typing, after one more acknowledged save.
      screen = await start();
      await expectAcknowledged(screen);
      await save(screen, '（第三次保存）');
      await screen.caretAtEndOfBlock(1);
      const typing = screen.page.keyboard
        .type('杀进程时还在输入的一句话', { delay: 40 })
        .catch(() => undefined);
      await expect(screen.body).toContainText('杀进程');
      await kill();
      await typing;

      // 3. Killed while a save is on its way, after one more acknowledged save.
      screen = await start();
      await expectAcknowledged(screen);
      await save(screen, '（第四次保存）');
      await screen.caretAtEndOfBlock(0);
      await screen.page.keyboard.type('（保存途中）');
      await screen.page.keyboard.press('Control+s');
      await kill();

      screen = await start();
      await expectAcknowledged(screen);
    } finally {
      await kill();
      await attachCspViolations(testInfo, violations.flat());
      await rm(profile, { recursive: true, force: true });
    }
  },
);

/** The version of the desk's database and its stores, read without upgrading it. */
async function galleyDatabase(page: Page): Promise<{ version: number; stores: string[] }> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('galley');
      request.onsuccess = () => {
        resolve(request.result);
      };
      request.onerror = () => {
        reject(request.error ?? new Error('The galley database did not open.'));
      };
    });
    const found = { version: db.version, stores: [...db.objectStoreNames] };
    db.close();
    return found;
  });
}

/** Opens the desk's database in `page` and keeps it open with no versionchange handler. */
async function holdDatabaseOpen(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('galley');
      request.onsuccess = () => {
        resolve(request.result);
      };
      request.onerror = () => {
        reject(request.error ?? new Error('The galley database did not open.'));
      };
    });
    (globalThis as unknown as { held: IDBDatabase }).held = db;
  });
}

test.describe('fault 8: a schema upgrade and other tabs', () => {
  // The next version is served by the test on the desk's origin: no service worker may answer instead.
  test.use({ serviceWorkers: 'block' });
  let next: NextDeskVersion;

  test.beforeAll(async () => {
    next = await buildNextDeskVersion(join(test.info().project.outputDir, 'next-desk-version'));
  });

  test.beforeEach(async ({ context, baseURL }) => {
    await serveNextDeskVersion(context, next, baseURL ?? 'http://127.0.0.1:4173');
  });

  test(
    'fault 8: an upgrade blocked by other tabs: the desk’s tab lets go and keeps its unsaved edit, a stuck tab is asked to reload, the newer desk goes on',
    { tag: '@fault' },
    async ({ articleEditor, page, context }, testInfo) => {
      // Tab A: the current desk, an article with an unsaved edit. The clock is held, so the edit
      // stays in the journal only while the other tabs come and go.
      await page.clock.install();
      await articleEditor.openSampleArticle(ARTICLE);
      const articleRoute = new URL(page.url()).hash;
      const itemId = articleEditor.itemId();
      await articleEditor.caretAtEndOfBlock(1);
      await holdClock(page);
      await page.keyboard.type('（升级前未保存）');
      await expect(articleEditor.saveStatus).toHaveText(/^Unsaved changes/);

      // Tab H holds the database open and ignores versionchange, as a stuck or older tab would.
      const holder = await context.newPage();
      await holder.goto('/favicon.svg');
      await holdDatabaseOpen(holder);

      // Tab B opens the next version of the desk. A closes its connection and asks to be
      // reloaded; H does not, so B's upgrade waits and B says why.
      const other = await context.newPage();
      await other.goto(`${NEXT_DESK_PATH}#/`);
      const banner = page
        .getByRole('alert')
        .filter({ hasText: 'Galley was updated in another tab' });
      await expect(banner).toBeVisible({ timeout: 15_000 });
      await expect(banner.getByRole('button', { name: 'Reload' })).toBeVisible();
      const waiting = other.getByRole('alert');
      await expect(waiting).toContainText('Another Galley tab needs to reload');
      await expect(waiting).toContainText('this one continues by itself');

      // H is closed: B's upgrade goes ahead by itself, and B opens with the stored issue.
      await holder.close();
      await page.clock.resume();
      await expect(other.getByRole('link', { name: SAMPLE_TITLE, exact: true })).toBeVisible({
        timeout: 30_000,
      });
      await expect(waiting).toBeHidden();
      const upgraded = await galleyDatabase(other);
      expect(upgraded.version).toBe(next.nextVersion);
      expect(upgraded.stores).toEqual(
        expect.arrayContaining(['items', 'revisions', NEXT_VERSION_STORE]),
      );

      // Tab A keeps the edit on screen and in the journal, and does not claim it saved.
      await page.keyboard.press('Control+s');
      await expect(articleEditor.saveStatus).toHaveText(/^Not saved/, { timeout: 15_000 });
      await expect(articleEditor.body).toContainText('（升级前未保存）');
      expect(await articleEditor.journalEntry()).toContain('（升级前未保存）');

      // Reloaded, tab A still runs the old version: it says what happened, and keeps the journal.
      await page.reload();
      const told = page.getByRole('alert');
      await expect(told).toContainText('This tab is running an older Galley');
      await expect(told).toContainText('Nothing is lost');
      await expect(told.getByRole('button', { name: 'Reload' })).toBeVisible();
      await expectNoSeriousViolations(page);
      await page.screenshot({ path: testInfo.outputPath('older-tab-reloaded.png') });
      expect(await journalEntryOf(page, itemId)).toContain('（升级前未保存）');

      // The next version opens the article with tab A's edit, and saves it.
      const nextEditor = new ArticleEditorScreen(other);
      await other.goto(`${NEXT_DESK_PATH}${articleRoute}`);
      await expect(nextEditor.body).toContainText('（升级前未保存）');
      await expect(nextEditor.notifications).toContainText(
        'Restored the changes you had not saved yet.',
      );
      await nextEditor.waitUntilSaved();
      await expect.poll(() => nextEditor.journalEntry()).toBeNull();
      expect((await storedArticle(other, itemId)).text).toContain('（升级前未保存）');
    },
  );
});

/** What the bundled `src/storage/db.ts` offers the page (see buildStorageModule). */
interface StorageModule {
  DB_VERSION: number;
  MIGRATIONS: Record<number, (db: IDBDatabase, transaction: IDBTransaction) => void>;
  openGalleyDb: (options: {
    name?: string;
    version?: number;
    migrations?: Record<number, (db: IDBDatabase, transaction: IDBTransaction) => void>;
  }) => Promise<{ close: () => void }>;
}

test(
  'fault 13: a failing migration leaves the version and every record as they were',
  { tag: '@fault' },
  async ({ page, baseURL }, testInfo) => {
    // A blank page of the desk's origin, with the product's schema module and nothing else.
    await page.route(`${baseURL ?? ''}/fault-13/`, (route) =>
      route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>fault 13</title>' }),
    );
    await page.goto('/fault-13/');
    const bundle = await buildStorageModule(join(testInfo.project.outputDir, 'storage-module'));
    await page.addScriptTag({ path: bundle });

    const outcome = await page.evaluate(async (global) => {
      const module = (window as unknown as Record<string, StorageModule>)[global];
      if (!module) throw new Error('The storage module did not load.');
      const name = 'fault-13';
      const done = <T>(request: IDBRequest<T>) =>
        new Promise<T>((resolve, reject) => {
          request.onsuccess = () => {
            resolve(request.result);
          };
          request.onerror = () => {
            reject(request.error ?? new Error('request failed'));
          };
        });
      const openRaw = () => done(indexedDB.open(name));
      /** Every store's records, its indexes and the version, read behind the module's back. */
      const readAll = async () => {
        const db = await openRaw();
        try {
          const names = [...db.objectStoreNames];
          const tx = db.transaction(names, 'readonly');
          const stores: Record<string, { indexes: string[]; records: unknown[] }> = {};
          for (const store of names) {
            const objectStore = tx.objectStore(store);
            stores[store] = {
              indexes: [...objectStore.indexNames],
              records: await done(objectStore.getAll()),
            };
          }
          return { version: db.version, stores };
        } finally {
          db.close();
        }
      };

      // The current schema, created by the module's own migrations, with a record in every store.
      const current = module.DB_VERSION;
      (await module.openGalleyDb({ name, version: current })).close();
      const seed = await openRaw();
      const tx = seed.transaction([...seed.objectStoreNames], 'readwrite');
      tx.objectStore('issues').put({ id: 'issue-1', title: '太原日报', text: '第一行\n第二行' });
      tx.objectStore('summaries').put({ id: 'issue-1', title: '太原日报', itemCount: 2 });
      tx.objectStore('items').put({ id: 'issue-1:1', issueId: 'issue-1', order: 0, revision: 3 });
      tx.objectStore('items').put({ id: 'issue-1:9', issueId: 'issue-1', order: 1, revision: 1 });
      tx.objectStore('revisions').put({ itemId: 'issue-1:1', issueId: 'issue-1', revision: 3 });
      tx.objectStore('settings').put({ key: 'locale', value: 'zh' });
      await new Promise((resolve, reject) => {
        tx.oncomplete = resolve;
        tx.onabort = () => {
          reject(tx.error ?? new Error('seeding aborted'));
        };
      });
      seed.close();
      const before = await readAll();

      // The next version's migration changes things, then throws half-way.
      const failing = {
        ...module.MIGRATIONS,
        [current + 1]: (db: IDBDatabase, transaction: IDBTransaction) => {
          db.createObjectStore('drafts', { keyPath: 'id' });
          transaction.objectStore('items').deleteIndex('by-issue');
          transaction.objectStore('items').clear();
          db.deleteObjectStore('settings');
          throw new Error('Migration to the next version failed half-way.');
        },
      };
      const thrown = await module
        .openGalleyDb({ name, migrations: failing, version: current + 1 })
        .then(
          (db) => {
            db.close();
            return 'opened';
          },
          (error: unknown) =>
            error instanceof Error ? `${error.name}: ${error.message}` : String(error),
        );
      const after = await readAll();

      // The same again with a migration that fails inside a request callback, after its first writes.
      const failingLater = {
        ...module.MIGRATIONS,
        [current + 1]: (_db: IDBDatabase, transaction: IDBTransaction) => {
          const items = transaction.objectStore('items');
          items.openCursor().onsuccess = (event) => {
            const cursor = (event.target as IDBRequest<IDBCursorWithValue | null>).result;
            if (!cursor) throw new Error('Migration failed after rewriting every item.');
            cursor.update({ ...(cursor.value as object), rewritten: true });
            cursor.continue();
          };
        },
      };
      const thrownLater = await module
        .openGalleyDb({ name, migrations: failingLater, version: current + 1 })
        .then(
          (db) => {
            db.close();
            return 'opened';
          },
          (error: unknown) => (error instanceof Error ? error.name : String(error)),
        );
      const afterLater = await readAll();
      return { current, before, thrown, after, thrownLater, afterLater };
    }, STORAGE_MODULE_GLOBAL);

    expect(outcome.thrown).toBe('Error: Migration to the next version failed half-way.');
    expect(outcome.before.version).toBe(outcome.current);
    expect(Object.keys(outcome.before.stores)).toEqual(
      expect.arrayContaining(['issues', 'summaries', 'items', 'revisions', 'settings']),
    );
    for (const { records } of Object.values(outcome.before.stores)) {
      expect(records.length).toBeGreaterThan(0);
    }
    expect(outcome.after).toEqual(outcome.before);
    // A failure inside a request callback aborts the upgrade too: nothing of it stays.
    expect(outcome.thrownLater).toBe('AbortError');
    expect(outcome.afterLater).toEqual(outcome.before);
  },
);

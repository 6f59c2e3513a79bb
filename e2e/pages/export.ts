import { readFile } from 'node:fs/promises';
import type { Locator, Page } from '@playwright/test';
import { expect, test as base } from '../fixtures.ts';
import { ArticleEditorScreen } from './article-editor.ts';
import { ImportScreen } from './import.ts';
import { LibraryScreen, SAMPLE_TITLE } from './library.ts';

/** The export formats as the screen names them. */
export const FORMAT_NAMES = {
  json: 'Galley backup (JSON)',
  txt: 'Plain text',
  md: 'Markdown',
  html: 'Web page (HTML)',
  nitf: 'NITF 3.6 (XML)',
  docx: 'Word (DOCX)',
  csv: 'CSV manifest',
  zip: 'Everything (ZIP)',
} as const;

/** An export format. */
export type FormatId = keyof typeof FORMAT_NAMES;

/** A file the browser downloaded. */
export interface DownloadedFile {
  /** The name the desk gave it. */
  name: string;
  /** Its bytes. */
  bytes: Buffer;
}

/** How many records each store of the desk's database holds. */
export type RecordCounts = Record<'issues' | 'summaries' | 'items' | 'revisions', number>;

/** The export screen of an issue, seen the way a copy editor (or a screen reader) sees it. */
export class ExportScreen {
  /** The screen's heading. */
  readonly heading: Locator;
  /** "What to export". */
  readonly scope: Locator;
  /** "Format". */
  readonly formats: Locator;
  /** The download button ("Download the whole issue as …"). */
  readonly downloadButton: Locator;
  /** The outcome of the last download. */
  readonly status: Locator;
  /** Why nothing was downloaded. */
  readonly error: Locator;
  /** The article picker. */
  readonly articleSelect: Locator;
  /** The page picker. */
  readonly pageSelect: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.scope = page.getByRole('group', { name: 'What to export' });
    this.formats = page.getByRole('group', { name: 'Format' });
    this.downloadButton = page.getByRole('button', { name: /^Download / });
    this.status = page.getByRole('status').filter({ hasText: /^Downloaded / });
    this.error = page.getByRole('alert').filter({ hasText: /^Nothing was downloaded/ });
    this.articleSelect = this.scope.getByRole('combobox', { name: 'Article' });
    this.pageSelect = this.scope.getByRole('combobox', { name: 'Page' });
  }

  /** Opens the desk, the sample issue from the library, then its Export tab. */
  async openForSample(): Promise<void> {
    await this.page.goto('/');
    const link = this.page.getByRole('link', { name: SAMPLE_TITLE, exact: true }).first();
    await link.waitFor({ timeout: 30_000 });
    await link.click();
    await this.openTab();
  }

  /** Goes to the Export tab of the open issue. */
  async openTab(): Promise<void> {
    await this.page
      .getByRole('navigation', { name: 'This issue' })
      .getByRole('link', { name: 'Export' })
      .click();
    await expect(this.downloadButton).toBeEnabled();
  }

  /** The radio button of a format. */
  format(id: FormatId): Locator {
    return this.formats.getByRole('radio', { name: FORMAT_NAMES[id], exact: true });
  }

  /** The radio button of a scope. */
  scopeOption(name: 'The whole issue' | 'One page' | 'One article'): Locator {
    return this.scope.getByRole('radio', { name: new RegExp(`^${name}`) });
  }

  /** Picks the article whose headline starts with `headline` from the list. */
  async chooseArticle(headline: string): Promise<void> {
    const option = this.articleSelect.locator('option', { hasText: headline }).first();
    const value = await option.getAttribute('value');
    if (value === null) throw new Error(`No article “${headline}” in the list.`);
    await this.articleSelect.selectOption(value);
  }

  /** Chooses a format, downloads it and reads the file the browser saved. */
  async download(format: FormatId): Promise<DownloadedFile> {
    await this.format(format).check();
    await expect(this.downloadButton).toContainText(FORMAT_NAMES[format]);
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.downloadButton.click(),
    ]);
    const path = await download.path();
    const file = { name: download.suggestedFilename(), bytes: await readFile(path) };
    await expect(this.status).toContainText(file.name);
    return file;
  }

  /** Counts the records of the desk's database, as the page sees it. */
  async countRecords(): Promise<RecordCounts> {
    return countRecords(this.page);
  }
}

/** Counts the records of the desk's IndexedDB database from inside the page. */
export async function countRecords(page: Page): Promise<RecordCounts> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('galley');
      request.onsuccess = () => {
        resolve(request.result);
      };
      request.onerror = () => {
        reject(new Error(request.error?.message ?? 'open failed'));
      };
    });
    const stores = ['issues', 'summaries', 'items', 'revisions'] as const;
    const transaction = db.transaction([...stores], 'readonly');
    const counts = await Promise.all(
      stores.map(
        (store) =>
          new Promise<number>((resolve, reject) => {
            const request = transaction.objectStore(store).count();
            request.onsuccess = () => {
              resolve(request.result);
            };
            request.onerror = () => {
              reject(new Error(request.error?.message ?? 'count failed'));
            };
          }),
      ),
    );
    db.close();
    return {
      issues: counts[0] ?? -1,
      summaries: counts[1] ?? -1,
      items: counts[2] ?? -1,
      revisions: counts[3] ?? -1,
    };
  });
}

/** The page objects of the export and backup journeys. */
interface ExportFixtures {
  /** The export screen. */
  exportScreen: ExportScreen;
  /** The issue library. */
  library: LibraryScreen;
  /** The import screen. */
  importScreen: ImportScreen;
  /** The article editor. */
  editor: ArticleEditorScreen;
}

/** Playwright's `test` with the export, library, import and editor page objects. */
export const test = base.extend<ExportFixtures>({
  exportScreen: async ({ page }, use) => {
    await use(new ExportScreen(page));
  },
  library: async ({ page }, use) => {
    await use(new LibraryScreen(page));
  },
  importScreen: async ({ page }, use) => {
    await use(new ImportScreen(page));
  },
  editor: async ({ page }, use) => {
    await use(new ArticleEditorScreen(page));
  },
});

export { expect, SAMPLE_TITLE };

import type { Locator, Page } from '@playwright/test';

/** The title the desk gives the built-in sample issue (paper and date from its file name). */
export const SAMPLE_TITLE = 'Taiyuan Daily · 2022-09-21';

/** The issue library, seen the way a copy editor (or a screen reader) sees it. */
export class LibraryScreen {
  /** The screen's heading. */
  readonly heading: Locator;
  /** The table of stored issues. */
  readonly table: Locator;
  /** Every issue row (the header row excluded). */
  readonly rows: Locator;
  /** The notifications region (toasts). */
  readonly notifications: Locator;
  /** The delete confirmation. */
  readonly confirmDialog: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.table = page.getByRole('table', { name: /^Stored issues|^已保存的期次/ });
    this.rows = this.table.getByRole('row').filter({ has: page.getByRole('rowheader') });
    this.notifications = page.getByRole('region', { name: /^Notifications$|^通知$/ });
    this.confirmDialog = page.getByRole('dialog');
  }

  /** Opens the desk at the library; on a first start the sample issue is loaded into it. */
  async open(): Promise<void> {
    await this.page.goto('/#/');
  }

  /** Waits until the library lists `count` issues. */
  async waitForIssues(count: number): Promise<void> {
    await this.rows.nth(count - 1).waitFor({ timeout: 30_000 });
  }

  /** The row of the issue titled `title`. */
  row(title: string): Locator {
    return this.rows.filter({ has: this.page.getByRole('rowheader', { name: title }) });
  }

  /** The link that opens an issue's split review (its title). */
  titleLink(title: string): Locator {
    return this.table.getByRole('link', { name: title, exact: true });
  }

  /** A cell of a row by its column: date, pages, articles, progress, language. */
  cell(row: Locator, column: 'date' | 'pages' | 'articles' | 'progress' | 'language'): Locator {
    const index = { date: 0, pages: 1, articles: 2, progress: 3, language: 4 }[column];
    return row.getByRole('cell').nth(index);
  }

  /** The row's Rename, Delete or Section review control. */
  action(row: Locator, name: 'Rename' | 'Delete' | 'Section review'): Locator {
    return row.getByRole(name === 'Section review' ? 'link' : 'button', {
      name: new RegExp(`^${name} (of )?“`),
    });
  }

  /** The in-place title field of the issue being renamed. */
  renameField(): Locator {
    return this.table.getByRole('textbox', { name: /^New title for/ });
  }
}

import type { Locator, Page } from '@playwright/test';
import { expect, test as base } from '../fixtures.ts';
import { SAMPLE_TITLE } from './library.ts';

/** How the split review names item kinds in English. */
export type KindLabel = 'Article' | 'Teaser' | 'Photo' | 'Furniture';

/** The split review of an issue, seen the way a copy editor (or a screen reader) sees it. */
export class SplitsReviewScreen {
  /** The screen's heading. */
  readonly heading: Locator;
  /** The issue text with its splits (a virtualised list: only rows near the view exist). */
  readonly textPane: Locator;
  /** The doubtful-first list of every split. */
  readonly queue: Locator;
  /** Its entries. */
  readonly queueEntries: Locator;
  /** The selected split's details. */
  readonly details: Locator;
  /** The preview of the selected item as an article. */
  readonly preview: Locator;
  /** "Saving…", "Saved" or "Not saved yet". */
  readonly saveStatus: Locator;
  /** "3 of 10 decided". */
  readonly progress: Locator;
  /** What the last action did. */
  readonly notice: Locator;
  /** The undo, redo, next-doubtful and accept-all buttons. */
  readonly toolbar: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Split review' });
    this.textPane = page.getByRole('region', { name: 'Issue text with the proposed splits' });
    this.queue = page.getByRole('list', { name: 'Splits, least confident first' });
    this.queueEntries = this.queue.getByRole('listitem');
    this.details = page.getByRole('region', { name: /^Selected split/ });
    this.preview = page.getByRole('region', { name: 'Preview' });
    this.saveStatus = page.getByRole('status', { name: 'Saving state' });
    this.progress = page.getByText(/^\d+ of \d+ decided$/);
    this.notice = page.locator('.splits-review__notice');
    this.toolbar = page.getByRole('toolbar', { name: 'Split actions' });
  }

  /** Opens the desk (the sample issue is imported on a first start) and the sample's split review from the library. */
  async openSampleFromLibrary(): Promise<void> {
    await this.page.goto('/');
    const link = this.page
      .getByRole('table', { name: /^Stored issues/ })
      .getByRole('link', { name: SAMPLE_TITLE, exact: true });
    await link.waitFor({ timeout: 30_000 });
    await link.click();
    await this.heading.waitFor({ timeout: 15_000 });
    await this.queueEntries.first().waitFor();
  }

  /** The boundary head of split `number` in the text pane ("Split 6: Photo, lines 58–60"). */
  split(number: number, kind?: KindLabel): Locator {
    return this.textPane.getByRole('group', {
      name: new RegExp(`^Split ${number}: ${kind ?? '\\w+'},`),
    });
  }

  /** The queue entry of the split whose title starts with `title`. */
  queueEntry(title: string | RegExp): Locator {
    const name = typeof title === 'string' ? new RegExp(`^\\d+\\. ${escape(title)}`) : title;
    return this.queue.getByRole('button', { name });
  }

  /** Selects a split by its queue entry (which also scrolls the text to it). */
  async pick(title: string | RegExp): Promise<void> {
    await this.queueEntry(title).click();
  }

  /** A button of a split's boundary head. */
  action(
    split: Locator,
    name: 'Accept' | 'Merge with previous' | 'Move start up' | 'Move start down',
  ): Locator {
    return split.getByRole('button', { name, exact: true });
  }

  /** A split's status badge. */
  status(split: Locator): Locator {
    return split.locator('[data-status]');
  }

  /** A toolbar button. */
  tool(name: 'Undo' | 'Redo' | 'Next doubtful' | 'Accept all remaining'): Locator {
    return this.toolbar.getByRole('button', { name: new RegExp(`^${name}`) });
  }

  /** The line the cursor is on, as the text pane marks it. */
  async cursorLine(): Promise<number> {
    const row = this.textPane.locator('[data-line][aria-current="location"]');
    return Number(await row.getAttribute('data-line'));
  }

  /**
   * Moves the line cursor down with Shift+J until it rests on `line`, one press at a time (each
   * once the text pane shows the last one); then the details show that line.
   */
  async moveCursorTo(line: number): Promise<void> {
    const heading = this.details.getByRole('heading', {
      level: 3,
      name: new RegExp(`^Line ${line}\\b`),
    });
    for (let step = 0; step < 60; step++) {
      const at = await this.cursorLine();
      if (at >= line) break;
      await this.page.keyboard.press('Shift+J');
      await expect.poll(() => this.cursorLine()).not.toBe(at);
    }
    await heading.waitFor({ timeout: 5_000 });
  }
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Playwright's `test` with the split review's page object. */
export const test = base.extend<{ splitsReview: SplitsReviewScreen }>({
  splitsReview: async ({ page }, use) => {
    await use(new SplitsReviewScreen(page));
  },
});

export { expect } from '../fixtures.ts';

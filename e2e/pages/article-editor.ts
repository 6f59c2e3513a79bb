import type { Locator, Page } from '@playwright/test';
import { expect, test as base } from '../fixtures.ts';

/** The title the desk gives the built-in sample issue. */
const SAMPLE_TITLE = 'Taiyuan Daily · 2022-09-21';

/** The article editor, seen the way a copy editor (or a screen reader) sees it. */
export class ArticleEditorScreen {
  /** Previous / next article. */
  readonly nav: Locator;
  /** The save state ("Saved", "Unsaved changes", "Saving…"). */
  readonly saveStatus: Locator;
  /** The headline field. */
  readonly headline: Locator;
  /** The article body (the Slate editor). */
  readonly body: Locator;
  /** The body's formatting toolbar. */
  readonly toolbar: Locator;
  /** The flags / original / changes panel. */
  readonly panel: Locator;
  /** The approve button. */
  readonly approveButton: Locator;
  /** The notifications region (toasts). */
  readonly notifications: Locator;

  constructor(readonly page: Page) {
    this.nav = page.getByRole('navigation', { name: 'Articles of this issue' });
    this.saveStatus = page
      .getByRole('status')
      .filter({ hasText: /^(Saved|Unsaved changes|Saving…|Not saved)/ });
    this.headline = page.getByRole('textbox', { name: 'Headline', exact: true });
    this.body = page.getByRole('textbox', { name: 'Article body' });
    this.toolbar = page.getByRole('toolbar', { name: 'Body formatting' });
    this.panel = page.getByRole('complementary', { name: 'Article tools' });
    this.approveButton = page.getByRole('button', { name: /^(Approve|Approved)$/ });
    this.notifications = page.getByRole('region', { name: /^Notifications$|^通知$/ });
  }

  /**
   * Opens the desk (the sample issue is imported on first start), goes from the library to the
   * issue, then to its first article, and on with "Next" until the item that starts on
   * `startLine` is open.
   */
  async openSampleArticle(startLine: number): Promise<void> {
    await this.page.goto('/');
    const issueLink = this.page.getByRole('link', { name: SAMPLE_TITLE, exact: true }).first();
    await issueLink.waitFor({ timeout: 30_000 });
    await issueLink.click();
    await this.page
      .getByRole('navigation', { name: 'This issue' })
      .getByRole('link', { name: 'Articles' })
      .click();
    await this.headline.waitFor();
    for (let step = 0; step < 12; step += 1) {
      const shown = await this.linesText();
      if (shown.startsWith(`Lines ${startLine}–`)) return;
      await this.nextLink().click();
      // The address already names an article: wait for the next one's lines, not just the URL.
      await expect(this.page.getByText(/^Lines \d+–\d+ · page \d+$/)).not.toHaveText(shown);
    }
    throw new Error(`No item starts on line ${startLine}.`);
  }

  /** "Lines 38–46 · page 1" of the open item. */
  async linesText(): Promise<string> {
    return (await this.page.getByText(/^Lines \d+–\d+ · page \d+$/).textContent()) ?? '';
  }

  /** The link to the next item. */
  nextLink(): Locator {
    return this.nav.getByRole('link', { name: /Next/ });
  }

  /** The link to the previous item. */
  previousLink(): Locator {
    return this.nav.getByRole('link', { name: /Previous/ });
  }

  /** "Item 3 of 9". */
  position(): Locator {
    return this.page.getByText(/^Item \d+ of \d+$/);
  }

  /** A flag marked in the body text. */
  flagMark(text: string): Locator {
    return this.body.locator('mark', { hasText: text });
  }

  /** The popover of a flag (named by its kind, e.g. "Repeated word"). */
  flagPopover(): Locator {
    return this.page
      .getByRole('dialog')
      .filter({ has: this.page.getByRole('button', { name: 'Dismiss' }) });
  }

  /** A tab of the side panel. */
  tab(name: 'Flags' | 'Original' | 'Changes' | 'History'): Locator {
    return this.panel.getByRole('tab', { name: new RegExp(`^${name}`) });
  }

  /** The status badge of the article. */
  statusBadge(): Locator {
    return this.page.locator('.article-header [data-status]');
  }

  /** Waits until the last edit is committed to IndexedDB. */
  async waitUntilSaved(): Promise<void> {
    await expect(this.saveStatus).toHaveText(/^Saved/, { timeout: 10_000 });
  }

  /** Puts the caret at the end of the body's `index`-th block (0-based). */
  async caretAtEndOfBlock(index: number): Promise<void> {
    const block = this.body.locator('[data-slate-node="element"]').nth(index);
    await this.body.focus();
    await block.evaluate((element) => {
      const selection = window.getSelection();
      const range = document.createRange();
      range.selectNodeContents(element);
      range.collapse(false);
      selection?.removeAllRanges();
      selection?.addRange(range);
    });
    // The editor takes the new caret on the next selection change.
    await this.page.waitForTimeout(50);
  }

  /** The saved revisions in the History tab, newest first. */
  historyEntries(): Locator {
    return this.panel
      .getByRole('list', { name: 'Saved revisions, newest first' })
      .getByRole('button');
  }

  /** The chosen revision's comparison in the History tab. */
  historyDetail(): Locator {
    return this.panel.getByRole('region', { name: /^Revision \d+$/ });
  }

  /** The dialog that asks which of two tabs' versions to keep. */
  conflictDialog(): Locator {
    return this.page.getByRole('dialog', { name: 'This article was changed in another tab' });
  }

  /** One side of the conflict dialog, by its heading. */
  conflictVersion(side: 'mine' | 'theirs'): Locator {
    const heading = side === 'mine' ? /^Your version/ : /^The other version/;
    return this.conflictDialog()
      .locator('section')
      .filter({ has: this.page.getByRole('heading', { name: heading }) });
  }

  /** The editor's alert about storage: full, or the article or its issue gone. */
  storageAlert(): Locator {
    return this.page
      .getByRole('alert')
      .filter({ has: this.page.getByRole('heading', { name: /storage|no longer stored/i }) });
  }

  /** The id of the open article, from the address. */
  itemId(): string {
    const match = /#\/issues\/[^/]+\/articles\/([^/?]+)/.exec(this.page.url());
    if (!match?.[1]) throw new Error(`No article in ${this.page.url()}`);
    return decodeURIComponent(match[1]);
  }

  /** The unsaved-edit journal's entry for the open article, as stored (null when there is none). */
  async journalEntry(): Promise<string | null> {
    return journalEntryOf(this.page, this.itemId());
  }

  /** The body's text, blocks joined by newlines. */
  async bodyText(): Promise<string> {
    return this.body
      .locator('[data-slate-node="element"]')
      .evaluateAll((blocks) =>
        blocks.map((block) => block.textContent.replace(/\uFEFF/g, '')).join('\n'),
      );
  }
}

/**
 * The unsaved-edit journal's entry for an article as stored: its head and then its blocks, one per
 * line (null when there is none). The keys: src/features/article-editor/api/draft-journal.ts.
 */
export async function journalEntryOf(page: Page, itemId: string): Promise<string | null> {
  return page.evaluate((id) => {
    const head = localStorage.getItem(`galley.article-draft.v2:${id}`);
    if (head === null) return localStorage.getItem(`galley.article-draft.v1:${id}`);
    const { blocks } = JSON.parse(head) as { blocks: string[] };
    const body = blocks.map((key) => localStorage.getItem(`galley.article-draft.v2:${id}#${key}`));
    return [head, ...body].join('\n');
  }, itemId);
}

/** Playwright's `test` with the article editor's page object. */
export const test = base.extend<{ articleEditor: ArticleEditorScreen }>({
  articleEditor: async ({ page }, use) => {
    await use(new ArticleEditorScreen(page));
  },
});

export { expect };

import type { Locator, Page } from '@playwright/test';
import { test as base } from '../fixtures.ts';

/** The statuses the review filters by, as their buttons are named. */
export type StatusFilterLabel = 'All' | 'Detected' | 'Confirmed' | 'Corrected' | 'Approved';

/** The section review of an issue, seen the way a page designer (or a screen reader) sees it. */
export class SectionReviewScreen {
  /** The heading. */
  readonly heading: Locator;
  /** The filters and the print button. */
  readonly toolbar: Locator;
  /** The print button. */
  readonly printButton: Locator;
  /** Every card on every page. */
  readonly cards: Locator;
  /** The desk's masthead (site chrome). */
  readonly masthead: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.toolbar = page.getByRole('group', { name: 'Filters' });
    this.printButton = page.getByRole('button', { name: 'Print' });
    this.cards = page.getByRole('article');
    this.masthead = page.getByRole('banner');
  }

  /** Opens the desk (the sample issue is imported on first start) and goes to the first issue's review. */
  async openFromLibrary(): Promise<void> {
    await this.page.goto('/');
    const link = this.page.getByRole('link', { name: /^Section review of/ }).first();
    await link.waitFor({ timeout: 30_000 });
    await link.click();
    await this.pageSection(1).waitFor();
  }

  /** A page of the issue ("Page 1", with its section name when it has one). */
  pageSection(number: number): Locator {
    return this.page.getByRole('region', { name: new RegExp(`^Page ${number}(?!\\d)`) });
  }

  /** The cards shown on a page, in page order. */
  cardsOnPage(number: number): Locator {
    return this.pageSection(number).getByRole('article');
  }

  /** The card named by its headline (or a photo's caption). */
  card(name: string | RegExp): Locator {
    return this.page.getByRole('article', { name, exact: typeof name === 'string' });
  }

  /** A card's workflow status badge. */
  status(card: Locator): Locator {
    return card.locator('[data-status]');
  }

  /** A card's approve button. */
  approveButton(card: Locator): Locator {
    return card.getByRole('button', { name: /^Approve/ });
  }

  /** A status filter button. */
  statusFilter(label: StatusFilterLabel): Locator {
    return this.toolbar
      .getByRole('group', { name: 'Status' })
      .getByRole('button', { name: new RegExp(`^${label}\\b`) });
  }

  /** The furniture toggle. */
  furnitureToggle(): Locator {
    return this.toolbar.getByRole('checkbox', { name: 'Show furniture' });
  }
}

/** Playwright's `test` with the section review's page object. */
export const test = base.extend<{ sectionReview: SectionReviewScreen }>({
  sectionReview: async ({ page }, use) => {
    await use(new SectionReviewScreen(page));
  },
});

export { expect } from '../fixtures.ts';

import type { Locator, Page } from '@playwright/test';

/** The kinds of item the page labels its cards with. */
export type ItemKindLabel = 'Article' | 'Teaser' | 'Photo' | 'Furniture';

/** The sample analysis page, seen the way a reader (or a screen reader) sees it. */
export class AnalysisPage {
  /** The issue header's figures (language, pages, items, flags…). */
  readonly summary: Locator;
  /** The list of item cards, in source order. */
  readonly items: Locator;
  /** Every item card. */
  readonly cards: Locator;
  /** The loading message while the worker runs. */
  readonly progress: Locator;
  /** The error panel. */
  readonly error: Locator;

  constructor(readonly page: Page) {
    this.summary = page.getByLabel('Issue summary');
    this.items = page.getByRole('list', { name: 'Items' });
    this.cards = page.getByRole('article');
    this.progress = page.getByRole('status');
    this.error = page.getByRole('alert');
  }

  /** Opens the page; the sample issue starts loading at once. */
  async open(): Promise<void> {
    await this.page.goto('/');
  }

  /** Waits until the analysis is shown (or has failed, so the caller's assertion explains why). */
  async waitForAnalysis(): Promise<void> {
    await this.summary.or(this.error).waitFor({ timeout: 30_000 });
  }

  /** The value shown next to a label in the issue header. */
  figure(label: string): Locator {
    return this.summary.getByRole('definition').filter({
      has: this.page.locator(`xpath=preceding-sibling::dt[normalize-space(.)="${label}"]`),
    });
  }

  /** The cards of one kind, told apart by their accessible names ("Article Lines 3–21 …"). */
  cardsOfKind(kind: ItemKindLabel): Locator {
    return this.page.getByRole('article', { name: new RegExp(`^${kind}\\b`) });
  }

  /** Every card except page furniture. */
  storyCards(): Locator {
    return this.page.getByRole('article', { name: /^(Article|Teaser|Photo)\b/ });
  }

  /** The card whose headline is `headline`. */
  cardWithHeadline(headline: string): Locator {
    return this.cards.filter({ has: this.page.getByRole('heading', { name: headline, level: 3 }) });
  }
}

import type { Locator, Page } from '@playwright/test';

/** The desk's chrome around every screen: masthead, navigation, language switch, shortcut overlay. */
export class DeskShell {
  /** The masthead. */
  readonly masthead: Locator;
  /** The main navigation (Library, Import). */
  readonly nav: Locator;
  /** The two language buttons. */
  readonly languageSwitch: Locator;
  /** The shortcut overlay (a modal dialog). */
  readonly shortcutOverlay: Locator;

  constructor(readonly page: Page) {
    this.masthead = page.getByRole('banner');
    this.nav = this.masthead.getByRole('navigation').first();
    this.languageSwitch = this.masthead.getByRole('group', {
      name: /^Interface language$|^界面语言$/,
    });
    this.shortcutOverlay = page.getByRole('dialog', { name: /^Keyboard shortcuts$|^键盘快捷键$/ });
  }

  /** The language button for Chinese or English. */
  language(locale: 'zh' | 'en'): Locator {
    return this.languageSwitch.getByRole('button', { name: locale === 'zh' ? '中文' : 'English' });
  }

  /** A link of the main navigation. */
  navLink(name: string | RegExp): Locator {
    return this.nav.getByRole('link', { name });
  }
}

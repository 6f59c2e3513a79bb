import { test as base } from '../fixtures.ts';
import { DeskShell } from './desk-shell.ts';
import { ImportScreen } from './import.ts';
import { LibraryScreen } from './library.ts';

/** The page objects of the library, the import screen and the shell. */
interface ImportLibraryFixtures {
  /** The issue library. */
  library: LibraryScreen;
  /** The import screen. */
  importScreen: ImportScreen;
  /** The masthead, language switch and shortcut overlay. */
  shell: DeskShell;
}

/** Playwright's `test` with the library, import and shell page objects. */
export const test = base.extend<ImportLibraryFixtures>({
  library: async ({ page }, use) => {
    await use(new LibraryScreen(page));
  },
  importScreen: async ({ page }, use) => {
    await use(new ImportScreen(page));
  },
  shell: async ({ page }, use) => {
    await use(new DeskShell(page));
  },
});

export { expect } from '../fixtures.ts';

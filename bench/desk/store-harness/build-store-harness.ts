import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildBenchPage } from '../build-bench-page.ts';

/** Where the harness is served, under the built desk. */
export const storeHarnessPath = '/bench-store/';

/**
 * Builds the store harness page into `<appOutDir>/bench-store/`, so `vite preview` of the desk
 * serves it from the desk's origin (and so on the desk's IndexedDB database).
 */
export async function buildStoreHarness(appOutDir: string): Promise<void> {
  await buildBenchPage({
    root: path.dirname(fileURLToPath(import.meta.url)),
    base: storeHarnessPath,
    appOutDir,
  });
}

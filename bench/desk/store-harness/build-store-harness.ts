import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

/** Where the harness is served, under the built desk. */
export const storeHarnessPath = '/bench-store/';

/**
 * Builds the store harness page into `<appOutDir>/bench-store/`, so `vite preview` of the desk
 * serves it from the desk's origin (and so on the desk's IndexedDB database).
 */
export async function buildStoreHarness(appOutDir: string): Promise<void> {
  const root = path.dirname(fileURLToPath(import.meta.url));
  await build({
    configFile: false,
    root,
    base: storeHarnessPath,
    logLevel: 'error',
    build: {
      outDir: path.join(appOutDir, storeHarnessPath),
      emptyOutDir: true,
      target: 'es2022',
    },
  });
}

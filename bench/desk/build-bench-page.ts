import path from 'node:path';
import { build } from 'vite';
import type { PluginOption } from 'vite';

/**
 * Builds a page the bench serves beside the built desk: the `index.html` in `root`, into
 * `<appOutDir><base>`, so `vite preview` of the desk serves it at `base`, from the desk's origin.
 */
export async function buildBenchPage({
  root,
  base,
  appOutDir,
  plugins = [],
}: {
  root: string;
  base: string;
  appOutDir: string;
  plugins?: PluginOption[];
}): Promise<void> {
  await build({
    configFile: false,
    root,
    base,
    logLevel: 'error',
    plugins,
    build: {
      outDir: path.join(appOutDir, base),
      emptyOutDir: true,
      target: 'es2022',
    },
  });
}

import path from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { buildBenchPage } from '../build-bench-page.ts';

/** Where the slate floor is served, under the built desk. */
export const slateFloorPath = '/bench-slate/';

/** Builds the slate floor page into `<appOutDir>/bench-slate/`, served by the desk's preview. */
export async function buildSlateFloor(appOutDir: string): Promise<void> {
  await buildBenchPage({
    root: path.dirname(fileURLToPath(import.meta.url)),
    base: slateFloorPath,
    appOutDir,
    plugins: [react()],
  });
}

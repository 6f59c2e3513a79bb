import path from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { build } from 'vite';

/** Where the slate floor is served, under the built desk. */
export const slateFloorPath = '/bench-slate/';

/** Builds the slate floor page into `<appOutDir>/bench-slate/`, served by the desk's preview. */
export async function buildSlateFloor(appOutDir: string): Promise<void> {
  const root = path.dirname(fileURLToPath(import.meta.url));
  await build({
    configFile: false,
    root,
    base: slateFloorPath,
    logLevel: 'error',
    plugins: [react()],
    build: {
      outDir: path.join(appOutDir, slateFloorPath),
      emptyOutDir: true,
      target: 'es2022',
    },
  });
}

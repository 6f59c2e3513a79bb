import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';

/** A separate output folder, so the bench never overwrites the dist/ that `npm start` serves. */
export const benchOutDir = 'node_modules/.tmp/bench-dist';

let build: Promise<string> | undefined;

/**
 * Builds the app for production into {@link benchOutDir}, once per bench run: the bundle and
 * desk modules measure the same build.
 * @returns the absolute path of the build.
 */
export function buildAppOnce(repoRoot: string, log: (line: string) => void): Promise<string> {
  build ??= (async () => {
    log(`vite build → ${benchOutDir}…`);
    await promisify(execFile)(
      path.join(repoRoot, 'node_modules/.bin/vite'),
      ['build', '--outDir', benchOutDir, '--emptyOutDir', '--logLevel', 'error'],
      { cwd: repoRoot, timeout: 300_000 },
    );
    return path.join(repoRoot, benchOutDir);
  })();
  return build;
}

import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

/** A `vite preview` of a build, started and stopped by the bench. */
export interface PreviewServer {
  /** Where it serves, without a trailing slash ("http://127.0.0.1:4190"). */
  baseUrl: string;
  /** Stops it; resolves once the process has exited (killed after a grace period). */
  stop: () => Promise<void>;
}

const host = '127.0.0.1';

function isPortFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => {
      resolve(false);
    });
    probe.listen(port, host, () => {
      probe.close(() => {
        resolve(true);
      });
    });
  });
}

/** The first free port from `first` on, trying ten. */
async function findFreePort(first: number): Promise<number> {
  for (let port = first; port < first + 10; port++) {
    if (await isPortFree(port)) return port;
  }
  throw new Error(`No free port between ${first} and ${first + 9} for vite preview.`);
}

/**
 * Serves `outDir` with `vite preview` on a free port from `firstPort` on (strict, so it never
 * wanders to a port the bench does not know), and waits until it answers.
 * @throws {Error} when it does not answer within `timeoutMs`; the process is stopped first.
 */
export async function startPreview({
  repoRoot,
  outDir,
  // Not 4190: browsers refuse it (the Fetch standard's "bad ports", ManageSieve).
  firstPort = 4192,
  timeoutMs = 30_000,
}: {
  repoRoot: string;
  outDir: string;
  firstPort?: number;
  timeoutMs?: number;
}): Promise<PreviewServer> {
  const port = await findFreePort(firstPort);
  const child = spawn(
    path.join(repoRoot, 'node_modules/.bin/vite'),
    ['preview', '--outDir', outDir, '--host', host, '--port', String(port), '--strictPort'],
    { cwd: repoRoot, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const exited = once(child, 'exit');

  const stop = async (): Promise<void> => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    const killed = await Promise.race([exited.then(() => true), sleep(5_000).then(() => false)]);
    if (!killed) {
      child.kill('SIGKILL');
      await exited;
    }
  };

  const baseUrl = `http://${host}:${port}`;
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`vite preview exited (${child.exitCode}): ${stderr.trim()}`);
    }
    try {
      const response = await fetch(`${baseUrl}/`, { signal: AbortSignal.timeout(2_000) });
      if (response.ok) return { baseUrl, stop };
    } catch {
      // Not listening yet.
    }
    await sleep(200);
  }
  await stop();
  throw new Error(`vite preview did not answer on ${baseUrl} within ${timeoutMs} ms.`);
}

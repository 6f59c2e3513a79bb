import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));

interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the CLI as a user would, through tsx in a child process. */
const runCli = (args: string[], stdin = ''): Promise<CliRun> =>
  new Promise((resolve, reject) => {
    const child = spawn('npx', ['tsx', 'src/cli/main.ts', ...args], { cwd: projectRoot });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      resolve({ code, stdout, stderr });
    });
    child.stdin.end(stdin);
  });

const PAGE =
  '第1版 要闻\n\n市委常委会召开会议\n本报讯（记者 王 敏）9月20日，市委常委会召开会议。\n';

let folder = '';
const pathOf = (name: string): string => join(folder, name);

beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'galley-cli-'));
  writeFileSync(pathOf('page.txt'), PAGE);
  writeFileSync(
    pathOf('page.png'),
    Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
  );
});

afterAll(() => {
  rmSync(folder, { recursive: true, force: true });
});

const expectAnalysisJson = (stdout: string): void => {
  const analysis = JSON.parse(stdout) as Record<string, unknown>;
  expect(Array.isArray(analysis.items)).toBe(true);
  expect(Array.isArray(analysis.flags)).toBe(true);
};

// Each run starts Node and tsx (one to a few seconds on a busy machine): run them one at a time,
// with room to spare.
describe('the galley CLI', { timeout: 60_000 }, () => {
  it('prints the analysis JSON of a file and exits 0', async () => {
    const result = await runCli(['analyze', pathOf('page.txt')]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expectAnalysisJson(result.stdout);
  });

  it('reads standard input for "-"', async () => {
    const result = await runCli(['analyze', '-'], PAGE);
    expect(result.code).toBe(0);
    expectAnalysisJson(result.stdout);
  });

  it('prints a readable summary with --format text', async () => {
    const result = await runCli(['analyze', pathOf('page.txt'), '--format', 'text']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^language: zh\n/);
    expect(result.stdout).toContain('\nflags: ');
  });

  it('exits 1 with a clear message when the file does not exist', async () => {
    const missing = pathOf('missing.txt');
    const result = await runCli(['analyze', missing]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(`galley: ${missing}: no such file.\n`);
  });

  it('exits 1 with the decoder refusal when the file is not text', async () => {
    const result = await runCli(['analyze', pathOf('page.png')]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('This is a PNG image, not text.');
  });

  it('exits 2 with the usage on stderr when the command line is wrong', async () => {
    for (const args of [[], ['analyze', pathOf('page.txt'), '--format', 'xml']]) {
      const result = await runCli(args);
      expect(result.code).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toContain('Usage: ');
    }
  });

  it('prints the usage and exits 0 for --help', async () => {
    const result = await runCli(['--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('analyze FILE');
  });
});

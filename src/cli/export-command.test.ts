import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportSnapshot } from '../core/export/export-snapshot.ts';
import { enIssue } from '../core/export/fixtures/en-issue.ts';
import { MANIFEST_COLUMNS } from '../core/export/export-csv.ts';
import { parseBackup } from '../core/export/parse-backup.ts';
import { parseCsv } from '../core/export/parse-csv.ts';
import type { CliIo } from './cli-io.ts';
import { runCli } from './run-cli.ts';

const SAMPLE = fileURLToPath(
  new URL('../../public/samples/taiyuan-daily-2022-09-21.txt', import.meta.url),
);

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in this process with captured output and the given standard input. */
const run = async (argv: string[], stdin = ''): Promise<Run> => {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    stdin: Readable.from([Buffer.from(stdin)]),
  };
  const code = await runCli(argv, io);
  return { code, stdout, stderr };
};

let folder = '';
const pathOf = (...names: string[]): string => join(folder, ...names);

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'galley-export-'));
  const backup = await exportSnapshot(enIssue, 'json', { kind: 'issue' });
  writeFileSync(pathOf('ledger.json'), backup.bytes);
  const text = strFromU8(backup.bytes);
  writeFileSync(pathOf('truncated.json'), text.slice(0, text.length - 40));
  writeFileSync(pathOf('future.json'), text.replace('"version":1', '"version":7'));
});

afterAll(() => {
  rmSync(folder, { recursive: true, force: true });
});

describe('galley export', () => {
  it('analyses an issue text and writes the zip of every format into a new folder', async () => {
    const out = pathOf('out', 'zip');
    const result = await run(['export', SAMPLE, '--format', 'zip', '--out', out]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(readdirSync(out)).toEqual(['taiyuan-daily-2022-09-21.zip']);
    expect(result.stdout).toMatch(
      new RegExp(`^wrote ${join(out, 'taiyuan-daily-2022-09-21.zip')} \\(\\d+(\\.\\d)? KiB\\)\\n$`),
    );
    const files = unzipSync(readFileSync(join(out, 'taiyuan-daily-2022-09-21.zip')));
    const nitf = Object.keys(files).filter((name) => name.startsWith('nitf/'));
    expect(nitf).toHaveLength(6);
    const manifest = parseCsv(strFromU8(files['manifest.csv']!));
    expect(manifest[0]).toEqual([...MANIFEST_COLUMNS]);
    expect(manifest.slice(1).map((row) => row[3])).toEqual([
      'article',
      'article',
      'article',
      'teaser',
      'teaser',
      'photo',
      'article',
      'furniture',
      'article',
      'article',
    ]);
    // Raw text comes in as the desk imports it: every item detected, flags open.
    expect(manifest.slice(1).every((row) => row[7] === 'detected')).toBe(true);
    const backup = parseBackup(files['taiyuan-daily-2022-09-21.json']!);
    expect(
      backup.ok && backup.snapshot.items[2]!.flags.some((flag) => flag.text === '阴性阴性'),
    ).toBe(true);
  });

  it('exports one item named by its number, as analyze lists it', async () => {
    const out = pathOf('out', 'article');
    const result = await run([
      'export',
      SAMPLE,
      '--format',
      'txt',
      '--out',
      out,
      '--scope',
      'article:3',
    ]);
    expect(result.code).toBe(0);
    const [name] = readdirSync(out);
    expect(name).toBe('taiyuan-daily-2022-09-21-03-退役军人招聘会-千余岗位等你来.txt');
    expect(readFileSync(join(out, name!), 'utf8')).toMatch(
      /^退役军人招聘会 千余岗位等你来\n作者：郝晓炜\n\n本报讯/,
    );
  });

  it('reads a Galley backup and exports it as it was saved', async () => {
    const out = pathOf('out', 'backup');
    const json = await run(['export', pathOf('ledger.json'), '--format', 'json', '--out', out]);
    expect(json.code).toBe(0);
    const again = parseBackup(readFileSync(join(out, 'the-evening-ledger-1925-10-09.json')));
    expect(again).toEqual({ ok: true, snapshot: enIssue });
    const item = await run([
      'export',
      pathOf('ledger.json'),
      '--format=nitf',
      `--out=${out}`,
      '--scope=article:en-fixture:20',
    ]);
    expect(item.code).toBe(0);
    expect(
      readFileSync(
        join(out, 'the-evening-ledger-1925-10-09-02-harbor-ice-breaks-early.xml'),
        'utf8',
      ),
    ).toContain('<hl1>Harbor Ice Breaks Early This Year</hl1>');
  });

  it('reads standard input for "-"', async () => {
    const out = pathOf('out', 'stdin');
    const text = readFileSync(SAMPLE, 'utf8');
    const result = await run(
      ['export', '-', '--format', 'md', '--out', out, '--scope', 'page:1'],
      text,
    );
    expect(result.code).toBe(0);
    expect(readdirSync(out)).toHaveLength(1);
    expect(readFileSync(join(out, readdirSync(out)[0]!), 'utf8')).toContain(
      '### 市委常委会召开会议',
    );
  });

  it.each([
    ['a truncated backup', 'truncated.json', /cut short or damaged/],
    ['a backup of a newer version', 'future.json', /newer Galley \(backup version 7\)/],
    ['a missing file', 'missing.txt', /no such file\./],
  ])('refuses %s with exit 1 and writes nothing', async (_name, file, message) => {
    const out = pathOf('out', 'refused');
    const result = await run(['export', pathOf(file), '--format', 'zip', '--out', out]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(new RegExp(`^galley: ${pathOf(file)}: `));
    expect(result.stderr).toMatch(message);
    expect(() => readdirSync(out)).toThrow();
  });

  it('refuses a page or an item the issue does not have with exit 1', async () => {
    const out = pathOf('out', 'scope');
    const page = await run([
      'export',
      pathOf('ledger.json'),
      '--format',
      'md',
      '--out',
      out,
      '--scope',
      'page:5',
    ]);
    expect(page.code).toBe(1);
    expect(page.stderr).toBe(`galley: ${pathOf('ledger.json')}: This issue has no page 5.\n`);
    const item = await run([
      'export',
      pathOf('ledger.json'),
      '--format',
      'md',
      '--out',
      out,
      '--scope',
      'article:12',
    ]);
    expect(item.code).toBe(1);
    expect(item.stderr).toContain(
      'This issue has no item “12”: give an item id, or a number from 1 to 4.',
    );
  });

  it('exits 1 when the folder cannot be made', async () => {
    writeFileSync(pathOf('a-file'), 'x');
    const result = await run([
      'export',
      pathOf('ledger.json'),
      '--format',
      'txt',
      '--out',
      pathOf('a-file', 'sub'),
    ]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/: part of this path is a file, not a folder\.\n$/);
  });

  it('exits 2 with the usage when the command line is wrong', async () => {
    const result = await run(['export', SAMPLE, '--format', 'pdf', '--out', pathOf('out')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Usage: ');
  });
});

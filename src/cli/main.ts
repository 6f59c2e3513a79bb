import { readFile, stat } from 'node:fs/promises';
import { DEFAULT_MAX_BYTES, createTooLargeError, decodeText } from '../core/decode/decode-text.ts';
import { analyzeIssue } from '../core/segment/analyze-issue.ts';
import { formatAnalysisText } from './format-analysis-text.ts';
import { loadProofreadingResources } from './load-proofreading-resources.ts';
import { USAGE, parseCliArgs } from './parse-cli-args.ts';
import type { OutputFormat } from './parse-cli-args.ts';

const EXIT_OK = 0;
const EXIT_BAD_INPUT = 1;
const EXIT_USAGE = 2;

type Input = { ok: true; bytes: Uint8Array } | { ok: false; message: string };

const describeFileError = (error: unknown): string => {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code === 'ENOENT') return 'no such file.';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied.';
  if (code === 'EISDIR') return 'this is a folder, not a file.';
  return error instanceof Error ? error.message : String(error);
};

const readFileInput = async (path: string): Promise<Input> => {
  try {
    // Check the size first, so an oversized file is refused without being read.
    const info = await stat(path);
    if (info.isDirectory()) return { ok: false, message: 'this is a folder, not a file.' };
    if (info.size > DEFAULT_MAX_BYTES) {
      return { ok: false, message: createTooLargeError(info.size, DEFAULT_MAX_BYTES).message };
    }
    return { ok: true, bytes: await readFile(path) };
  } catch (error) {
    return { ok: false, message: describeFileError(error) };
  }
};

const readStdinInput = async (): Promise<Input> => {
  const chunks: Buffer[] = [];
  let size = 0;
  // Past the limit keep counting, not keeping, so the message can state the real size.
  for await (const chunk of process.stdin as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size <= DEFAULT_MAX_BYTES) chunks.push(chunk);
  }
  if (size > DEFAULT_MAX_BYTES) {
    return { ok: false, message: createTooLargeError(size, DEFAULT_MAX_BYTES).message };
  }
  return { ok: true, bytes: Buffer.concat(chunks) };
};

const analyze = async (file: string, format: OutputFormat): Promise<number> => {
  const label = file === '-' ? 'standard input' : file;
  const input = file === '-' ? await readStdinInput() : await readFileInput(file);
  if (!input.ok) {
    process.stderr.write(`galley: ${label}: ${input.message}\n`);
    return EXIT_BAD_INPUT;
  }
  const decoded = decodeText(input.bytes);
  if (!decoded.ok) {
    process.stderr.write(`galley: ${label}: ${decoded.error.message}\n`);
    return EXIT_BAD_INPUT;
  }
  const analysis = analyzeIssue(decoded.text, { proofreading: await loadProofreadingResources() });
  process.stdout.write(
    format === 'json' ? `${JSON.stringify(analysis, null, 2)}\n` : formatAnalysisText(analysis),
  );
  return EXIT_OK;
};

const run = async (argv: readonly string[]): Promise<number> => {
  const args = parseCliArgs(argv);
  switch (args.kind) {
    case 'help':
      process.stdout.write(USAGE);
      return EXIT_OK;
    case 'usage-error':
      process.stderr.write(`galley: ${args.message}\n\n${USAGE}`);
      return EXIT_USAGE;
    case 'analyze':
      return analyze(args.file, args.format);
  }
};

// exitCode rather than process.exit(), so output piped to another program is flushed first.
process.exitCode = await run(process.argv.slice(2));

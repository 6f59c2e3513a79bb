import { decodeText, DEFAULT_MAX_BYTES } from '../core/decode/decode-text.ts';
import { analyzeIssue } from '../core/segment/analyze-issue.ts';
import { EXIT } from './cli-io.ts';
import type { CliIo } from './cli-io.ts';
import { runExport } from './export-command.ts';
import { formatAnalysisText } from './format-analysis-text.ts';
import { loadProofreadingResources } from './load-proofreading-resources.ts';
import { USAGE, parseCliArgs } from './parse-cli-args.ts';
import type { OutputFormat } from './parse-cli-args.ts';
import { readFileInput, readStreamInput } from './read-input.ts';

const analyze = async (file: string, format: OutputFormat, io: CliIo): Promise<number> => {
  const label = file === '-' ? 'standard input' : file;
  const input =
    file === '-'
      ? await readStreamInput(io.stdin, DEFAULT_MAX_BYTES)
      : await readFileInput(file, DEFAULT_MAX_BYTES);
  if (!input.ok) {
    io.stderr.write(`galley: ${label}: ${input.message}\n`);
    return EXIT.badInput;
  }
  const decoded = decodeText(input.bytes);
  if (!decoded.ok) {
    io.stderr.write(`galley: ${label}: ${decoded.error.message}\n`);
    return EXIT.badInput;
  }
  const analysis = analyzeIssue(decoded.text, { proofreading: await loadProofreadingResources() });
  io.stdout.write(
    format === 'json' ? `${JSON.stringify(analysis, null, 2)}\n` : formatAnalysisText(analysis),
  );
  return EXIT.ok;
};

/** Runs the command line (without the node and script paths) and returns its exit code. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseCliArgs(argv);
  switch (args.kind) {
    case 'help':
      io.stdout.write(USAGE);
      return EXIT.ok;
    case 'usage-error':
      io.stderr.write(`galley: ${args.message}\n\n${USAGE}`);
      return EXIT.usage;
    case 'analyze':
      return analyze(args.file, args.format, io);
    case 'export':
      return runExport(args, io);
  }
}

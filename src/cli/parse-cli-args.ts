/** How `analyze` prints its result. */
export type OutputFormat = 'json' | 'text';

/** What the command line asks for, or why it cannot be understood. */
export type CliArgs =
  | { kind: 'help' }
  | { kind: 'analyze'; file: string; format: OutputFormat }
  | { kind: 'usage-error'; message: string };

/** Help text, printed for --help and after every usage error. */
export const USAGE = `Usage: npm run --silent cli -- <command> [options]

Commands:
  analyze FILE          Split an issue's text into items and flag OCR faults.
                        FILE is a text file (UTF-8, UTF-16 with BOM or GB18030), or - for standard input.

Options:
  --format json|text    Print the analysis JSON (the default) or a readable summary.
  -h, --help            Print this help.

Exit codes: 0 success, 1 bad input (file unreadable or not text), 2 wrong usage.
`;

const FORMATS: readonly string[] = ['json', 'text'] satisfies OutputFormat[];

const isOutputFormat = (value: string): value is OutputFormat => FORMATS.includes(value);

const usageError = (message: string): CliArgs => ({ kind: 'usage-error', message });

/** Reads the command line (without the node and script paths) into what it asks for; never throws. */
export function parseCliArgs(argv: readonly string[]): CliArgs {
  const positionals: string[] = [];
  let format: string | undefined;
  let optionsEnded = false;

  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index] ?? '';
    // "-" alone names standard input, and after "--" a file may start with a dash.
    if (optionsEnded || arg === '-' || !arg.startsWith('-')) {
      positionals.push(arg);
    } else if (arg === '--') {
      optionsEnded = true;
    } else if (arg === '-h' || arg === '--help') {
      return { kind: 'help' };
    } else if (arg === '--format') {
      index += 1;
      format = argv[index];
      if (format === undefined) return usageError('--format needs a value: json or text.');
    } else if (arg.startsWith('--format=')) {
      format = arg.slice('--format='.length);
    } else {
      return usageError(`Unknown option "${arg}".`);
    }
  }

  const [command, ...operands] = positionals;
  if (command === undefined) return usageError('No command given.');
  if (command !== 'analyze') return usageError(`Unknown command "${command}".`);

  const [file, ...extra] = operands;
  if (file === undefined || file === '') {
    return usageError('analyze needs a FILE (or - for standard input).');
  }
  if (extra.length > 0) {
    return usageError(`analyze takes one FILE; also got "${extra.join('", "')}".`);
  }
  const chosen = format ?? 'json';
  if (!isOutputFormat(chosen)) {
    return usageError(`--format must be json or text, not "${chosen}".`);
  }
  return { kind: 'analyze', file, format: chosen };
}

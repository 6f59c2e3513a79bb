import { EXPORT_FORMATS } from '../core/export/export-snapshot.ts';
import type { ExportFormat } from '../core/export/export-snapshot.ts';

/** How `analyze` prints its result. */
export type OutputFormat = 'json' | 'text';

/** What `export` covers, as the command line names it; an article is named by id or number. */
export type CliScope =
  { kind: 'issue' } | { kind: 'page'; page: number } | { kind: 'article'; ref: string };

/** What the command line asks for, or why it cannot be understood. */
export type CliArgs =
  | { kind: 'help' }
  | { kind: 'analyze'; file: string; format: OutputFormat }
  | { kind: 'export'; file: string; format: ExportFormat; out: string; scope: CliScope }
  | { kind: 'usage-error'; message: string };

/** Help text, printed for --help and after every usage error. */
export const USAGE = `Usage: npm run --silent cli -- <command> [options]

Commands:
  analyze FILE          Split an issue's text into items and flag OCR faults.
                        FILE is a text file (UTF-8, UTF-16 with BOM or GB18030), or - for standard input.
  export FILE           Export an issue into a folder. FILE is an issue's text (analysed first) or a
                        Galley backup (.json), or - for standard input.

Options:
  --format FORMAT       analyze: json (the default) or text, a readable summary.
                        export: json (the backup), txt, md, html, nitf, docx, csv (manifest) or zip (all).
  --out DIR             export: the folder to write into (created if missing).
  --scope SCOPE         export: issue (the default), page:N, or article:ID where ID is an item id or
                        the item's number as "analyze --format text" lists it.
  -h, --help            Print this help.

Exit codes: 0 success, 1 bad input (file unreadable, not text, not a valid backup, no such page
or item), 2 wrong usage.
`;

const ANALYZE_FORMATS: readonly string[] = ['json', 'text'] satisfies OutputFormat[];

const isOutputFormat = (value: string): value is OutputFormat => ANALYZE_FORMATS.includes(value);

const isExportFormat = (value: string): value is ExportFormat =>
  (EXPORT_FORMATS as readonly string[]).includes(value);

const usageError = (message: string): CliArgs => ({ kind: 'usage-error', message });

const VALUE_OPTIONS = ['--format', '--out', '--scope'] as const;
type ValueOption = (typeof VALUE_OPTIONS)[number];

const OPTION_HINTS: Record<Exclude<ValueOption, '--format'>, string> = {
  '--out': 'a folder',
  '--scope': 'issue, page:N or article:ID',
};

const isValueOption = (name: string): name is ValueOption =>
  (VALUE_OPTIONS as readonly string[]).includes(name);

/** Reads `issue`, `page:N` or `article:ID`. */
function parseScope(text: string): CliScope | null {
  if (text === 'issue') return { kind: 'issue' };
  const page = /^page:([1-9]\d{0,5})$/.exec(text);
  if (page) return { kind: 'page', page: Number(page[1]) };
  const article = /^article:(.+)$/.exec(text);
  if (article?.[1]) return { kind: 'article', ref: article[1] };
  return null;
}

/** Reads the command line (without the node and script paths) into what it asks for; never throws. */
export function parseCliArgs(argv: readonly string[]): CliArgs {
  const positionals: string[] = [];
  const values = new Map<ValueOption, string>();
  let missingValue: ValueOption | undefined;
  let optionsEnded = false;

  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index] ?? '';
    // "-" alone names standard input, and after "--" a file may start with a dash.
    if (optionsEnded || arg === '-' || !arg.startsWith('-')) {
      positionals.push(arg);
      continue;
    }
    if (arg === '--') {
      optionsEnded = true;
      continue;
    }
    if (arg === '-h' || arg === '--help') return { kind: 'help' };
    const equals = arg.indexOf('=');
    const name = equals >= 0 ? arg.slice(0, equals) : arg;
    if (!isValueOption(name)) return usageError(`Unknown option "${arg}".`);
    let value: string | undefined;
    if (equals >= 0) {
      value = arg.slice(equals + 1);
    } else {
      index += 1;
      value = argv[index];
    }
    // Only the last argument can lack its value; what it should be depends on the command.
    if (value === undefined) missingValue = name;
    else values.set(name, value);
  }

  const [command, ...operands] = positionals;
  if (command === undefined) return usageError('No command given.');
  if (command !== 'analyze' && command !== 'export') {
    return usageError(`Unknown command "${command}".`);
  }

  if (missingValue !== undefined) {
    const needs =
      missingValue !== '--format'
        ? OPTION_HINTS[missingValue]
        : command === 'analyze'
          ? 'json or text'
          : EXPORT_FORMATS.join(', ');
    return usageError(`${missingValue} needs a value: ${needs}.`);
  }

  const [file, ...extra] = operands;
  if (file === undefined || file === '') {
    return usageError(`${command} needs a FILE (or - for standard input).`);
  }
  if (extra.length > 0) {
    return usageError(`${command} takes one FILE; also got "${extra.join('", "')}".`);
  }

  if (command === 'analyze') {
    for (const name of ['--out', '--scope'] as const) {
      if (values.has(name)) return usageError(`${name} is an option of export, not of analyze.`);
    }
    const chosen = values.get('--format') ?? 'json';
    if (!isOutputFormat(chosen)) {
      return usageError(`--format must be json or text, not "${chosen}".`);
    }
    return { kind: 'analyze', file, format: chosen };
  }

  const format = values.get('--format');
  if (format === undefined) {
    return usageError(`export needs --format: ${EXPORT_FORMATS.join(', ')}.`);
  }
  if (!isExportFormat(format)) {
    return usageError(`--format must be one of ${EXPORT_FORMATS.join(', ')}, not "${format}".`);
  }
  const out = values.get('--out');
  if (out === undefined || out === '') return usageError('export needs --out DIR.');
  const scopeText = values.get('--scope') ?? 'issue';
  const scope = parseScope(scopeText);
  if (!scope) {
    return usageError(`--scope must be issue, page:N or article:ID, not "${scopeText}".`);
  }
  return { kind: 'export', file, format, out, scope };
}

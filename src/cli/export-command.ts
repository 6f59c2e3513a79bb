import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { DEFAULT_MAX_BYTES, decodeText } from '../core/decode/decode-text.ts';
import { buildIssueSnapshot } from '../core/export/build-issue-snapshot.ts';
import { ExportScopeError, exportSnapshot } from '../core/export/export-snapshot.ts';
import type { ExportFormat, ExportScope } from '../core/export/export-snapshot.ts';
import type { IssueSnapshot } from '../core/export/issue-snapshot.ts';
import { MAX_BACKUP_BYTES, isProbablyBackup, parseBackup } from '../core/export/parse-backup.ts';
import { analyzeIssue } from '../core/segment/analyze-issue.ts';
import { EXIT } from './cli-io.ts';
import type { CliIo } from './cli-io.ts';
import { loadProofreadingResources } from './load-proofreading-resources.ts';
import type { CliScope } from './parse-cli-args.ts';
import { describeFileError, readFileInput, readStreamInput } from './read-input.ts';

/** What `export` was asked to do. */
export interface ExportRequest {
  /** The input file, or "-" for standard input. */
  file: string;
  /** The format to write. */
  format: ExportFormat;
  /** The folder to write into. */
  out: string;
  /** What to export. */
  scope: CliScope;
}

type Loaded = { ok: true; snapshot: IssueSnapshot } | { ok: false; message: string };

// A backup may be larger than a text file; each is held to its own limit once recognised.
const READ_LIMIT = Math.max(DEFAULT_MAX_BYTES, MAX_BACKUP_BYTES);

/** Reads the input as a Galley backup, or as an issue's text analysed as the desk imports it. */
async function loadSnapshot(request: ExportRequest, io: CliIo): Promise<Loaded> {
  const fromStdin = request.file === '-';
  const input = fromStdin
    ? await readStreamInput(io.stdin, READ_LIMIT)
    : await readFileInput(request.file, READ_LIMIT);
  if (!input.ok) return input;
  if (isProbablyBackup(input.bytes)) {
    const backup = parseBackup(input.bytes);
    return backup.ok ? backup : { ok: false, message: backup.error.message };
  }
  const decoded = decodeText(input.bytes);
  if (!decoded.ok) return { ok: false, message: decoded.error.message };
  const analysis = analyzeIssue(decoded.text, { proofreading: await loadProofreadingResources() });
  // The same text always gets the same id, so repeated exports of one file name items alike.
  const digest = createHash('sha256').update(decoded.text).digest('hex').slice(0, 16);
  const snapshot = buildIssueSnapshot({
    id: `text-${digest}`,
    text: decoded.text,
    analysis,
    sourceName: fromStdin ? 'pasted text' : basename(request.file),
    encoding: decoded.encoding,
    time: Date.now(),
  });
  return { ok: true, snapshot };
}

/** Turns the command line's scope into an export scope; an article may be named by its number. */
function resolveScope(scope: CliScope, snapshot: IssueSnapshot): ExportScope {
  if (scope.kind !== 'article') return scope;
  if (snapshot.items.some((item) => item.id === scope.ref)) {
    return { kind: 'article', itemId: scope.ref };
  }
  const sorted = [...snapshot.items].sort((a, b) => a.order - b.order);
  const number = /^#?([1-9]\d*)$/.exec(scope.ref);
  const numbered = number ? sorted[Number(number[1]) - 1] : undefined;
  if (numbered) return { kind: 'article', itemId: numbered.id };
  throw new ExportScopeError(
    `This issue has no item “${scope.ref}”: give an item id, or a number from 1 to ${sorted.length}.`,
  );
}

const formatSize = (bytes: number): string =>
  bytes < 1024 ? `${bytes} bytes` : `${String(Math.round((bytes / 1024) * 10) / 10)} KiB`;

/** Runs `export`: reads the input, exports the scope and writes the file into the folder. Returns the exit code. */
export async function runExport(request: ExportRequest, io: CliIo): Promise<number> {
  const label = request.file === '-' ? 'standard input' : request.file;
  const loaded = await loadSnapshot(request, io);
  if (!loaded.ok) {
    io.stderr.write(`galley: ${label}: ${loaded.message}\n`);
    return EXIT.badInput;
  }
  let file;
  try {
    file = await exportSnapshot(
      loaded.snapshot,
      request.format,
      resolveScope(request.scope, loaded.snapshot),
    );
  } catch (error) {
    if (!(error instanceof ExportScopeError)) throw error;
    io.stderr.write(`galley: ${label}: ${error.message}\n`);
    return EXIT.badInput;
  }
  const path = join(request.out, file.name);
  try {
    await mkdir(request.out, { recursive: true });
    await writeFile(path, file.bytes);
  } catch (error) {
    io.stderr.write(`galley: ${path}: ${describeFileError(error)}\n`);
    return EXIT.badInput;
  }
  io.stdout.write(`wrote ${path} (${formatSize(file.bytes.length)})\n`);
  return EXIT.ok;
}

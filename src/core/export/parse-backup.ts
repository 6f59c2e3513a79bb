import { backupSchemaV1, toSnapshotV1 } from './backup-schema-v1.ts';
import type { IssueSnapshot } from './issue-snapshot.ts';

// The core's lib has no DOM, yet every platform Galley runs on provides TextDecoder; declare only
// the part used here.
declare const TextDecoder: new (
  label: string,
  options?: { fatal?: boolean },
) => { decode(input: Uint8Array): string };

/** The `format` every Galley backup names. DO NOT CHANGE: backups in people's archives carry it. */
export const BACKUP_FORMAT = 'galley-backup';
/** The backup version this Galley writes. */
export const BACKUP_VERSION = 1;
/** The largest backup Galley reads: 128 MiB, far above an issue with a long history. */
export const MAX_BACKUP_BYTES = 128 * 1024 * 1024;

/** Why a backup was refused. */
export type BackupErrorCode =
  'too-large' | 'not-json' | 'not-a-backup' | 'unknown-version' | 'invalid';

/** The issue a backup holds, or why it was refused, in a sentence for the person importing it. */
export type BackupResult =
  | { ok: true; snapshot: IssueSnapshot }
  | { ok: false; error: { code: BackupErrorCode; message: string } };

const refuse = (code: BackupErrorCode, message: string): BackupResult => ({
  ok: false,
  error: { code, message },
});

const KIB = 1024;
const MIB = 1024 * 1024;
const formatSize = (bytes: number): string => {
  const round = (value: number): string => String(Math.round(value * 10) / 10);
  if (bytes >= MIB) return `${round(bytes / MIB)} MiB`;
  if (bytes >= KIB) return `${round(bytes / KIB)} KiB`;
  return `${bytes} bytes`;
};

// UTF-8 length of a string without encoding it; stops counting once past the limit.
const utf8Length = (text: string, limit: number): number => {
  let bytes = 0;
  for (let index = 0; index < text.length && bytes <= limit; index += 1) {
    const code = text.charCodeAt(index);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code < 0xdc00) {
      bytes += 4;
      index += 1;
    } else bytes += 3;
  }
  return bytes;
};

const sizeOf = (input: Uint8Array | string, limit: number): number =>
  typeof input === 'string' ? utf8Length(input, limit) : input.length;

/** Options of {@link parseBackup}. */
export interface ParseBackupOptions {
  /** Largest accepted size in bytes; {@link MAX_BACKUP_BYTES} when absent. */
  maxBytes?: number;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

// A zod issue path as a reader can follow it: items[3].content.headline.
const formatPath = (path: readonly PropertyKey[]): string =>
  path
    .map((key, index) =>
      typeof key === 'number' ? `[${key}]` : `${index === 0 ? '' : '.'}${String(key)}`,
    )
    .join('') || 'the file';

/** The records of a backup that do not hang together, in a sentence, or null when they do. */
function findInconsistency(snapshot: IssueSnapshot): string | null {
  const issueId = snapshot.issue.id;
  const itemIds = new Set<string>();
  for (const [index, record] of snapshot.items.entries()) {
    if (record.issueId !== issueId) {
      return `items[${index}] belongs to issue “${record.issueId}”, not to “${issueId}”.`;
    }
    if (itemIds.has(record.id)) return `the item id “${record.id}” appears twice.`;
    itemIds.add(record.id);
  }
  for (const [index, revision] of snapshot.revisions.entries()) {
    if (revision.issueId !== issueId) {
      return `revisions[${index}] belongs to issue “${revision.issueId}”, not to “${issueId}”.`;
    }
    // A revision outlives its item when a split is undone (storage keeps it): it need only name an
    // item id of this issue, `${issueId}:${startLine}`.
    const line = revision.itemId.startsWith(`${issueId}:`)
      ? revision.itemId.slice(issueId.length + 1)
      : '';
    if (!itemIds.has(revision.itemId) && !/^[1-9]\d*$/.test(line)) {
      return `revisions[${index}] is of the item “${revision.itemId}”, which is not of this issue.`;
    }
  }
  return null;
}

/**
 * Reads a Galley backup (the JSON export) into an issue snapshot: the size is checked before
 * anything is decoded or parsed, the JSON parsed without throwing, the version read first and the
 * rest validated against that version's schema, then the records cross-checked (items and
 * revisions belong to the issue, item ids are unique). Never throws.
 */
export function parseBackup(
  input: Uint8Array | string,
  options: ParseBackupOptions = {},
): BackupResult {
  const maxBytes = options.maxBytes ?? MAX_BACKUP_BYTES;
  const size = sizeOf(input, maxBytes);
  if (size > maxBytes) {
    return refuse(
      'too-large',
      `This file is ${formatSize(size)}, over Galley's limit of ${formatSize(maxBytes)} for a backup.`,
    );
  }
  let text: string;
  if (typeof input === 'string') {
    text = input.startsWith('\uFEFF') ? input.slice(1) : input;
  } else {
    try {
      // The decoder drops a UTF-8 byte-order mark itself.
      text = new TextDecoder('utf-8', { fatal: true }).decode(input);
    } catch {
      return refuse('not-json', 'This file is not UTF-8 text, so it is not a Galley backup.');
    }
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return refuse(
      'not-json',
      /^\s*[{[]/.test(text)
        ? 'This backup is cut short or damaged: its JSON is incomplete. Export it again from the desk that made it.'
        : 'This file is not a Galley backup: it is not JSON.',
    );
  }
  if (!isRecord(data) || data.format !== BACKUP_FORMAT) {
    return refuse(
      'not-a-backup',
      `This JSON file is not a Galley backup: it does not say "format": "${BACKUP_FORMAT}".`,
    );
  }
  if (data.version !== BACKUP_VERSION) {
    const version = data.version;
    return refuse(
      'unknown-version',
      typeof version === 'number' && Number.isInteger(version) && version > BACKUP_VERSION
        ? `This backup was made by a newer Galley (backup version ${version}); this Galley reads version ${BACKUP_VERSION}. Update Galley and import it again.`
        : `This backup has an unknown version (${version === undefined ? 'none' : JSON.stringify(version)}); this Galley reads version ${BACKUP_VERSION}.`,
    );
  }
  const parsed = backupSchemaV1.safeParse(data);
  if (!parsed.success) {
    const problems = parsed.error.issues
      .slice(0, 3)
      .map((issue) => `${formatPath(issue.path)}: ${issue.message}`);
    const more =
      parsed.error.issues.length > 3 ? ` (and ${parsed.error.issues.length - 3} more)` : '';
    return refuse('invalid', `This backup is damaged: ${problems.join('; ')}${more}.`);
  }
  const snapshot = toSnapshotV1(parsed.data);
  const inconsistency = findInconsistency(snapshot);
  if (inconsistency !== null) {
    return refuse('invalid', `This backup does not hang together: ${inconsistency}`);
  }
  return { ok: true, snapshot };
}

const SNIFF_BYTES = 512;
// JSON white space only: space, tab, CR, LF.
const BACKUP_HEAD = new RegExp(
  `^[ \\t\\r\\n]*\\{[ \\t\\r\\n]*"format"[ \\t\\r\\n]*:[ \\t\\r\\n]*"${BACKUP_FORMAT}"`,
);

/**
 * A cheap look at the first bytes: true when they open a JSON object whose first member is
 * `"format": "galley-backup"`, as Galley writes its backups. parseBackup still decides.
 */
export function isProbablyBackup(bytes: Uint8Array): boolean {
  let start = 0;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) start = 3;
  let head = '';
  for (let index = start; index < Math.min(bytes.length, start + SNIFF_BYTES); index += 1) {
    head += String.fromCharCode(bytes[index] ?? 0);
  }
  return BACKUP_HEAD.test(head);
}

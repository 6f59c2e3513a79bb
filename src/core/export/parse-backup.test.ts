import { readFileSync } from 'node:fs';
import { strToU8 } from 'fflate';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { analyzeIssue } from '../segment/analyze-issue.ts';
import type { BackupV1 } from './backup-schema-v1.ts';
import { buildIssueSnapshot } from './build-issue-snapshot.ts';
import { exportSnapshot } from './export-snapshot.ts';
import { enIssue } from './fixtures/en-issue.ts';
import { zhIssue } from './fixtures/zh-issue.ts';
import type {
  IssueSnapshot,
  SnapshotIssue,
  SnapshotItem,
  SnapshotRevision,
} from './issue-snapshot.ts';
import { BACKUP_FORMAT, BACKUP_VERSION, isProbablyBackup, parseBackup } from './parse-backup.ts';
import type { BackupResult } from './parse-backup.ts';

const EXPORTED_AT = new Date(Date.UTC(2024, 0, 2, 3, 4, 5));

const sample = (): IssueSnapshot => {
  const text = readFileSync(
    new URL('../../../public/samples/taiyuan-daily-2022-09-21.txt', import.meta.url),
    'utf8',
  );
  return buildIssueSnapshot({
    id: 'sample',
    text,
    analysis: analyzeIssue(text),
    sourceName: 'taiyuan-daily-2022-09-21.txt',
    encoding: 'utf-8',
    time: 1_663_718_400_000,
  });
};

const backupText = async (snapshot: IssueSnapshot): Promise<string> =>
  new TextDecoder().decode(
    (await exportSnapshot(snapshot, 'json', { kind: 'issue' }, { exportedAt: EXPORTED_AT })).bytes,
  );

const errorOf = (result: BackupResult): { code: string; message: string } => {
  if (result.ok) throw new Error('expected a refusal');
  return result.error;
};

describe('parseBackup', () => {
  it.each([
    ['the Chinese fixture', () => zhIssue],
    ['the English fixture', () => enIssue],
    ['the analysed sample issue', sample],
  ])('gives back %s exactly from its JSON export', async (_name, build) => {
    const snapshot = build();
    const file = await exportSnapshot(
      snapshot,
      'json',
      { kind: 'issue' },
      { exportedAt: EXPORTED_AT },
    );
    expect(file.name.endsWith('.json')).toBe(true);
    expect(isProbablyBackup(file.bytes)).toBe(true);
    const result = parseBackup(file.bytes);
    expect(result).toEqual({ ok: true, snapshot });
    // Strings parse as bytes do.
    expect(parseBackup(new TextDecoder().decode(file.bytes))).toEqual(result);
  });

  it('writes the versioned envelope first', async () => {
    const data = JSON.parse(await backupText(zhIssue)) as Record<string, unknown>;
    expect(Object.keys(data)).toEqual([
      'format',
      'version',
      'exportedAt',
      'issue',
      'items',
      'revisions',
    ]);
    expect(data).toMatchObject({
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      exportedAt: '2024-01-02T03:04:05.000Z',
    });
  });

  it('exports a page as the same shape holding only its items and their revisions', async () => {
    const file = await exportSnapshot(zhIssue, 'json', { kind: 'page', page: 1 });
    const result = parseBackup(file.bytes);
    if (!result.ok) throw new Error(result.error.message);
    expect(result.snapshot.issue).toEqual(zhIssue.issue);
    expect(result.snapshot.items.map((item) => item.order)).toEqual([0, 1, 2, 3]);
    expect(result.snapshot.revisions.map((revision) => revision.id)).toEqual([1, 2]);
  });

  it('accepts a byte-order mark', async () => {
    const text = await backupText(enIssue);
    expect(parseBackup(`\uFEFF${text}`).ok).toBe(true);
    const bytes = strToU8(text);
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]);
    expect(isProbablyBackup(withBom)).toBe(true);
    expect(parseBackup(withBom).ok).toBe(true);
  });

  it('refuses a truncated backup as not-json, saying it is cut short', async () => {
    const text = await backupText(zhIssue);
    const error = errorOf(parseBackup(text.slice(0, Math.floor(text.length / 2))));
    expect(error.code).toBe('not-json');
    expect(error.message).toMatch(/cut short/);
  });

  it.each([
    ['plain text', '市委常委会召开会议'],
    ['an empty file', ''],
  ])('refuses %s as not-json', (_name, input) => {
    const error = errorOf(parseBackup(input));
    expect(error.code).toBe('not-json');
    expect(error.message).toBe('This file is not a Galley backup: it is not JSON.');
  });

  it('refuses bytes that are not UTF-8 as not-json', () => {
    expect(errorOf(parseBackup(Uint8Array.from([0x7b, 0xff, 0xfe, 0x7d]))).code).toBe('not-json');
  });

  it.each([
    ['an array', '[1, 2]'],
    ['another format', '{"format": "other-app", "version": 1}'],
    ['no format', '{"issue": {}}'],
    ['a number', '42'],
  ])('refuses JSON of %s as not-a-backup', (_name, input) => {
    expect(errorOf(parseBackup(input)).code).toBe('not-a-backup');
  });

  it('refuses a newer version, saying so', async () => {
    const data = JSON.parse(await backupText(zhIssue)) as Record<string, unknown>;
    const error = errorOf(parseBackup(JSON.stringify({ ...data, version: 2 })));
    expect(error.code).toBe('unknown-version');
    expect(error.message).toMatch(/newer Galley \(backup version 2\)/);
  });

  it.each([[0], ['1'], [null], [1.5]])('refuses version %j as unknown-version', (version) => {
    const error = errorOf(parseBackup(JSON.stringify({ format: BACKUP_FORMAT, version })));
    expect(error.code).toBe('unknown-version');
    expect(error.message).toMatch(/unknown version/);
  });

  it('refuses a backup with no version as unknown-version', () => {
    expect(errorOf(parseBackup(JSON.stringify({ format: BACKUP_FORMAT }))).code).toBe(
      'unknown-version',
    );
  });

  const mutate = async (
    change: (data: {
      issue: SnapshotIssue;
      items: SnapshotItem[];
      revisions: SnapshotRevision[];
    }) => void,
  ): Promise<BackupResult> => {
    const data = JSON.parse(await backupText(zhIssue)) as BackupV1;
    change(data);
    return parseBackup(JSON.stringify(data));
  };

  it('refuses a schema-invalid backup, naming where', async () => {
    const error = errorOf(
      await mutate((data) => {
        (data.items[1]!.content as { headline: unknown }).headline = 42;
      }),
    );
    expect(error.code).toBe('invalid');
    expect(error.message).toMatch(/^This backup is damaged: items\[1\]\.content\.headline: /);
  });

  it.each([
    [
      'a missing issue text',
      (data: BackupV1) => delete (data.issue as Partial<SnapshotIssue>).text,
    ],
    [
      'an unknown status',
      (data: BackupV1) => ((data.items[0] as { status: string }).status = 'published'),
    ],
    ['a negative order', (data: BackupV1) => (data.items[0]!.order = -1)],
    ['a confidence above 1', (data: BackupV1) => (data.items[1]!.flags[0]!.confidence = 2)],
    ['a role keyed by a non-line', (data: BackupV1) => (data.items[0]!.item.roles.x = 'body')],
    ['a bad export time', (data: BackupV1) => (data.exportedAt = 'yesterday')],
  ])('refuses %s as invalid', async (_name, change) => {
    expect(errorOf(await mutate(change as (data: unknown) => void)).code).toBe('invalid');
  });

  it('refuses items or revisions of another issue and duplicate item ids', async () => {
    const otherItem = errorOf(await mutate((data) => (data.items[2]!.issueId = 'other')));
    expect(otherItem).toEqual({
      code: 'invalid',
      message:
        'This backup does not hang together: items[2] belongs to issue “other”, not to “zh-fixture”.',
    });
    const duplicate = errorOf(await mutate((data) => (data.items[2]!.id = data.items[1]!.id)));
    expect(duplicate.message).toMatch(/the item id “zh-fixture:3” appears twice/);
    const otherRevision = errorOf(await mutate((data) => (data.revisions[0]!.issueId = 'other')));
    expect(otherRevision.message).toMatch(/revisions\[0\] belongs to issue “other”/);
    const orphan = errorOf(await mutate((data) => (data.revisions[0]!.itemId = 'other:99')));
    expect(orphan.message).toMatch(/revisions\[0\] is of the item “other:99”/);
    // A revision of an item since merged away is kept by the store, and so by its backup.
    expect((await mutate((data) => (data.revisions[0]!.itemId = 'zh-fixture:99'))).ok).toBe(true);
  });

  it('refuses an oversized backup before reading it', async () => {
    const bytes = strToU8(await backupText(zhIssue));
    const error = errorOf(parseBackup(bytes, { maxBytes: 2048 }));
    expect(error.code).toBe('too-large');
    expect(error.message).toBe(
      `This file is ${(bytes.length / 1024).toFixed(1)} KiB, over Galley's limit of 2 KiB for a backup.`,
    );
    // Refused on size alone: bytes that are not even JSON get the same answer.
    expect(errorOf(parseBackup(new Uint8Array(2049), { maxBytes: 2048 })).code).toBe('too-large');
    expect(parseBackup(bytes, { maxBytes: bytes.length }).ok).toBe(true);
  });

  it('measures a string by its UTF-8 bytes', () => {
    // 1000 characters of three bytes each: 3000 bytes, over a limit of 2999.
    const text = `{"format":"${'字'.repeat(1000)}"}`;
    expect(errorOf(parseBackup(text, { maxBytes: 2999 })).code).toBe('too-large');
    expect(errorOf(parseBackup(text, { maxBytes: 3020 })).code).toBe('not-a-backup');
  });
});

describe('isProbablyBackup', () => {
  it.each([
    ['plain text', '第1版 要闻\n市委常委会召开会议'],
    ['other JSON', '{"items": []}'],
    ['a backup not starting with its format', '{"version": 1, "format": "galley-backup"}'],
  ])('is false for %s', (_name, text) => {
    expect(isProbablyBackup(strToU8(text))).toBe(false);
  });

  it('is true for a backup with leading white space', () => {
    expect(isProbablyBackup(strToU8('\n  {\n  "format" : "galley-backup", "version": 1'))).toBe(
      true,
    );
  });
});

describe('snapshot types', () => {
  it('match what the version 1 schema reads', () => {
    expectTypeOf<SnapshotIssue>().toExtend<BackupV1['issue']>();
    expectTypeOf<SnapshotItem>().toExtend<BackupV1['items'][number]>();
    expectTypeOf<SnapshotRevision>().toExtend<BackupV1['revisions'][number]>();
    expectTypeOf<BackupV1['issue']>().toExtend<SnapshotIssue>();
  });
});

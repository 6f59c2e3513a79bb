import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import {
  EXPORT_FORMATS,
  ExportScopeError,
  MANIFEST_NAME,
  exportSnapshot,
} from './export-snapshot.ts';
import { enIssue } from './fixtures/en-issue.ts';
import { zhIssue } from './fixtures/zh-issue.ts';
import { parseBackup } from './parse-backup.ts';
import { parseCsv } from './parse-csv.ts';

const EXPORTED_AT = new Date(Date.UTC(2024, 0, 2, 3, 4, 5));

describe('exportSnapshot', () => {
  it('zips every format of the issue under deterministic names', async () => {
    const file = await exportSnapshot(
      zhIssue,
      'zip',
      { kind: 'issue' },
      { exportedAt: EXPORTED_AT },
    );
    expect(file.name).toBe('太原日报-2022-09-21.zip');
    expect(file.mimeType).toBe('application/zip');
    const files = unzipSync(file.bytes);
    expect(Object.keys(files).sort()).toEqual(
      [
        '太原日报-2022-09-21.json',
        '太原日报-2022-09-21.txt',
        '太原日报-2022-09-21.md',
        '太原日报-2022-09-21.html',
        '太原日报-2022-09-21.docx',
        MANIFEST_NAME,
        'nitf/02-中德共话循环经济.xml',
        'nitf/05-市安全生产专班-加速完成全年任务.xml',
      ].sort(),
    );
    // Each file in the zip is the export of its own format.
    for (const format of ['json', 'txt', 'md', 'html', 'csv'] as const) {
      const single = await exportSnapshot(
        zhIssue,
        format,
        { kind: 'issue' },
        { exportedAt: EXPORTED_AT },
      );
      const name = format === 'csv' ? MANIFEST_NAME : single.name;
      expect(strFromU8(files[name]!), name).toBe(strFromU8(single.bytes));
    }
    expect(parseBackup(files['太原日报-2022-09-21.json']!)).toEqual({
      ok: true,
      snapshot: zhIssue,
    });
    expect(unzipSync(files['太原日报-2022-09-21.docx']!)['word/document.xml']).toBeDefined();
  });

  it('gives the same bytes for the same export', async () => {
    const first = await exportSnapshot(
      enIssue,
      'zip',
      { kind: 'issue' },
      { exportedAt: EXPORTED_AT },
    );
    const second = await exportSnapshot(
      enIssue,
      'zip',
      { kind: 'issue' },
      { exportedAt: EXPORTED_AT },
    );
    expect(Object.keys(unzipSync(first.bytes))).toEqual(Object.keys(unzipSync(second.bytes)));
    for (const format of ['json', 'txt', 'md', 'html', 'nitf', 'csv'] as const) {
      const a = await exportSnapshot(
        enIssue,
        format,
        { kind: 'issue' },
        { exportedAt: EXPORTED_AT },
      );
      const b = await exportSnapshot(
        enIssue,
        format,
        { kind: 'issue' },
        { exportedAt: EXPORTED_AT },
      );
      expect(a.bytes, format).toEqual(b.bytes);
    }
  });

  it('names a page and an item export after them', async () => {
    const page = await exportSnapshot(
      zhIssue,
      'zip',
      { kind: 'page', page: 2 },
      { exportedAt: EXPORTED_AT },
    );
    expect(page.name).toBe('太原日报-2022-09-21-p2.zip');
    expect(Object.keys(unzipSync(page.bytes)).sort()).toEqual(
      [
        '太原日报-2022-09-21-p2.json',
        '太原日报-2022-09-21-p2.txt',
        '太原日报-2022-09-21-p2.md',
        '太原日报-2022-09-21-p2.html',
        '太原日报-2022-09-21-p2.docx',
        MANIFEST_NAME,
        'nitf/05-市安全生产专班-加速完成全年任务.xml',
      ].sort(),
    );
    const manifest = parseCsv(strFromU8(unzipSync(page.bytes)[MANIFEST_NAME]!));
    expect(manifest.slice(1).map((row) => row[1])).toEqual(['zh-fixture:21', 'zh-fixture:30']);
    const item = await exportSnapshot(enIssue, 'md', { kind: 'article', itemId: 'en-fixture:20' });
    expect(item.name).toBe('the-evening-ledger-1925-10-09-02-harbor-ice-breaks-early.md');
    expect(item.mimeType).toBe('text/markdown;charset=utf-8');
  });

  it.each(EXPORT_FORMATS)(
    'refuses %s of a page or an item the issue does not have',
    async (format) => {
      await expect(exportSnapshot(zhIssue, format, { kind: 'page', page: 9 })).rejects.toThrow(
        new ExportScopeError('This issue has no page 9.'),
      );
      await expect(
        exportSnapshot(zhIssue, format, { kind: 'article', itemId: 'nope' }),
      ).rejects.toBeInstanceOf(ExportScopeError);
    },
  );

  it('uses the current time when none is given', async () => {
    const before = Date.now();
    const file = await exportSnapshot(enIssue, 'json', { kind: 'issue' });
    const exportedAt = Date.parse(
      (JSON.parse(strFromU8(file.bytes)) as { exportedAt: string }).exportedAt,
    );
    expect(exportedAt).toBeGreaterThanOrEqual(before);
    expect(exportedAt).toBeLessThanOrEqual(Date.now());
  });
});

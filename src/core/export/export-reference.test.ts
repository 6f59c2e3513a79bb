import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { exportSnapshot } from './export-snapshot.ts';
import type { ExportFormat, ExportScope } from './export-snapshot.ts';
import { enIssue } from './fixtures/en-issue.ts';
import { zhIssue } from './fixtures/zh-issue.ts';
import type { IssueSnapshot } from './issue-snapshot.ts';

const FIXTURES = fileURLToPath(new URL('./fixtures', import.meta.url));
const EXPORTED_AT = new Date(Date.UTC(2024, 0, 2, 3, 4, 5));
// Set to rewrite the committed outputs after a deliberate change; review the diff before committing.
const UPDATE = process.env.UPDATE_EXPORT_REFERENCES === '1';

interface ReferenceCase {
  name: string;
  snapshot: IssueSnapshot;
  scope: ExportScope;
  formats: Array<[ExportFormat, string]>;
}

const READER_FORMATS: Array<[ExportFormat, string]> = [
  ['txt', 'txt'],
  ['md', 'md'],
  ['html', 'html'],
];

const CASES: ReferenceCase[] = [
  {
    name: 'zh-issue',
    snapshot: zhIssue,
    scope: { kind: 'issue' },
    formats: [...READER_FORMATS, ['csv', 'csv']],
  },
  {
    name: 'zh-page-2',
    snapshot: zhIssue,
    scope: { kind: 'page', page: 2 },
    formats: [...READER_FORMATS, ['csv', 'csv']],
  },
  {
    name: 'zh-article',
    snapshot: zhIssue,
    scope: { kind: 'article', itemId: 'zh-fixture:3' },
    formats: [...READER_FORMATS, ['nitf', 'xml']],
  },
  {
    name: 'en-issue',
    snapshot: enIssue,
    scope: { kind: 'issue' },
    formats: [...READER_FORMATS, ['csv', 'csv']],
  },
  {
    name: 'en-article',
    snapshot: enIssue,
    scope: { kind: 'article', itemId: 'en-fixture:3' },
    formats: [...READER_FORMATS, ['nitf', 'xml']],
  },
];

describe('export reference outputs', () => {
  for (const { name, snapshot, scope, formats } of CASES) {
    for (const [format, extension] of formats) {
      it(`${name} as ${format} matches fixtures/${name}.expected.${extension}`, async () => {
        const file = await exportSnapshot(snapshot, format, scope, { exportedAt: EXPORTED_AT });
        // Buffer keeps a byte-order mark, so the committed file is exactly the exported bytes.
        const actual = Buffer.from(file.bytes).toString('utf8');
        const path = join(FIXTURES, `${name}.expected.${extension}`);
        if (UPDATE) writeFileSync(path, actual);
        expect(existsSync(path), `${path} is missing`).toBe(true);
        expect(actual).toBe(readFileSync(path, 'utf8'));
      });
    }
  }
});

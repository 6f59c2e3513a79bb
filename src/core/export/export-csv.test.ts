import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MANIFEST_COLUMNS, exportCsv, toCsv } from './export-csv.ts';
import { exportSnapshot } from './export-snapshot.ts';
import { enIssue } from './fixtures/en-issue.ts';
import { zhIssue } from './fixtures/zh-issue.ts';
import type { IssueSnapshot } from './issue-snapshot.ts';
import { parseCsv } from './parse-csv.ts';
import { selectScope } from './select-scope.ts';

describe('toCsv and parseCsv', () => {
  it('parse back to the same rows, whatever the fields hold', () => {
    const field = fc.oneof(
      fc.string({ unit: fc.constantFrom('a', '字', '"', ',', '\r', '\n', ' ', '\r\n', '""') }),
      fc.string({ unit: 'grapheme' }),
      fc.string(),
    );
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 5 })
          .chain((width) =>
            fc.array(fc.array(field, { minLength: width, maxLength: width }), { maxLength: 8 }),
          ),
        (rows) => {
          expect(parseCsv(toCsv(rows))).toEqual(rows);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('quotes only fields that need it and ends every record with CRLF', () => {
    expect(toCsv([['a', 'b c', 'd,e', 'say "hi"', 'two\nlines']])).toBe(
      'a,b c,"d,e","say ""hi""","two\nlines"\r\n',
    );
  });

  it('reads LF line ends, a missing final line end and a byte-order mark', () => {
    expect(parseCsv('\uFEFFa,b\nc,"d\r\ne"')).toEqual([
      ['a', 'b'],
      ['c', 'd\r\ne'],
    ]);
    expect(parseCsv('""')).toEqual([['']]);
    expect(parseCsv('')).toEqual([]);
  });
});

describe('exportCsv', () => {
  it('starts with a byte-order mark so Excel reads UTF-8', async () => {
    const file = await exportSnapshot(zhIssue, 'csv', { kind: 'issue' });
    expect([...file.bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(file.mimeType).toBe('text/csv;charset=utf-8');
    expect(file.name).toBe('太原日报-2022-09-21.csv');
  });

  it('lists one row per item, furniture included, with its counts', () => {
    const rows = parseCsv(exportCsv(selectScope(enIssue, { kind: 'issue' })));
    expect(rows[0]).toEqual([...MANIFEST_COLUMNS]);
    expect(rows.slice(1)).toEqual([
      [
        '1',
        'en-fixture:3',
        '1',
        'article',
        'Council Votes "New" Bridge Funds, 7 to 2',
        'JOHN A. MERRILL; MARY ROE',
        '314',
        'corrected',
        '0',
      ],
      [
        '2',
        'en-fixture:20',
        '1',
        'article',
        'Harbor Ice Breaks Early This Year',
        '',
        '72',
        'detected',
        '0',
      ],
      ['3', 'en-fixture:30', '1', 'teaser', 'Football Season Opens', '', '0', 'detected', '0'],
      [
        '4',
        'en-fixture:34',
        '1',
        'photo',
        'Crowds at the new pier.',
        'JANE DOE',
        '23',
        'detected',
        '0',
      ],
    ]);
    const zh = parseCsv(exportCsv(selectScope(zhIssue, { kind: 'issue' })));
    expect(zh.map((row) => row[3])).toEqual([
      'kind',
      'furniture',
      'article',
      'teaser',
      'photo',
      'article',
      'furniture',
    ]);
    // One of the article's two flags is applied: one stays open.
    expect(zh[2]![8]).toBe('1');
  });

  it('keeps a cell a spreadsheet would run as a formula as text', () => {
    const record = enIssue.items[1]!;
    const snapshot: IssueSnapshot = {
      ...enIssue,
      items: [
        {
          ...record,
          content: {
            ...record.content,
            headline: '=HYPERLINK("http://x","click")',
            bylines: ['@SUM(A1)', 'B'],
          },
        },
      ],
    };
    const [, row] = parseCsv(exportCsv(selectScope(snapshot, { kind: 'issue' })));
    expect(row![4]).toBe(`'=HYPERLINK("http://x","click")`);
    expect(row![5]).toBe(`'@SUM(A1); B`);
  });
});

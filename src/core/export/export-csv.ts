import { cleanText } from './clean-text.ts';
import { countItemCharacters } from './count-item-characters.ts';
import type { SnapshotItem } from './issue-snapshot.ts';
import type { ScopeSelection } from './select-scope.ts';

/** The manifest's header row. */
export const MANIFEST_COLUMNS = [
  'order',
  'id',
  'page',
  'kind',
  'headline',
  'bylines',
  'characters',
  'status',
  'open flags',
] as const;

/** Joins rows into CSV as RFC 4180 has it: CRLF after each record, a field quoted when it holds a quote, comma or line break. */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return rows
    .map(
      (row) =>
        `${row
          .map((field) => (/[",\r\n]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field))
          .join(',')}\r\n`,
    )
    .join('');
}

// A spreadsheet runs a cell that opens with one of these as a formula; a leading apostrophe keeps it text.
const neutralizeFormula = (text: string): string => (/^[=+\-@]/.test(text) ? `'${text}` : text);

function toRow(record: SnapshotItem): string[] {
  const { content, item } = record;
  const headline =
    item.kind === 'photo' && content.headline === '' ? content.caption : content.headline;
  return [
    String(record.order + 1),
    record.id,
    String(item.page),
    item.kind,
    neutralizeFormula(cleanText(headline)),
    neutralizeFormula(
      content.bylines
        .map(cleanText)
        .filter((name) => name !== '')
        .join('; '),
    ),
    String(countItemCharacters(record)),
    record.status,
    String(record.flags.filter((flag) => flag.state === 'open').length),
  ];
}

/**
 * The CSV manifest: a header row, then one row per item in scope (furniture included) with its
 * place in the issue, id, page, kind, headline (a photo's caption when it has none), bylines
 * joined by "; ", characters, status and open flags. Starts with a byte-order mark so Excel reads
 * it as UTF-8.
 */
export function exportCsv(selection: ScopeSelection): string {
  return `\uFEFF${toCsv([[...MANIFEST_COLUMNS], ...selection.items.map(toRow)])}`;
}

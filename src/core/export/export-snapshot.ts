import { strToU8, zipSync } from 'fflate';
import type { Zippable } from 'fflate';
import { exportCsv } from './export-csv.ts';
import { exportDocx } from './export-docx.ts';
import { exportFileBase, itemFileBase } from './export-file-name.ts';
import { exportHtml } from './export-html.ts';
import { exportJson } from './export-json.ts';
import { exportMarkdown } from './export-markdown.ts';
import { exportNitf } from './export-nitf.ts';
import { exportText } from './export-text.ts';
import type { IssueSnapshot, SnapshotItem } from './issue-snapshot.ts';
import { ExportScopeError, selectScope } from './select-scope.ts';
import type { ExportScope, ScopeSelection } from './select-scope.ts';
import { toReadableIssue } from './to-readable-issue.ts';

export type { ExportScope } from './select-scope.ts';
export { ExportScopeError } from './select-scope.ts';

/** The formats Galley exports. */
export type ExportFormat = 'json' | 'txt' | 'md' | 'html' | 'nitf' | 'docx' | 'csv' | 'zip';

/** Every export format, in the order menus list them. */
export const EXPORT_FORMATS: readonly ExportFormat[] = [
  'json',
  'txt',
  'md',
  'html',
  'nitf',
  'docx',
  'csv',
  'zip',
];

/** One exported file: a name safe on every system, its media type and its bytes. */
export interface ExportFile {
  /** File name, with its extension. */
  name: string;
  /** Media type, with the charset for text. */
  mimeType: string;
  /** The file's content. */
  bytes: Uint8Array;
}

/** Options of {@link exportSnapshot}. */
export interface ExportOptions {
  /** The export time written into the backup and NITF (now when absent). */
  exportedAt?: Date;
}

const MIME = {
  json: 'application/json',
  txt: 'text/plain;charset=utf-8',
  md: 'text/markdown;charset=utf-8',
  html: 'text/html;charset=utf-8',
  xml: 'application/xml',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  csv: 'text/csv;charset=utf-8',
  zip: 'application/zip',
} as const;

/** The name of the manifest inside a ZIP export. */
export const MANIFEST_NAME = 'manifest.csv';

// NITF holds articles: a page or the issue exports its articles, one item exports whatever it is.
const nitfItems = (selection: ScopeSelection): SnapshotItem[] =>
  selection.scope.kind === 'article'
    ? selection.items
    : selection.items.filter((record) => record.item.kind === 'article');

const nitfFiles = (
  snapshot: IssueSnapshot,
  selection: ScopeSelection,
  exportedAt: Date,
): Record<string, Uint8Array> => {
  const files: Record<string, Uint8Array> = {};
  for (const record of nitfItems(selection)) {
    const name = `${itemFileBase(record, snapshot.items.length)}.xml`;
    files[name] = strToU8(exportNitf(snapshot, record, exportedAt));
  }
  return files;
};

// Fixed times make the archive the same bytes for the same export.
const zip = (files: Zippable, exportedAt: Date): Uint8Array =>
  zipSync(files, { mtime: exportedAt });

/**
 * Exports a scope of an issue in one format: JSON (the backup), plain text, Markdown, standalone
 * HTML, NITF 3.6 (one document for an item; a ZIP of one document per article for a page or the
 * issue), DOCX, the CSV manifest, or a ZIP of all of these (`nitf/` holding the NITF documents).
 * @throws ExportScopeError when the scope names a page or item the issue lacks, or NITF is asked
 * of a page with no article.
 */
export async function exportSnapshot(
  snapshot: IssueSnapshot,
  format: ExportFormat,
  scope: ExportScope,
  options: ExportOptions = {},
): Promise<ExportFile> {
  const exportedAt = options.exportedAt ?? new Date();
  const selection = selectScope(snapshot, scope);
  const base = exportFileBase(snapshot.issue, scope, selection.items[0], snapshot.items.length);
  const text = (extension: string, mimeType: string, content: string): ExportFile => ({
    name: `${base}.${extension}`,
    mimeType,
    bytes: strToU8(content),
  });
  switch (format) {
    case 'json':
      return text('json', MIME.json, exportJson(snapshot, selection, exportedAt));
    case 'txt':
      return text('txt', MIME.txt, exportText(toReadableIssue(snapshot, selection)));
    case 'md':
      return text('md', MIME.md, exportMarkdown(toReadableIssue(snapshot, selection)));
    case 'html':
      return text('html', MIME.html, exportHtml(toReadableIssue(snapshot, selection)));
    case 'csv':
      return text('csv', MIME.csv, exportCsv(selection));
    case 'docx':
      return {
        name: `${base}.docx`,
        mimeType: MIME.docx,
        bytes: await exportDocx(toReadableIssue(snapshot, selection)),
      };
    case 'nitf': {
      const [only] = selection.items;
      if (scope.kind === 'article' && only) {
        return text('xml', MIME.xml, exportNitf(snapshot, only, exportedAt));
      }
      const files = nitfFiles(snapshot, selection, exportedAt);
      if (Object.keys(files).length === 0) {
        throw new ExportScopeError(
          scope.kind === 'page'
            ? `Page ${scope.page} has no article to export as NITF.`
            : 'This issue has no article to export as NITF.',
        );
      }
      return { name: `${base}-nitf.zip`, mimeType: MIME.zip, bytes: zip(files, exportedAt) };
    }
    case 'zip': {
      const readable = toReadableIssue(snapshot, selection);
      const files: Zippable = {
        [`${base}.json`]: strToU8(exportJson(snapshot, selection, exportedAt)),
        [`${base}.txt`]: strToU8(exportText(readable)),
        [`${base}.md`]: strToU8(exportMarkdown(readable)),
        [`${base}.html`]: strToU8(exportHtml(readable)),
        // Already compressed: stored as it is.
        [`${base}.docx`]: [await exportDocx(readable), { level: 0 }],
        [MANIFEST_NAME]: strToU8(exportCsv(selection)),
      };
      // Flat paths, so the archive holds the files and no separate folder entry.
      for (const [name, bytes] of Object.entries(nitfFiles(snapshot, selection, exportedAt))) {
        files[`nitf/${name}`] = bytes;
      }
      return { name: `${base}.zip`, mimeType: MIME.zip, bytes: zip(files, exportedAt) };
    }
  }
}

import { readFile } from 'node:fs/promises';
import { strFromU8, unzipSync } from 'fflate';
import { expectNoSeriousViolations } from './accessibility.ts';
import { countRecords, expect, FORMAT_NAMES, SAMPLE_TITLE, test } from './pages/export.ts';
import type { DownloadedFile, FormatId } from './pages/export.ts';

/** A headline as a hostile page might leave it: an export that ran it would show a dialog. */
const PAYLOAD_HEADLINE =
  '彰显道德力量<script>alert("script")</script><img src=x onerror="alert(\'img\')">';
/** The sample article that starts on line 62, and another one. */
const HEADLINE_62 = '彰显道德力量 奏响文明乐章';
const OTHER_HEADLINE = '韦韬带队走访省直有关部门并举行工作会谈';

/** The backup as JSON, without the moment it was made. */
interface Backup {
  format: string;
  version: number;
  exportedAt?: string;
  issue: { id: string; title: string };
  items: { id: string; item: { kind: string }; content: { headline: string }; status: string }[];
  revisions: unknown[];
}

function readBackup(file: DownloadedFile): Backup {
  return JSON.parse(file.bytes.toString('utf8')) as Backup;
}

function withoutExportTime(backup: Backup): Omit<Backup, 'exportedAt'> {
  const { exportedAt: _exportedAt, ...rest } = backup;
  return rest;
}

/** RFC 4180 records: quoted fields may hold commas, quotes and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let index = 0; index < text.length; index += 1) {
    const char = text.charAt(index);
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        field += '"';
        index += 1;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\r' && text[index + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      index += 1;
    } else field += char;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
}

test.describe('export', () => {
  test('exports every format of the sample issue, each one readable', async ({
    exportScreen,
    page,
    context,
    cspViolations,
  }, testInfo) => {
    await exportScreen.openForSample();
    await expect(exportScreen.heading).toHaveText('Export');
    await expect(exportScreen.scopeOption('The whole issue')).toBeChecked();
    await expect(exportScreen.formats.getByRole('radio')).toHaveCount(8);
    await expectNoSeriousViolations(page);
    await page.screenshot({ path: testInfo.outputPath('export.png'), fullPage: true });

    const files = {} as Record<FormatId, DownloadedFile>;
    for (const format of Object.keys(FORMAT_NAMES) as FormatId[]) {
      files[format] = await exportScreen.download(format);
    }
    expect(files.json.name).toMatch(/\.json$/);
    expect(files.docx.name).toMatch(/\.docx$/);

    // JSON: the backup, with the nine items of the sample.
    const backup = readBackup(files.json);
    expect(backup).toMatchObject({
      format: 'galley-backup',
      version: 1,
      issue: { title: SAMPLE_TITLE },
    });
    const readable = backup.items.filter((record) => record.item.kind !== 'furniture');
    expect(readable).toHaveLength(9);
    expect(backup.items.map((record) => record.content.headline)).toContain(HEADLINE_62);
    expect(backup.revisions).toEqual([]);

    // Text and Markdown carry the articles.
    const text = files.txt.bytes.toString('utf8');
    expect(text).toContain(OTHER_HEADLINE);
    expect(text).toContain('阴性');
    expect(files.md.bytes.toString('utf8')).toMatch(new RegExp(`^#+ ${OTHER_HEADLINE}$`, 'm'));

    // DOCX opens as a zip holding the document.
    const docx = unzipSync(files.docx.bytes);
    expect(Object.keys(docx)).toContain('word/document.xml');
    expect(strFromU8(docx['word/document.xml'] ?? new Uint8Array())).toContain(OTHER_HEADLINE);

    // NITF: one well-formed document per article, parsed by the browser (in a blank page: the
    // desk's Trusted Types policy makes no HTML, so its DOMParser takes no strings).
    const parser = await context.newPage();
    const nitf = unzipSync(files.nitf.bytes);
    const documents = Object.entries(nitf).map(([name, bytes]) => ({
      name,
      xml: strFromU8(bytes),
    }));
    expect(documents).toHaveLength(
      readable.filter((record) => record.item.kind === 'article').length,
    );
    for (const { name, xml } of documents) {
      expect(name).toMatch(/\.xml$/);
      const parsed = await parser.evaluate((source) => {
        const doc = new DOMParser().parseFromString(source, 'application/xml');
        return {
          error: doc.querySelector('parsererror')?.textContent ?? null,
          root: doc.documentElement.nodeName,
          headline: doc.querySelector('hedline hl1')?.textContent ?? null,
        };
      }, xml);
      expect(parsed.error, name).toBeNull();
      expect(parsed.root).toBe('nitf');
      expect(parsed.headline).not.toBeNull();
    }
    await parser.close();

    // CSV: a header, then one row per item of the backup, in its order.
    const rows = parseCsv(files.csv.bytes.toString('utf8').replace(/^\uFEFF/, ''));
    expect(rows[0]).toEqual([
      'order',
      'id',
      'page',
      'kind',
      'headline',
      'bylines',
      'characters',
      'status',
      'open flags',
    ]);
    expect(rows.slice(1).map((row) => row[1])).toEqual(backup.items.map((record) => record.id));
    expect(rows.slice(1).find((row) => row[1]?.endsWith(':62'))?.[4]).toBe(HEADLINE_62);

    // ZIP: every format inside.
    const zip = Object.keys(unzipSync(files.zip.bytes));
    const base = files.json.name.replace(/\.json$/, '');
    for (const extension of ['json', 'txt', 'md', 'html', 'docx']) {
      expect(zip).toContain(`${base}.${extension}`);
    }
    expect(zip).toContain('manifest.csv');
    expect(zip.filter((name) => /^nitf\/.+\.xml$/.test(name))).toHaveLength(documents.length);
    // Downloads go through the desk's Content-Security-Policy untouched.
    expect(cspViolations).toEqual([]);
  });

  test('a headline carrying markup stays text: the HTML export runs nothing when opened', async ({
    editor,
    exportScreen,
    context,
  }) => {
    await editor.openSampleArticle(62);
    await editor.headline.fill(PAYLOAD_HEADLINE);
    await editor.waitUntilSaved();
    await exportScreen.openTab();
    const html = await exportScreen.download('html');
    const csv = await exportScreen.download('csv');
    const rows = parseCsv(csv.bytes.toString('utf8').replace(/^\uFEFF/, ''));
    expect(rows.find((row) => row[1]?.endsWith(':62'))?.[4]).toBe(PAYLOAD_HEADLINE);

    // Opened as a page, nothing in it runs and no dialog appears.
    const viewer = await context.newPage();
    const dialogs: string[] = [];
    viewer.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    // The listener sees a script that does run.
    await viewer.setContent('<script>alert("control")</script>', { waitUntil: 'load' });
    expect(dialogs).toEqual(['control']);
    dialogs.length = 0;
    await viewer.setContent(html.bytes.toString('utf8'), { waitUntil: 'load' });
    await expect(viewer.getByText(PAYLOAD_HEADLINE)).toBeVisible();
    await expect(viewer.getByText(OTHER_HEADLINE)).toBeVisible();
    expect(await viewer.locator('script, img, iframe, object, embed').count()).toBe(0);
    const handlers = await viewer.evaluate(
      () =>
        [...document.querySelectorAll('*')].filter((element) =>
          [...element.attributes].some((attribute) => attribute.name.startsWith('on')),
        ).length,
    );
    expect(handlers).toBe(0);
    expect(dialogs).toEqual([]);
    await viewer.close();
  });

  test('exports an article from the editor and a page from the section review, by keyboard', async ({
    editor,
    exportScreen,
    page,
  }) => {
    await editor.openSampleArticle(62);
    await page.getByRole('link', { name: 'Export this article' }).click();
    await expect(page).toHaveURL(/\/export\?scope=article:/);
    await expect(exportScreen.scopeOption('One article')).toBeChecked();
    await expect(exportScreen.articleSelect).toHaveValue(/:62$/);
    await expect(exportScreen.downloadButton).toHaveText(/^Download “彰显道德力量/);

    // Plain text, chosen and downloaded from the keyboard.
    await exportScreen.format('docx').focus();
    await expect(exportScreen.format('docx')).toBeChecked();
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await expect(exportScreen.format('txt')).toBeChecked();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.keyboard.press('Control+Enter'),
    ]);
    const article = await readFile(await download.path(), 'utf8');
    expect(article).toContain(HEADLINE_62);
    expect(article).not.toContain(OTHER_HEADLINE);

    // Another article, picked from the list.
    await exportScreen.chooseArticle(OTHER_HEADLINE);
    const other = await exportScreen.download('md');
    expect(other.bytes.toString('utf8')).toContain(OTHER_HEADLINE);
    expect(other.bytes.toString('utf8')).not.toContain(HEADLINE_62);

    await page
      .getByRole('navigation', { name: 'This issue' })
      .getByRole('link', { name: 'Section review' })
      .click();
    await page.getByRole('link', { name: 'Export this page' }).first().click();
    await expect(page).toHaveURL(/\/export\?scope=page:1$/);
    await expect(exportScreen.scopeOption('One page')).toBeChecked();
    await expect(exportScreen.pageSelect).toHaveValue('1');
    const pageFile = await exportScreen.download('csv');
    expect(pageFile.name).toMatch(/-p1\.csv$/);
    await expectNoSeriousViolations(page);
  });
});

test.describe('backup', () => {
  test('a backup exported, the issue deleted and the backup imported gives back the same issue', async ({
    editor,
    exportScreen,
    library,
    importScreen,
    page,
    cspViolations,
  }) => {
    await editor.openSampleArticle(62);
    await editor.headline.fill(`${HEADLINE_62}（修订）`);
    await editor.waitUntilSaved();
    await exportScreen.openTab();
    const original = await exportScreen.download('json');
    const stored = await countRecords(page);
    expect(stored).toEqual({ issues: 1, summaries: 1, items: 10, revisions: 1 });

    await library.open();
    await library.waitForIssues(1);
    await library.action(library.row(SAMPLE_TITLE), 'Delete').click();
    await library.confirmDialog.getByRole('button', { name: 'Delete' }).click();
    await expect(page.getByRole('heading', { name: 'No issues yet' })).toBeVisible();
    expect(await countRecords(page)).toEqual({ issues: 0, summaries: 0, items: 0, revisions: 0 });

    await importScreen.open();
    await importScreen.chooseFile({
      name: original.name,
      mimeType: 'application/json',
      buffer: original.bytes,
    });
    const review = page.getByRole('region', { name: 'Restore from a backup' });
    await expect(review).toContainText(SAMPLE_TITLE);
    await expect(review).toContainText('9 items (6 articles)');
    await expect(review).toContainText('Saved revisions1');
    await expectNoSeriousViolations(page);
    await review.getByRole('button', { name: 'Import this backup' }).click();
    await expect(page).toHaveURL(/#\/issues\/[^/]+\/review$/);

    await exportScreen.openTab();
    const restored = await exportScreen.download('json');
    expect(withoutExportTime(readBackup(restored))).toEqual(
      withoutExportTime(readBackup(original)),
    );
    expect(await countRecords(page)).toEqual(stored);
    expect(cspViolations).toEqual([]);
  });

  test('a truncated, an invalid and a future backup are refused, and the library is unchanged', async ({
    exportScreen,
    importScreen,
    library,
    page,
  }) => {
    await exportScreen.openForSample();
    const good = await exportScreen.download('json');
    const before = await countRecords(page);
    const backup = readBackup(good);
    const invalid = {
      ...backup,
      items: backup.items.map((record, index) =>
        index === 0 ? { ...record, status: 'finished' } : record,
      ),
    };
    const future = { ...backup, version: 2 };
    const cases = [
      {
        name: 'truncated.json',
        bytes: good.bytes.subarray(0, Math.floor(good.bytes.length / 2)),
        reason: /cut short/,
      },
      {
        name: 'invalid.json',
        bytes: Buffer.from(JSON.stringify(invalid)),
        reason: /damaged: items\[0\]\.status/,
      },
      {
        name: 'future.json',
        bytes: Buffer.from(JSON.stringify(future)),
        reason: /newer Galley \(backup version 2\)/,
      },
    ];

    await importScreen.open();
    for (const [index, { name, bytes, reason }] of cases.entries()) {
      // The picker and a drop take the same way.
      if (index === 1) await importScreen.dropFile(name, 'application/json', bytes);
      else await importScreen.chooseFile({ name, mimeType: 'application/json', buffer: bytes });
      await expect(importScreen.refusal).toContainText(`“${name}” was not imported`);
      await expect(importScreen.refusal).toContainText(reason);
      await expect(importScreen.refusal).toContainText('Nothing was stored.');
      expect(await countRecords(page)).toEqual(before);
      await importScreen.refusal.getByRole('button', { name: 'Dismiss' }).click();
      await expect(importScreen.refusal).toBeHidden();
    }

    // The good backup of an issue already stored: asked, and kept beside it as a copy.
    await importScreen.chooseFile({
      name: good.name,
      mimeType: 'application/json',
      buffer: good.bytes,
    });
    const review = page.getByRole('region', { name: 'Restore from a backup' });
    await expect(
      review.getByRole('heading', { name: 'This issue is already in the library' }),
    ).toBeVisible();
    await expectNoSeriousViolations(page);
    await review.getByRole('button', { name: 'Cancel' }).click();
    await expect(review).toBeHidden();
    expect(await countRecords(page)).toEqual(before);

    await importScreen.chooseFile({
      name: good.name,
      mimeType: 'application/json',
      buffer: good.bytes,
    });
    await review.getByRole('button', { name: 'Keep both (import as a copy)' }).click();
    await expect(page).toHaveURL(/#\/issues\/[^/]+\/review$/);
    expect(await countRecords(page)).toEqual({
      issues: before.issues * 2,
      summaries: before.summaries * 2,
      items: before.items * 2,
      revisions: before.revisions * 2,
    });
    await library.open();
    await library.waitForIssues(2);
    await expect(library.titleLink(`${SAMPLE_TITLE} (copy)`)).toBeVisible();
  });
});

import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Page } from '@playwright/test';
import { DECODING_TABLE } from './fixtures/decoding-table.ts';
import type { DecodingOutcome } from './fixtures/decoding-table.ts';
import { dispatchPaste } from './fixtures/dispatch-paste.ts';
import { countGalleyRecords, readGalleyRecord } from './fixtures/galley-database.ts';
import { encodeSlateFragment } from './fixtures/xss-payloads.ts';
import { ArticleEditorScreen } from './pages/article-editor.ts';
import { expect, test } from './fixtures/shared-desk.ts';
import type { SharedDesk } from './fixtures/shared-desk.ts';
import { ExportScreen } from './pages/export.ts';
import { ImportScreen } from './pages/import.ts';
import { LibraryScreen } from './pages/library.ts';

/*
 * Issue 6, bad inputs: each refused through the real import screen with a message that names the
 * problem, and nothing stored (the database's records counted before and after); and the
 * encodings Galley accepts, each giving an issue with the right text. Each input is one test
 * tagged @input, so the scorecard counts them. The file imports share one page.
 */

const MIB = 1024 * 1024;

/** The smallest valid PNG: one transparent pixel. */
const TINY_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);

/** The start of a PDF as a scanner writes it: a text header, then a binary comment and objects. */
const SMALL_PDF = Buffer.concat([
  Buffer.from('%PDF-1.7\n'),
  Buffer.from([0x25, 0xe2, 0xe3, 0xcf, 0xd3, 0x0a]),
  Buffer.from('1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n'),
]);

/** Bytes from a seeded generator (Mulberry32), the same on every run. */
function randomBytes(seed: number, length: number): Buffer {
  let state = seed >>> 0;
  return Buffer.from(
    Array.from({ length }, () => {
      state = (state + 0x6d2b79f5) >>> 0;
      let t = state;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) % 256;
    }),
  );
}

/** Windows-1252 English with a broken UTF-8 sequence and a byte GB18030 has no meaning for. */
const INVALID_TEXT = Buffer.concat([
  Buffer.from('Senate passes the budget'),
  Buffer.from([0x92, 0x73, 0x20, 0xc3, 0x28, 0x20, 0xff, 0x0a]),
]);

/** A short evening page: a header naming paper and date, one article. */
const EVENING_PAGE = [
  '晋阳晚报 2023年10月10日 星期二',
  '',
  '迎泽大街夜间施工公告',
  '',
  '本报讯（记者 赵 强）为加快迎泽大街地下管廊建设，10月12日至10月20日每晚22时至次日6时，迎泽大街部分路段将封闭施工，请过往车辆提前绕行。',
  '',
  '施工期间，公交车将临时改道，具体线路可在公交集团网站查询。',
].join('\n');
const EVENING_HEADLINE = '迎泽大街夜间施工公告';

const GB18030_PAGE = fileURLToPath(
  new URL('./fixtures/jinyang-evening-2023-10-09.gb18030.txt', import.meta.url),
);

function utf16(text: string, littleEndian: boolean): Buffer {
  const bytes = Buffer.from(`\uFEFF${text}`, 'utf16le');
  return littleEndian ? bytes : bytes.swap16();
}

const watched = new WeakSet<BrowserContext>();

/** Records the size of every Blob or File the pages read, to prove a big file is never read. */
async function watchFileReads(context: BrowserContext): Promise<void> {
  if (watched.has(context)) return;
  watched.add(context);
  await context.addInitScript(() => {
    const sizes: number[] = [];
    (window as unknown as { __galleyBlobReads: number[] }).__galleyBlobReads = sizes;
    // slice() reads nothing: only what is read from the slice counts.
    const methods = ['arrayBuffer', 'text', 'stream', 'bytes'] as const;
    for (const name of methods) {
      const prototype = Blob.prototype as unknown as Record<string, unknown>;
      const original = prototype[name];
      if (typeof original !== 'function') continue;
      prototype[name] = function (this: Blob, ...args: unknown[]) {
        sizes.push(this.size);
        return (original as (...rest: unknown[]) => unknown).apply(this, args);
      };
    }
    for (const name of ['readAsArrayBuffer', 'readAsText', 'readAsBinaryString', 'readAsDataURL']) {
      const prototype = FileReader.prototype as unknown as Record<string, unknown>;
      const original = prototype[name];
      if (typeof original !== 'function') continue;
      prototype[name] = function (this: FileReader, blob: Blob, ...rest: unknown[]) {
        sizes.push(blob.size);
        return (original as (...args: unknown[]) => unknown).call(this, blob, ...rest);
      };
    }
  });
}

/** Sizes of the Blobs and Files the page has read that are larger than `bytes`. */
async function readsLargerThan(page: Page, bytes: number): Promise<number[]> {
  const sizes = await page.evaluate(
    () => (window as unknown as { __galleyBlobReads: number[] }).__galleyBlobReads,
  );
  return sizes.filter((size) => size > bytes);
}

/**
 * Opens the desk's library (a first start loads the sample issue), counts the stored records,
 * then opens a fresh import screen.
 */
async function openImport(desk: SharedDesk) {
  await watchFileReads(desk.context);
  const library = new LibraryScreen(desk.page);
  const importScreen = new ImportScreen(desk.page);
  await library.open();
  await library.waitForIssues(1);
  // The shared page keeps its window across the desk's screens: start a fresh list of reads.
  await desk.page.evaluate(() => {
    (window as unknown as { __galleyBlobReads: number[] }).__galleyBlobReads.length = 0;
  });
  const before = await countGalleyRecords(desk.page);
  await importScreen.open();
  return { importScreen, before };
}

/** The import screen's stated size limit ("… up to 32 MiB."), in bytes. */
async function statedLimit(importScreen: ImportScreen): Promise<number> {
  const formats = await importScreen.page.getByText(/up to [\d.]+ MiB\./).textContent();
  const mebibytes = Number(/up to ([\d.]+) MiB/.exec(formats ?? '')?.[1]);
  expect(Number.isInteger(mebibytes), `a whole number of MiB in “${formats}”`).toBe(true);
  return mebibytes * MIB;
}

/** Expects the refusal of `name` naming the problem, and the database unchanged. */
async function expectRefused(
  importScreen: ImportScreen,
  name: string,
  problem: string | RegExp,
  before: Awaited<ReturnType<typeof countGalleyRecords>>,
): Promise<void> {
  await expect(importScreen.refusal).toBeVisible();
  await expect(importScreen.refusal).toContainText(`“${name}” was not imported`);
  await expect(importScreen.refusal).toContainText(problem);
  await expect(importScreen.refusal).toContainText('Nothing was stored.');
  expect(await countGalleyRecords(importScreen.page)).toEqual(before);
}

/** Imports a file and returns the new issue's id from the split review's address. */
async function importAccepted(
  importScreen: ImportScreen,
  file: string | { name: string; mimeType: string; buffer: Buffer },
): Promise<string> {
  const { page } = importScreen;
  await importScreen.open();
  await importScreen.chooseFile(file);
  await expect(page).toHaveURL(/#\/issues\/[^/]+\/splits$/, { timeout: 30_000 });
  const id = /#\/issues\/([^/]+)\/splits$/.exec(page.url())?.[1];
  if (!id) throw new Error(`No issue id in ${page.url()}`);
  return decodeURIComponent(id);
}

test.describe(
  'bad inputs are refused with a clear message, and nothing is stored',
  { tag: '@input' },
  () => {
    const files: {
      input: string;
      file: { name: string; mimeType: string; buffer: Buffer };
      how: 'chosen' | 'dropped';
      problem: string;
    }[] = [
      {
        input: 'a PNG image',
        file: { name: 'front-page.png', mimeType: 'image/png', buffer: TINY_PNG },
        how: 'chosen',
        problem: 'This is a PNG image, not text.',
      },
      {
        input: 'a PDF document',
        file: { name: 'front-page.pdf', mimeType: 'application/pdf', buffer: SMALL_PDF },
        how: 'chosen',
        problem: 'This is a PDF document, not text.',
      },
      {
        input: 'random bytes',
        file: { name: 'page.txt', mimeType: 'text/plain', buffer: randomBytes(11, 8192) },
        how: 'dropped',
        problem: 'so it is binary data, not text',
      },
      {
        input: 'invalid UTF-8 that is not GB18030 either',
        file: { name: 'senate.txt', mimeType: 'text/plain', buffer: INVALID_TEXT },
        how: 'dropped',
        problem: 'This file is not UTF-8, UTF-16 or GB18030 text',
      },
    ];
    for (const { input, file, how, problem } of files) {
      test(`${input} (${how})`, async ({ desk }) => {
        const { importScreen, before } = await openImport(desk);
        if (how === 'chosen') await importScreen.chooseFile(file);
        else await importScreen.dropFile(file.name, file.mimeType, file.buffer);
        await expectRefused(importScreen, file.name, problem, before);
        await expect(importScreen.refusal).toBeFocused();
      });
    }

    test('a file one byte over the size limit, refused before it is read', async ({
      desk,
    }, testInfo) => {
      const { importScreen, before } = await openImport(desk);
      const limit = await statedLimit(importScreen);
      // Page text, line after line, one byte more than the limit allows.
      const path = testInfo.outputPath('over-the-limit.txt');
      await writeFile(path, Buffer.alloc(limit + 1, Buffer.from(`${EVENING_PAGE}\n`)));

      await importScreen.chooseFile(path);
      await expectRefused(
        importScreen,
        'over-the-limit.txt',
        `This file is ${limit + 1} bytes, over Galley's limit of ${limit} bytes.`,
        before,
      );
      expect(await readsLargerThan(desk.page, MIB)).toEqual([]);
    });

    test('a 50 MB text on one single line: refused before it is read, the page stays responsive', async ({
      desk,
    }, testInfo) => {
      let crashed = false;
      const onCrash = () => {
        crashed = true;
      };
      desk.page.on('crash', onCrash);
      const { importScreen, before } = await openImport(desk);
      const path = testInfo.outputPath('one-line.txt');
      await writeFile(path, Buffer.alloc(50 * MIB, '本报讯 '));

      await importScreen.chooseFile(path);
      await expectRefused(
        importScreen,
        'one-line.txt',
        /This file is 50 MiB, over Galley's limit/,
        before,
      );
      expect(await readsLargerThan(desk.page, MIB)).toEqual([]);

      // Still a working page: the refusal goes, and a good file chosen next is read and imported.
      await importScreen.refusal.getByRole('button', { name: 'Dismiss' }).click();
      await expect(importScreen.refusal).toBeHidden();
      const good = Buffer.from(EVENING_PAGE);
      await importScreen.chooseFile({ name: 'evening.txt', mimeType: 'text/plain', buffer: good });
      await expect(desk.page).toHaveURL(/#\/issues\/[^/]+\/splits$/, { timeout: 30_000 });
      expect(await readsLargerThan(desk.page, good.length - 1)).toContain(good.length);
      expect(await readsLargerThan(desk.page, MIB)).toEqual([]);
      desk.page.off('crash', onCrash);
      expect(crashed).toBe(false);
    });
  },
);

test(
  'a crafted Slate fragment pasted into an article: refused with a message, nothing written',
  { tag: '@input' },
  async ({ page }) => {
    const articleEditor = new ArticleEditorScreen(page);
    await articleEditor.openSampleArticle(23);
    await articleEditor.waitUntilSaved();
    const itemId = decodeURIComponent(/\/articles\/([^/?]+)/.exec(page.url())?.[1] ?? '');
    const counts = await countGalleyRecords(page);
    const record = await readGalleyRecord(page, 'items', itemId);
    const text = await articleEditor.bodyText();
    // What a page can put on the clipboard under Slate's name: a script link and a foreign block.
    const fragment = encodeSlateFragment([
      { type: 'link', url: 'javascript:window.__xss(1)', children: [{ text: '阅读全文' }] },
      { type: 'script', children: [{ text: 'window.__xss(2)' }] },
    ]);

    await articleEditor.caretAtEndOfBlock(0);
    await dispatchPaste(articleEditor.body, {
      'application/x-slate-fragment': fragment,
      'text/html': `<a data-slate-fragment="${fragment}" href="javascript:window.__xss(3)">阅读全文</a>`,
    });
    const alert = page.getByRole('alert').filter({ hasText: 'Nothing was pasted' });
    await expect(alert).toHaveText(
      /Nothing was pasted: the clipboard held only editor content Galley does not accept \(links, scripts or unknown blocks\)\./,
    );
    expect(await articleEditor.bodyText()).toBe(text);
    await expect(articleEditor.saveStatus).toHaveText(/^Saved/);
    expect(await countGalleyRecords(page)).toEqual(counts);
    expect(await readGalleyRecord(page, 'items', itemId)).toEqual(record);
  },
);

test.describe(
  'bad backups are refused with a clear message, and nothing is stored',
  { tag: '@input' },
  () => {
    /** A good backup of the sample issue, exported once per worker through the export screen. */
    let exported: Buffer | undefined;
    async function goodBackup(desk: SharedDesk): Promise<Buffer> {
      if (!exported) {
        const exportScreen = new ExportScreen(desk.page);
        await exportScreen.openForSample();
        exported = (await exportScreen.download('json')).bytes;
      }
      return exported;
    }

    /** The backup as JSON, with `change` applied to its parsed form. */
    async function changedBackup(
      desk: SharedDesk,
      change: (backup: Record<string, unknown>) => Record<string, unknown>,
    ): Promise<Buffer> {
      const backup = JSON.parse((await goodBackup(desk)).toString('utf8')) as Record<
        string,
        unknown
      >;
      return Buffer.from(JSON.stringify(change(backup), null, 2));
    }

    test('a truncated backup', async ({ desk }) => {
      const good = await goodBackup(desk);
      const { importScreen, before } = await openImport(desk);
      await importScreen.chooseFile({
        name: 'truncated.json',
        mimeType: 'application/json',
        buffer: good.subarray(0, Math.floor(good.length * 0.6)),
      });
      await expectRefused(
        importScreen,
        'truncated.json',
        /This backup is cut short or damaged/,
        before,
      );
    });

    test('a schema-invalid backup', async ({ desk }) => {
      const invalid = await changedBackup(desk, (backup) => ({
        ...backup,
        items: (backup.items as Record<string, unknown>[]).map((record, index) =>
          index === 2 ? { ...record, status: 'published' } : record,
        ),
      }));
      const { importScreen, before } = await openImport(desk);
      await importScreen.dropFile('invalid.json', 'application/json', invalid);
      await expectRefused(importScreen, 'invalid.json', /items\[2\]\.status/, before);
    });

    test('a backup of an unknown version', async ({ desk }) => {
      const future = await changedBackup(desk, (backup) => ({ ...backup, version: 2 }));
      const { importScreen, before } = await openImport(desk);
      await importScreen.chooseFile({
        name: 'from-the-future.json',
        mimeType: 'application/json',
        buffer: future,
      });
      await expectRefused(
        importScreen,
        'from-the-future.json',
        /newer Galley \(backup version 2\)/,
        before,
      );
    });
  },
);

test.describe('accepted encodings give an issue with the right text', { tag: '@input' }, () => {
  test('UTF-8 with a byte-order mark', async ({ desk }) => {
    const { importScreen, before } = await openImport(desk);
    const id = await importAccepted(importScreen, {
      name: 'evening-bom.txt',
      mimeType: 'text/plain',
      buffer: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(EVENING_PAGE)]),
    });
    expect(await readGalleyRecord(desk.page, 'issues', id)).toMatchObject({
      encoding: 'utf-8-bom',
      text: EVENING_PAGE,
    });
    await expect(desk.page.getByText(EVENING_HEADLINE, { exact: true }).first()).toBeVisible();
    expect((await countGalleyRecords(desk.page)).issues).toBe(before.issues + 1);
  });

  test('UTF-16 with a byte-order mark, little- and big-endian', async ({ desk }) => {
    const { importScreen, before } = await openImport(desk);
    for (const [encoding, littleEndian] of [
      ['utf-16le', true],
      ['utf-16be', false],
    ] as const) {
      const id = await importAccepted(importScreen, {
        name: `evening-${encoding}.txt`,
        mimeType: 'text/plain',
        buffer: utf16(EVENING_PAGE, littleEndian),
      });
      expect(await readGalleyRecord(desk.page, 'issues', id)).toMatchObject({
        encoding,
        text: EVENING_PAGE,
      });
      await expect(desk.page.getByText(EVENING_HEADLINE, { exact: true }).first()).toBeVisible();
    }
    expect((await countGalleyRecords(desk.page)).issues).toBe(before.issues + 2);
  });

  test('GB18030', async ({ desk }) => {
    const { importScreen } = await openImport(desk);
    const id = await importAccepted(importScreen, GB18030_PAGE);
    const issue = await readGalleyRecord(desk.page, 'issues', id);
    expect(issue).toMatchObject({ encoding: 'gb18030' });
    const lines = String(issue?.text).split('\n');
    expect(lines[0]).toBe('晋阳晚报 2023年10月9日 星期一');
    expect(lines).toContain('汾河公园菊花展开幕');
    expect(lines).toContain(
      '本届菊花展以“金秋赏菊 乐享汾河”为主题，分为传统名菊区、造型菊区和科普互动区三个展区。园艺工作者用菊花扎制出亭台、花篮、孔雀等造型，栩栩如生。',
    );
    await expect(desk.page.getByText('汾河公园菊花展开幕', { exact: true }).first()).toBeVisible();
  });
});

test('the decoding table gives in Chromium what it gives in Node', async ({ desk }) => {
  test.setTimeout(180_000);
  const { importScreen } = await openImport(desk);
  const outcomes: { name: string; outcome: DecodingOutcome }[] = [];
  const splitReview = desk.page.getByRole('heading', { level: 1, name: 'Split review' });
  for (const [index, row] of DECODING_TABLE.entries()) {
    await importScreen.open();
    await importScreen.chooseFile({
      name: `table-${index + 1}.txt`,
      mimeType: 'text/plain',
      buffer: Buffer.from(row.bytes),
    });
    await expect(splitReview.or(importScreen.refusal)).toBeVisible({ timeout: 30_000 });
    if (await importScreen.refusal.isVisible()) {
      const code = (await importScreen.refusal.getAttribute('data-code')) ?? '';
      outcomes.push({ name: row.name, outcome: { ok: false, code } });
      await importScreen.refusal.getByRole('button', { name: 'Dismiss' }).click();
      continue;
    }
    const id = /#\/issues\/([^/]+)\/splits$/.exec(desk.page.url())?.[1] ?? '';
    const issue = await readGalleyRecord(desk.page, 'issues', decodeURIComponent(id));
    outcomes.push({
      name: row.name,
      outcome: { ok: true, encoding: String(issue?.encoding), text: String(issue?.text) },
    });
  }
  expect(outcomes).toEqual(
    DECODING_TABLE.map((row) => ({ name: row.name, outcome: row.expected })),
  );
});

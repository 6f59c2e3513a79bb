import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { expect, test } from '../fixtures.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const UNIT_TEST = 'src/storage/transaction-activity.test.ts';

/** The parts of Vitest's JSON report read here. */
interface VitestReport {
  success: boolean;
  numTotalTests: number;
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  testResults: { assertionResults: { fullName: string; status: string }[] }[];
}

test(
  'fault 14: a save path that awaits something else inside its transaction is caught, and the store’s do not',
  { tag: '@fault' },
  async ({ page }, testInfo) => {
    // Chromium's own rule, which the unit test enforces on fake-indexeddb: a timer inside a
    // transaction commits it, and the next write throws TransactionInactiveError.
    await page.goto('/favicon.svg');
    const chromium = await page.evaluate(async () => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('fault-14-calibration', 1);
        request.onupgradeneeded = () => request.result.createObjectStore('records');
        request.onsuccess = () => {
          resolve(request.result);
        };
        request.onerror = () => {
          reject(request.error ?? new Error('open failed'));
        };
      });
      const done = (request: IDBRequest) =>
        new Promise((resolve) => {
          request.onsuccess = () => {
            resolve(request.result);
          };
        });
      const tx = db.transaction('records', 'readwrite');
      const records = tx.objectStore('records');
      await done(records.put('first', 'a'));
      // A settled promise is fine: its callback runs inside the event's task.
      await Promise.resolve();
      await done(records.put('still active', 'b'));
      await new Promise((resolve) => setTimeout(resolve, 0));
      let error = 'none';
      try {
        records.put('after the timer', 'c');
      } catch (caught) {
        error = (caught as DOMException).name;
      }
      const read = db.transaction('records').objectStore('records').getAllKeys();
      const keys = await done(read);
      db.close();
      return { error, keys };
    });
    expect(chromium).toEqual({ error: 'TransactionInactiveError', keys: ['a', 'b'] });

    // The unit test on fake-indexeddb, run by Vitest in a child process so its result counts here.
    const reportPath = testInfo.outputPath('vitest-report.json');
    await promisify(execFile)(
      'npx',
      ['vitest', 'run', UNIT_TEST, '--reporter=json', `--outputFile=${reportPath}`],
      { cwd: root },
    ).catch((error: unknown) => {
      // A failing unit test exits non-zero; its report says which, below.
      testInfo.annotations.push({ type: 'vitest', description: String(error) });
    });
    const report = JSON.parse(await readFile(reportPath, 'utf8')) as VitestReport;
    await testInfo.attach('vitest-report', { path: reportPath, contentType: 'application/json' });
    const results = report.testResults.flatMap((file) => file.assertionResults);
    expect(results.filter((result) => result.status !== 'passed')).toEqual([]);
    expect(report).toMatchObject({ success: true, numFailedTests: 0, numPendingTests: 0 });
    expect(report.numPassedTests).toBe(report.numTotalTests);
    expect(results.map((result) => result.fullName)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/awaiting a timer .* TransactionInactiveError/),
        expect.stringMatching(/in every write path/),
      ]),
    );
  },
);

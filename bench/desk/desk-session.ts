import type { Browser, BrowserContext, Page } from '@playwright/test';
import { IMPORT_STAGES } from '../../src/features/import/api/import-stages.ts';
import type { DeskInput } from './desk-inputs.ts';
import { installDeskProbe, nameHelperShim } from './page-probe.ts';
import type {
  EventTimingRecord,
  ImportMarks,
  KeyRecord,
  LongTaskRecord,
  ProbeWindow,
} from './page-probe.ts';

/** Chromium's flags for the bench: the project's Playwright flags (Debian's Chromium, no sandbox). */
export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** A laptop-sized window. */
const viewport = { width: 1440, height: 900 };

/** Time limits of single browser steps; the module has an overall deadline besides. */
const limits = { firstStartMs: 60_000, importMs: 180_000, keyMs: 15_000, stepMs: 30_000 };

/** A fresh browser context (empty IndexedDB) with the probe installed in every page. */
export async function newDeskContext(browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport, locale: 'en-GB' });
  context.setDefaultTimeout(limits.stepMs);
  await context.addInitScript(nameHelperShim);
  await context.addInitScript(installDeskProbe);
  return context;
}

/** Opens the desk in a new page and waits until the first start has stored the sample issue. */
export async function openDesk(context: BrowserContext, baseUrl: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${baseUrl}/`);
  await page
    .getByRole('table', { name: /^Stored issues/ })
    .getByRole('link')
    .first()
    .waitFor({ timeout: limits.firstStartMs });
  return page;
}

/** What one import measured, in milliseconds from the drop. */
export interface ImportRun {
  /** The stage marks as the page recorded them (page clock). */
  marks: ImportMarks;
  /** The first key pressed once the rows showed; null when not asked for. */
  firstKey: KeyRecord | null;
  /** How many presses of j it took until the selection moved (1 unless shortcuts came late). */
  presses: number;
  /** Main-thread tasks of 50 ms or more between the drop and the first key's paint. */
  longTasks: LongTaskRecord[];
  /** The issue's id, from the split review's route. */
  issueId: string;
}

const selectedSplit = (page: Page): Promise<string | null> =>
  page.evaluate(
    () =>
      document
        .querySelector('[data-boundary-select][aria-pressed="true"]')
        ?.getAttribute('data-boundary-select') ?? null,
  );

/**
 * Drops `input` as a file on the import screen (a DataTransfer dispatched on the drop zone, as a
 * browser does for a file dragged from the desktop), waits until the split review has painted its
 * rows, then (with `firstKey`) presses j until the selection moves.
 */
export async function importByDrop(
  page: Page,
  input: DeskInput,
  { firstKey = true }: { firstKey?: boolean } = {},
): Promise<ImportRun> {
  await page.evaluate(() => {
    window.location.hash = '#/import';
  });
  await page.locator('.drop-zone').waitFor();
  await page.evaluate(
    ({ text, fileName }) => {
      (window as unknown as ProbeWindow).galleyBench.file = new File([text], fileName, {
        type: 'text/plain',
      });
    },
    { text: input.text, fileName: input.fileName },
  );
  await page.evaluate((stageCount) => {
    const probe = (window as unknown as ProbeWindow).galleyBench;
    const zone = document.querySelector('.drop-zone');
    if (!zone || !probe.file) throw new Error('No drop zone, or no file staged.');
    const transfer = new DataTransfer();
    transfer.items.add(probe.file);
    probe.watchImport(stageCount);
    probe.importMarks!.dropAt = performance.now();
    for (const type of ['dragenter', 'dragover', 'drop']) {
      zone.dispatchEvent(
        new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: transfer }),
      );
    }
    probe.file = null;
  }, IMPORT_STAGES.length);

  try {
    await page.waitForFunction(
      () => (window as unknown as ProbeWindow).galleyBench.importMarks?.rowsPainted != null,
      null,
      { polling: 50, timeout: limits.importMs },
    );
  } catch (error) {
    const shown = await page
      .locator('body')
      .innerText()
      .catch(() => '');
    throw new Error(`The split review of ${input.fileName} did not show: ${shown.slice(0, 300)}`, {
      cause: error,
    });
  }

  const presses = firstKey ? await pressUntilSelectionMoves(page) : 0;
  const key = firstKey ? await waitForLastKeyPaint(page) : null;
  const { marks, longTasks } = await page.evaluate(() => {
    const probe = (window as unknown as ProbeWindow).galleyBench;
    return { marks: probe.importMarks!, longTasks: probe.longTasks };
  });
  const issueId = decodeURIComponent(/#\/issues\/([^/]+)\/splits/.exec(page.url())?.[1] ?? '');
  const end = key?.paint ?? marks.rowsPainted ?? Infinity;
  return {
    marks,
    firstKey: key,
    presses,
    longTasks: longTasks.filter(
      (task) => task.startTime + task.duration >= marks.dropAt && task.startTime <= end,
    ),
    issueId,
  };
}

/**
 * Presses j until the split review's selection moves (a key that lands before the screen has
 * registered its shortcuts does nothing); gives up after five presses.
 * @returns how many presses it took.
 */
async function pressUntilSelectionMoves(page: Page): Promise<number> {
  const before = await selectedSplit(page);
  const tries = 5;
  for (let presses = 1; ; presses++) {
    await page.keyboard.press('j');
    try {
      await page.waitForFunction(
        (previous) =>
          document
            .querySelector('[data-boundary-select][aria-pressed="true"]')
            ?.getAttribute('data-boundary-select') !== previous,
        before,
        { polling: 20, timeout: presses < tries ? 1_000 : limits.keyMs },
      );
      return presses;
    } catch (error) {
      if (presses >= tries) {
        throw new Error('j did not move the selection in the split review.', { cause: error });
      }
    }
  }
}

async function waitForLastKeyPaint(page: Page): Promise<KeyRecord> {
  await page.waitForFunction(
    () => {
      const keys = (window as unknown as ProbeWindow).galleyBench.keys;
      return keys[keys.length - 1]?.paint != null;
    },
    null,
    { polling: 20, timeout: limits.keyMs },
  );
  return page.evaluate(() => {
    const keys = (window as unknown as ProbeWindow).galleyBench.keys;
    return keys[keys.length - 1]!;
  });
}

/** One measured key press. */
export interface KeySample {
  key: string;
  /** Key received → after the next painted frame, ms. */
  latencyMs: number;
  /** Key received → its events' handlers (and React's synchronous render) done, ms. */
  handledMs: number;
  /** Key received → the first listener ran (time waiting for the main thread), ms. */
  queuedMs: number;
  /** The browser's own Event Timing duration for the key's events, when ≥ 16 ms; else null. */
  eventTimingMs: number | null;
}

/**
 * Presses `keys` one at a time, each once the previous one has painted and after a random pause
 * of 40–100 ms (so presses fall at every point of the frame), and returns what the probe measured.
 * A key is released only once its press has painted, as a typist's key is held for ~100 ms: a
 * release sent at once would queue its events ahead of the paint being measured.
 */
export async function pressKeys(page: Page, keys: readonly string[]): Promise<KeySample[]> {
  const first = await page.evaluate(
    () => (window as unknown as ProbeWindow).galleyBench.keys.length,
  );
  for (const [index, key] of keys.entries()) {
    await page.keyboard.down(key);
    await page.waitForFunction(
      (position) => (window as unknown as ProbeWindow).galleyBench.keys[position]?.paint != null,
      first + index,
      { polling: 20, timeout: limits.keyMs },
    );
    await page.keyboard.up(key);
    await page.waitForTimeout(40 + Math.random() * 60);
  }
  const { records, timings } = await page.evaluate((from) => {
    const probe = (window as unknown as ProbeWindow).galleyBench;
    return { records: probe.keys.slice(from), timings: probe.eventTimings };
  }, first);
  return records.map((record, index) => toSample(record, records[index + 1], timings));
}

function toSample(
  record: KeyRecord,
  next: KeyRecord | undefined,
  timings: readonly EventTimingRecord[],
): KeySample {
  const own = timings.filter(
    (entry) =>
      entry.name !== 'keyup' &&
      entry.startTime >= record.stamp - 1 &&
      entry.startTime < (next ? next.stamp - 1 : Infinity),
  );
  return {
    key: record.key,
    latencyMs: (record.paint ?? Number.NaN) - record.stamp,
    handledMs: (record.handled ?? record.handledTask ?? Number.NaN) - record.stamp,
    queuedMs: record.start - record.stamp,
    eventTimingMs: own.length > 0 ? Math.max(...own.map((entry) => entry.duration)) : null,
  };
}

/** The page's JavaScript heap and DOM size, and its workers' heaps, after garbage collection. */
export interface HeapFigures {
  jsHeapUsedBytes: number;
  jsHeapTotalBytes: number;
  domNodes: number;
  /** JavaScript heap used by the page's dedicated workers (the analysis worker); wasm memory is not in it. */
  workerHeapUsedBytes: number;
}

/**
 * Collects garbage in the page and its workers, then reads Chromium's performance metrics for the
 * page (CDP `Performance.getMetrics`) and each worker's heap (`Runtime.getHeapUsage`).
 */
export async function measureHeap(page: Page): Promise<HeapFigures> {
  const session = await page.context().newCDPSession(page);
  try {
    const workers: string[] = [];
    session.on('Target.attachedToTarget', (event) => {
      if (event.targetInfo.type === 'worker') workers.push(event.sessionId);
    });
    const replies = new Map<number, (message: { result?: { usedSize?: number } }) => void>();
    session.on('Target.receivedMessageFromTarget', (event) => {
      const message = JSON.parse(event.message) as { id?: number; result?: { usedSize?: number } };
      if (message.id !== undefined) replies.get(message.id)?.(message);
    });
    await session.send('Target.setAutoAttach', {
      autoAttach: true,
      waitForDebuggerOnStart: false,
      flatten: false,
    });
    let nextId = 1;
    const inWorker = (sessionId: string, method: string) =>
      new Promise<{ result?: { usedSize?: number } }>((resolve, reject) => {
        const id = nextId++;
        const timer = setTimeout(() => {
          reject(new Error(`No answer to ${method} from the worker.`));
        }, 10_000);
        replies.set(id, (message) => {
          clearTimeout(timer);
          resolve(message);
        });
        void session
          .send('Target.sendMessageToTarget', {
            sessionId,
            message: JSON.stringify({ id, method }),
          })
          .catch(reject);
      });
    let workerHeapUsedBytes = 0;
    for (const worker of workers) {
      await inWorker(worker, 'HeapProfiler.collectGarbage');
      workerHeapUsedBytes += (await inWorker(worker, 'Runtime.getHeapUsage')).result?.usedSize ?? 0;
    }

    await session.send('HeapProfiler.enable');
    await session.send('HeapProfiler.collectGarbage');
    await session.send('Performance.enable');
    const { metrics } = await session.send('Performance.getMetrics');
    const metric = (name: string): number =>
      metrics.find((entry) => entry.name === name)?.value ?? Number.NaN;
    return {
      jsHeapUsedBytes: metric('JSHeapUsedSize'),
      jsHeapTotalBytes: metric('JSHeapTotalSize'),
      domNodes: metric('Nodes'),
      workerHeapUsedBytes: workers.length > 0 ? workerHeapUsedBytes : Number.NaN,
    };
  } finally {
    await session.detach().catch(() => undefined);
  }
}
